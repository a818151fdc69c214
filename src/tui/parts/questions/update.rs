//! Questions the screen asks before it acts: archive (and why), delete an interaction, import
//! a file (which path), snooze to when, quit with an unsaved note; and what follows the answer.

use crate::domain::ContactId;
use crate::interop::files::{ImportReport, Imported};
use crate::interop::notes::FileNote;
use crate::say;
use crate::tui::action::{Action, Effect, FollowUpChange};
use crate::tui::keymap::label_of;
use crate::tui::parts::editor::keeping;
use crate::tui::parts::list::update as list;
use crate::tui::state::*;

/// Opens `question` over whatever is open.
pub(crate) fn ask(state: &mut State, question: Question) {
    state.layers.open(Layer::Question(question));
}

pub(crate) fn ask_archive(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        // Opened from the archived list: archived already, and `U` is what it may want.
        Some(c) if c.is_archived() => state.error(say!(
            "finish-archived-already",
            name = c.name,
            key = label_of(Focus::List, Action::RestoreContact)
        )),
        Some(c) => ask(
            state,
            Question::Archive {
                contact: c.id,
                name: c.name,
                reason: Box::new(line_input("")),
            },
        ),
        None => state.error(say!("question-archive-none")),
    }
    vec![]
}

pub(crate) fn ask_delete_interaction(state: &mut State) -> Vec<Effect> {
    match (state.selected_interaction(), &state.detail) {
        (Some(i), Some(_)) => {
            let summary = format!(
                "{} {} — {}",
                crate::words::dates::moment(i.at),
                i.channel.said(),
                i.summary()
            );
            ask(
                state,
                Question::DeleteInteraction {
                    contact: i.contact,
                    interaction: i.id,
                    summary,
                },
            )
        }
        _ => state.error(say!("question-delete-none")),
    }
    vec![]
}

/// `X`: delete the selected contact, asked once.
pub(crate) fn ask_delete_contact(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        Some(c) => ask(
            state,
            Question::DeleteContact {
                contact: c.id,
                name: c.name,
            },
        ),
        None => state.error(say!("delete-none")),
    }
    vec![]
}

/// `u`, `C-r`: says what the undo (redo) would take back and asks once; with nothing to take
/// back, says so.
pub(crate) fn ask_replay(
    state: &mut State,
    forward: bool,
    pending: Option<crate::store::Pending>,
) -> Vec<Effect> {
    match (pending, forward) {
        (Some(pending), _) => ask(state, Question::Replay { pending, forward }),
        (None, false) => state.error(say!("undo-nothing")),
        (None, true) => state.error(say!("undo-nothing-to-redo")),
    }
    vec![]
}

/// An undo, redo or delete is done (or refused): it is said, and what is shown read again.
pub(crate) fn rewritten(state: &mut State, message: String, failed: bool) -> Vec<Effect> {
    state.layers.take_question();
    if failed {
        state.error(message);
        return vec![];
    }
    state.info(message);
    state.list.rows.clear();
    let mut effects = vec![list::reload(state, None), Effect::LoadCounts];
    if state.layers.review().is_some() {
        effects.push(Effect::LoadReview);
    }
    effects.push(Effect::RefreshSearchIndex);
    effects
}

/// `M`: which other record of this person to merge into the selected contact.
pub(crate) fn ask_merge(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        Some(c) => ask(
            state,
            Question::MergeWho {
                contact: c.id,
                name: c.name,
                other: Box::new(line_input("")),
            },
        ),
        None => state.error(say!(
            "question-merge-none",
            key = label_of(Focus::List, Action::MergeContact)
        )),
    }
    vec![]
}

pub(crate) fn merged(state: &mut State, keep: ContactId, message: String) -> Vec<Effect> {
    state.layers.take_question();
    state.info(message);
    state.list.rows.clear();
    vec![
        list::reload(state, Some(keep)),
        Effect::LoadDetail(keep),
        Effect::LoadCounts,
        Effect::RefreshSearchIndex,
    ]
}

pub(crate) fn ask_import(state: &mut State) -> Vec<Effect> {
    ask(
        state,
        Question::Import {
            path: Box::new(line_input("")),
        },
    );
    vec![]
}

pub(crate) fn imported(state: &mut State, result: Result<ImportReport, String>) -> Vec<Effect> {
    state.layers.take_question();
    match result {
        Ok(report) => state.info(import_summary(&report)),
        Err(message) => state.error(message),
    }
    vec![
        list::reload(state, None),
        Effect::RefreshSearchIndex,
        Effect::LoadCounts,
    ]
}

/// The status bar's line for an import: what was noticed about its files, then what it did.
fn import_summary(report: &ImportReport) -> String {
    use crate::say;
    let line = |s: &str| crate::domain::text::display_line(s).into_owned();
    let mut said: Vec<String> = Vec::new();
    match &report.imported {
        Imported::Cards(cards) => {
            for note in cards.files.iter().flat_map(|f| &f.notes) {
                said.push(line(&match note {
                    // The file and line are left out: the status bar has one line.
                    FileNote::LineNotUtf8 { read_as, .. } => {
                        say!("import-summary-not-utf8", read_as = *read_as)
                    }
                    FileNote::EmptyCard { .. } => say!("import-summary-empty-card"),
                    other => other.to_string(),
                }));
            }
            let done = &cards.cards;
            said.push(say!(
                "import-summary-cards",
                created = done.created.len(),
                merged = done.merged.len(),
                unchanged = done.unchanged.len()
            ));
        }
        // The path is said once, at the start of the line.
        Imported::Backup(b) => said.push(say!("import-summary-restored", records = b.records())),
    }
    say!(
        "import-summary",
        path = report.path.display().to_string(),
        said = said.join("; ")
    )
}

