//! Keys in a text field act on whole grapheme clusters, as a reader sees letters: Left and
//! Right step over a conjunct such as क्ष or a letter with its vowel sign such as রা, and
//! Backspace and Delete take it whole, so the cursor never stops inside one (hiding a virama or
//! splitting a vowel sign from its consonant). The text area itself counts code points; each
//! key is given to it as many times as the cluster has them.

use crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, Input, Key, TextArea};
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Over {
    /// The cluster before the cursor.
    Before,
    /// The cluster after the cursor.
    After,
}

/// What a key steps over or takes: `(which cluster, whether it deletes)`, for the keys that
/// move or delete one code point in the text area.
fn steps(input: &Input) -> Option<(Over, bool)> {
    if input.alt {
        return None;
    }
    match (&input.key, input.ctrl) {
        (Key::Left, false) | (Key::Char('b'), true) => Some((Over::Before, false)),
        (Key::Right, false) | (Key::Char('f'), true) => Some((Over::After, false)),
        (Key::Backspace, false) | (Key::Char('h'), true) => Some((Over::Before, true)),
        (Key::Delete, false) | (Key::Char('d'), true) => Some((Over::After, true)),
        _ => None,
    }
}

/// Code points in the cluster before or after the cursor; 1 at the start or end of a line,
/// where the key joins or steps between lines.
fn cluster_len(area: &TextArea<'_>, over: Over) -> usize {
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    let Some(line) = area.lines().get(row) else {
        return 1;
    };
    let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    let cluster = match over {
        Over::Before => line[..at].graphemes(true).next_back(),
        Over::After => line[at..].graphemes(true).next(),
    };
    cluster.map_or(1, |g| g.chars().count())
}

/// Code points from the start of the cluster the cursor stands in to the cursor: 0 when it
/// stands between clusters.
fn inside_cluster(area: &TextArea<'_>) -> usize {
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    let Some(line) = area.lines().get(row) else {
        return 0;
    };
    let mut start = 0;
    for g in line.graphemes(true) {
        let len = g.chars().count();
        if start + len > col {
            return col - start;
        }
        start += len;
    }
    0
}

/// Gives `key` to the text area by whole clusters; whether the text changed.
pub fn input(area: &mut TextArea<'static>, key: KeyEvent) -> bool {
    let input = Input::from(key);
    let Some((over, deletes)) = steps(&input) else {
        let changed = area.input(input);
        if !changed {
            // Up, Down, Home…: a move that lands inside a cluster stops before it.
            for _ in 0..inside_cluster(area) {
                area.move_cursor(CursorMove::Back);
            }
        }
        return changed;
    };
    if deletes && area.selection_range().is_some() {
        return area.input(input); // the selection goes, once
    }
    let times = cluster_len(area, over);
    let mut changed = false;
    for _ in 0..times {
        changed |= area.input(input.clone());
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn press(area: &mut TextArea<'static>, code: KeyCode, modifiers: KeyModifiers) {
        input(area, KeyEvent::new(code, modifiers));
    }

    fn area(text: &str) -> TextArea<'static> {
        let mut area = TextArea::new(vec![text.to_string()]);
        area.move_cursor(CursorMove::End);
        area
    }

    #[test]
    fn the_cursor_steps_over_whole_clusters() {
        let mut a = area("অক্ষয় লক্ষ্মী");
        let mut stops = vec![a.cursor().1];
        for _ in 0..9 {
            press(&mut a, KeyCode::Left, KeyModifiers::NONE);
            stops.push(a.cursor().1);
        }
        // অ, ক্ষ, য়, space, ল, ক্ষ্মী: 1, 3, 2, 1, 1 and 6 code points.
        assert_eq!(stops, vec![14, 8, 7, 6, 4, 1, 0, 0, 0, 0]);
        press(&mut a, KeyCode::Right, KeyModifiers::NONE);
        press(&mut a, KeyCode::Right, KeyModifiers::NONE);
        assert_eq!(a.cursor().1, 4);
    }

    #[test]
    fn backspace_and_delete_take_a_whole_cluster() {
        let mut a = area("আমার নাম রাজা");
        press(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(a.lines()[0], "আমার নাম রা");
        press(&mut a, KeyCode::Home, KeyModifiers::NONE);
        press(&mut a, KeyCode::Delete, KeyModifiers::NONE);
        press(&mut a, KeyCode::Delete, KeyModifiers::NONE);
        assert_eq!(a.lines()[0], "র নাম রা");
        let mut a = area("क्षमा");
        press(&mut a, KeyCode::Char('h'), KeyModifiers::CONTROL);
        assert_eq!(a.lines()[0], "क्ष");
    }

    #[test]
    fn a_selection_grows_by_clusters_and_goes_once() {
        let mut a = area("नमस्ते दोस्त");
        press(&mut a, KeyCode::Left, KeyModifiers::SHIFT);
        press(&mut a, KeyCode::Left, KeyModifiers::SHIFT);
        // दो and स्त: 2 and 3 code points.
        assert_eq!(a.selection_range(), Some(((0, 7), (0, 12))));
        press(&mut a, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(a.lines()[0], "नमस्ते ");
    }

    #[test]
    fn up_and_down_never_land_inside_a_cluster() {
        let mut a = TextArea::new(vec!["abcd".to_string(), "क्षमा".to_string()]);
        for col in 0..=4 {
            a.move_cursor(CursorMove::Jump(0, col));
            press(&mut a, KeyCode::Down, KeyModifiers::NONE);
            let at = a.cursor().1;
            assert!(
                [0, 3, 4, 5].contains(&at),
                "from {col} to {at}: inside a cluster"
            );
        }
    }
}
