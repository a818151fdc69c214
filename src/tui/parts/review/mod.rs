//! The review (`r`): who needs attention today, item by item.

pub mod kept;
pub mod render;
pub mod thanks;
pub mod update;

use super::super::scroll::Scroll;

/// One line of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRow {
    /// A section title (section index).
    Title(usize),
    /// An item (section index, item index).
    Item(usize, usize),
    /// A section with nothing in it.
    Nothing(usize),
    /// "… and N more" under a section.
    More(usize),
    Blank,
}

pub struct ReviewView {
    pub review: crate::review::Review,
    pub rows: Vec<ReviewRow>,
    /// `selected` is an index into `rows`; always an item or "… and N more" row when there is one.
    pub scroll: Scroll,
    /// Items read a section: `SECTION_LIMIT`, and as many more each time "… and N more" is opened.
    pub limit: usize,
}

impl ReviewView {
    pub fn new(review: crate::review::Review) -> Self {
        let mut rows = Vec::new();
        for (s, section) in review.sections.iter().enumerate() {
            if s > 0 {
                rows.push(ReviewRow::Blank);
            }
            rows.push(ReviewRow::Title(s));
            if section.items.is_empty() {
                rows.push(ReviewRow::Nothing(s));
            }
            rows.extend((0..section.items.len()).map(|i| ReviewRow::Item(s, i)));
            if section.more > 0 {
                rows.push(ReviewRow::More(s));
            }
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, ReviewRow::Item(..) | ReviewRow::More(_)))
            .unwrap_or(0);
        ReviewView {
            review,
            rows,
            scroll: Scroll {
                selected,
                offset: 0,
            },
            limit: crate::review::SECTION_LIMIT,
        }
    }

    /// Whether the cursor may stand on the row: an item, or the "… and N more" that opens the rest.
    pub fn selectable(&self, row: usize) -> bool {
        self.item(row).is_some() || matches!(self.rows.get(row), Some(ReviewRow::More(_)))
    }

    pub fn item(&self, row: usize) -> Option<&crate::review::ReviewItem> {
        match self.rows.get(row)? {
            ReviewRow::Item(s, i) => self.review.sections.get(*s)?.items.get(*i),
            _ => None,
        }
    }

    pub fn selected_item(&self) -> Option<&crate::review::ReviewItem> {
        self.item(self.scroll.selected)
    }

    /// The invoice or bill selected (the money sections' rows), with its contact's name.
    pub fn selected_invoice(&self) -> Option<(crate::review::OwedItem, String)> {
        let item = self.selected_item()?;
        Some((item.invoice.clone()?, item.name.clone()))
    }
}
