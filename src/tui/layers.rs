//! What is open over the list and the timeline: the note read in full, search, the review or the
//! stats, the notes editor, a form, a question, help. They are one stack, kept in a fixed order
//! (help on top, then a question, a form, the editor, the review or the stats, search, the
//! note), one layer of each place: the topmost has the focus, and two forms, or the review and
//! the stats, or a form and a stray editor under it that nothing draws, cannot both be open.

use super::parts::editor::NoteEditor;
use super::parts::forms::{ContactForm, FollowUpForm, MoneyForm};
use super::parts::questions::Question;
use super::parts::review::ReviewView;
use super::parts::search::SearchLine;
use super::parts::stats::StatsView;

/// What the help box shows: the keys, or the messages said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    Keys,
    Messages,
}

/// The open help box: what it shows and how far it is scrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpView {
    pub page: HelpPage,
    pub scroll: u16,
}

// At most one of each kind is ever open, so boxing the larger ones would save nothing.
#[allow(clippy::large_enum_variant)]
pub enum Layer {
    /// A note read in full, and how far it is scrolled.
    Note(u16),
    Search(SearchLine),
    Review(ReviewView),
    /// The stats screen (boxed: the numbers are many and it is seldom open).
    Stats(Box<StatsView>),
    Editor(NoteEditor),
    ContactForm(ContactForm),
    FollowUpForm(FollowUpForm),
    MoneyForm(MoneyForm),
    Question(Question),
    /// The help, or the messages said, and how far it is scrolled.
    Help(HelpView),
}

impl Layer {
    /// Where the layer sits in the stack: higher is nearer the top.
    fn rank(&self) -> u8 {
        match self {
            Layer::Note(_) => 0,
            Layer::Search(_) => 1,
            Layer::Review(_) | Layer::Stats(_) => 2,
            Layer::Editor(_) => 3,
            Layer::ContactForm(_) | Layer::FollowUpForm(_) | Layer::MoneyForm(_) => 4,
            Layer::Question(_) => 5,
            Layer::Help(_) => 6,
        }
    }
}

#[derive(Default)]
pub struct Layers(Vec<Layer>);

macro_rules! access {
    ($get:ident, $get_mut:ident, $take:ident, $variant:ident, $ty:ty) => {
        pub fn $get(&self) -> Option<&$ty> {
            self.0.iter().find_map(|layer| match layer {
                Layer::$variant(x) => Some(x),
                _ => None,
            })
        }

        pub fn $get_mut(&mut self) -> Option<&mut $ty> {
            self.0.iter_mut().find_map(|layer| match layer {
                Layer::$variant(x) => Some(x),
                _ => None,
            })
        }

        /// Closes the layer, handing back what it held.
        pub fn $take(&mut self) -> Option<$ty> {
            let at = self
                .0
                .iter()
                .position(|layer| matches!(layer, Layer::$variant(_)))?;
            match self.0.remove(at) {
                Layer::$variant(x) => Some(x),
                _ => None,
            }
        }
    };
}

impl Layers {
    /// Opens `layer` in its place in the stack, replacing one of its kind; the two forms count
    /// as one kind, since only one form is ever open.
    pub fn open(&mut self, layer: Layer) {
        let rank = layer.rank();
        // One of each rank: the forms share one, and the review and the stats another.
        self.0.retain(|open| open.rank() != rank);
        let at = self
            .0
            .iter()
            .position(|open| open.rank() > rank)
            .unwrap_or(self.0.len());
        self.0.insert(at, layer);
    }

    /// The layer that has the focus.
    pub fn top(&self) -> Option<&Layer> {
        self.0.last()
    }

    access!(note, note_mut, take_note, Note, u16);
    access!(search, search_mut, take_search, Search, SearchLine);
    access!(review, review_mut, take_review, Review, ReviewView);
    access!(stats, stats_mut, take_stats, Stats, Box<StatsView>);
    access!(editor, editor_mut, take_editor, Editor, NoteEditor);
    access!(form, form_mut, take_form, ContactForm, ContactForm);
    access!(
        followup_form,
        followup_form_mut,
        take_followup_form,
        FollowUpForm,
        FollowUpForm
    );
    access!(
        money_form,
        money_form_mut,
        take_money_form,
        MoneyForm,
        MoneyForm
    );
    access!(question, question_mut, take_question, Question, Question);
    access!(help, help_mut, take_help, Help, HelpView);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranks(layers: &Layers) -> Vec<u8> {
        layers.0.iter().map(Layer::rank).collect()
    }

    #[test]
    fn layers_keep_their_order_whatever_order_they_open_in() {
        let help = HelpView {
            page: HelpPage::Keys,
            scroll: 0,
        };
        let mut layers = Layers::default();
        layers.open(Layer::Help(help));
        layers.open(Layer::Note(3));
        assert!(
            matches!(layers.top(), Some(Layer::Help(h)) if *h == help),
            "help stays on top"
        );
        assert_eq!(ranks(&layers), [0, 6]);
        layers.open(Layer::Note(5));
        assert_eq!(ranks(&layers), [0, 6], "one of each kind");
        assert_eq!(layers.note(), Some(&5));
        assert_eq!(layers.take_help(), Some(help));
        assert!(matches!(layers.top(), Some(Layer::Note(5))));
        assert_eq!(layers.take_help(), None);
    }

    #[test]
    fn only_one_form_is_ever_open() {
        use crate::tui::parts::forms::FollowUpField;
        use crate::tui::parts::line_input;
        let mut layers = Layers::default();
        layers.open(Layer::Note(0));
        layers.open(Layer::FollowUpForm(FollowUpForm {
            contact: crate::domain::ContactId(1),
            name: "Núria".into(),
            field: FollowUpField::What,
            what: line_input(""),
            when: line_input(""),
            direction: crate::domain::Direction::Promise,
        }));
        layers.open(Layer::ContactForm(ContactForm {
            kind: crate::domain::Kind::Customer,
            field: crate::tui::parts::forms::FormField::Name,
            inputs: Vec::new(),
            editing: None,
            celebrated: None,
        }));
        assert!(
            layers.followup_form().is_none(),
            "the new form replaced the other"
        );
        assert!(matches!(layers.top(), Some(Layer::ContactForm(_))));
        assert_eq!(ranks(&layers), [0, 4]);
    }
}
