//! Where a list on screen stands: the selected row and the first row in view. One type for
//! every list (contacts, note hits, timeline, review), so moving and scrolling work the same
//! everywhere.

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Scroll {
    pub selected: usize,
    pub offset: usize,
}

impl Scroll {
    /// Moves the selection by `delta` rows, staying within `len` rows.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        self.selected = clamp_add(self.selected, delta, len);
    }

    /// Scrolls as little as needed for the selection to be among the `height` rows in view,
    /// with `above` rows above it when scrolling up (a section's title stays with its first item).
    pub fn follow(&mut self, height: usize, above: usize) {
        if self.selected < self.offset + above {
            self.offset = self.selected.saturating_sub(above);
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }

    /// After the rows changed: the selection back within `len` rows, in view, and no empty
    /// space below the last row.
    pub fn fit(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.follow(height, 0);
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The selection at `row`, with the rows around it in view (a jump from elsewhere).
    pub fn center_on(&mut self, row: usize, height: usize) {
        self.selected = row;
        self.offset = row.saturating_sub(height / 2);
    }
}

/// `value + delta`, kept within `0..len`.
pub fn clamp_add(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (value as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_stays_within_the_rows() {
        let mut s = Scroll::default();
        s.move_by(5, 3);
        assert_eq!(s.selected, 2);
        s.move_by(isize::MIN / 2, 3);
        assert_eq!(s.selected, 0);
        s.move_by(1, 0);
        assert_eq!(s.selected, 0, "no rows: nothing to select");
    }

    #[test]
    fn following_scrolls_as_little_as_needed() {
        let mut s = Scroll {
            selected: 12,
            offset: 0,
        };
        s.follow(10, 0);
        assert_eq!(s.offset, 3, "the selection is the last row in view");
        s.selected = 5;
        s.follow(10, 0);
        assert_eq!(s.offset, 3, "already in view: no scrolling");
        s.selected = 2;
        s.follow(10, 1);
        assert_eq!(s.offset, 1, "one row kept above");
    }

    #[test]
    fn fitting_leaves_no_empty_space_below_the_last_row() {
        let mut s = Scroll {
            selected: 40,
            offset: 35,
        };
        s.fit(20, 10);
        assert_eq!((s.selected, s.offset), (19, 10));
        s.fit(5, 10);
        assert_eq!((s.selected, s.offset), (4, 0));
    }
}