pub(crate) fn archived(state: &mut State, _contact: ContactId) -> Vec<Effect> {
    state.layers.take_question();
    state.info(say!("question-archived"));
    vec![list::reload(state, None), Effect::RefreshSearchIndex]
}

/// Enter on an open question: act on the answer, or say what is missing and ask again.
pub(crate) fn answer(state: &mut State) -> Vec<Effect> {
    match state.layers.take_question() {
        Some(Question::QuitUnsaved { .. }) => keeping::quit_keeping_draft(state),
        Some(Question::Archive {
            contact,
            name,
            reason,
        }) => {
            let reason = reason.lines().join(" ").trim().to_string();
            if reason.is_empty() {
                state.error(say!("question-archive-no-reason"));
                ask(
                    state,
                    Question::Archive {
                        contact,
                        name,
                        reason: Box::new(line_input("")),
                    },
                );
                return vec![];
            }
            vec![Effect::Archive { contact, reason }]
        }
        Some(Question::DeleteContact { contact, .. }) => vec![Effect::DeleteContact(contact)],
        Some(Question::CloseInvoice { invoice, off, .. }) => {
            vec![Effect::CloseInvoice { invoice, off }]
        }
        Some(Question::Restore { contact, .. }) => vec![Effect::Restore(contact)],
        Some(Question::Replay { pending, forward }) => vec![Effect::Replay { pending, forward }],
        Some(Question::DeleteInteraction {
            contact,
            interaction,
            ..
        }) => {
            vec![Effect::DeleteInteraction {
                contact,
                interaction,
            }]
        }
        Some(Question::Import { path }) => {
            let typed = path.lines().join(" ").trim().to_string();
            if typed.is_empty() {
                state.error(say!("question-import-no-path"));
                ask(state, Question::Import { path });
                return vec![];
            }
            state.info(say!("question-importing", path = typed.as_str()));
            vec![Effect::Import(std::path::PathBuf::from(typed))]
        }
        Some(Question::MergeWho {
            contact,
            name,
            other,
        }) => {
            let typed = other.lines().join(" ").trim().to_string();
            if typed.is_empty() {
                state.error(say!("question-merge-no-name"));
                ask(
                    state,
                    Question::MergeWho {
                        contact,
                        name,
                        other,
                    },
                );
                return vec![];
            }
            vec![Effect::FindMerge {
                keep: contact,
                query: typed,
            }]
        }
        Some(Question::Merge { keep, absorb, .. }) => vec![Effect::Merge { keep, absorb }],
        Some(Question::Snooze {
            followup,
            what,
            when,
        }) => snooze(state, followup, what, when),
        Some(Question::Resolve { note, what, text }) => {
            let typed = text.lines().join(" ").trim().to_string();
            if typed.is_empty() {
                state.error(say!("complaint-resolution-no-text"));
                ask(state, Question::Resolve { note, what, text });
                return vec![];
            }
            let on = state.today;
            vec![Effect::ResolveComplaint {
                note,
                text: typed,
                on,
            }]
        }
        // The form and the note below save themselves (`tui/update.rs` routes those answers).
        Some(Question::PastDate { then, .. }) => match then {
            PastThen::Snooze { followup, day } => vec![Effect::ChangeFollowUp {
                followup,
                change: FollowUpChange::SnoozeTo(day),
            }],
            PastThen::FollowUpForm | PastThen::Note => vec![],
        },
        None => vec![],
    }
}

/// Enter on a snooze: the day typed, asked about once when it is already past, or the question
/// again with what is wrong.
fn snooze(
    state: &mut State,
    followup: crate::domain::FollowUpId,
    what: String,
    when: Box<ratatui_textarea::TextArea<'static>>,
) -> Vec<Effect> {
    let typed = when.lines().join(" ");
    match crate::domain::parse_when(&typed, state.today) {
        Ok(day) if day < state.today => {
            let said = past_said(&typed, day, state.today, None);
            let then = PastThen::Snooze { followup, day };
            ask(state, Question::PastDate { said, then });
            vec![]
        }
        Ok(day) => vec![Effect::ChangeFollowUp {
            followup,
            change: FollowUpChange::SnoozeTo(day),
        }],
        Err(e) => {
            state.error(e.0);
            ask(
                state,
                Question::Snooze {
                    followup,
                    what,
                    when,
                },
            );
            vec![]
        }
    }
}

/// What the question about a day already past says: the words, the day they mean, and the
/// note's line they are on, when they are.
pub(crate) fn past_said(
    typed: &str,
    day: chrono::NaiveDate,
    today: chrono::NaiveDate,
    line: Option<usize>,
) -> String {
    let (input, day) = (typed.trim(), crate::domain::day_said(day, today));
    match line {
        Some(line) => say!("question-past-line", line = line, input = input, day = day),
        None => say!("question-past-ask", input = input, day = day),
    }
}
