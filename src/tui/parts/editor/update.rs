//! The notes editor: opening it (with a draft to resume, or on a saved note to edit), saving
//! the note with the follow-ups its lines promise (an edit captures none: they were captured
//! when it was first saved), and a save that waits for another kith process.

use super::capture;
use crate::domain::{
    Amount, ContactId, Draft, Interaction, InteractionId, Invalid, parse_date_time,
};
use crate::say;
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::label_of;
use crate::tui::parts::list::update as list;
use crate::tui::parts::review::update as review;
use crate::tui::state::*;
use ratatui_textarea::TextArea;

/// `n`: a new note for the contact selected in the list or the review.
pub(crate) fn new_note(state: &mut State) -> Vec<Effect> {
    match review::selected_contact(state).or(state.list.selected_id()) {
        Some(id) => vec![Effect::OpenEditor(id)],
        None => {
            state.error(say!(
                "editor-no-contact",
                key = label_of(Focus::List, Action::AddContact)
            ));
            vec![]
        }
    }
}

/// `E` in the timeline: the selected note, in the editor.
pub(crate) fn edit_note(state: &mut State) -> Vec<Effect> {
    match state.selected_interaction() {
        Some(i) => vec![Effect::OpenNoteEdit(Box::new(i.clone()))],
        None => {
            state.error(say!("undo-edit-none"));
            vec![]
        }
    }
}

/// The editor opens on a saved note with its text, channel, time and amount, or on the edit's
/// kept draft; another unsaved note for the contact is not overwritten.
pub(crate) fn ready_edit(
    state: &mut State,
    interaction: Interaction,
    name: String,
    draft: Option<Draft>,
    now: chrono::NaiveDateTime,
) -> Vec<Effect> {
    let contact = interaction.contact;
    match draft {
        Some(draft) if draft.editing == Some(interaction.id) => {
            ready(state, contact, name, Some(draft), now)
        }
        Some(_) => {
            let key = label_of(Focus::List, Action::NewNote);
            state.error(say!("undo-edit-draft-in-way", name = name, key = key));
            vec![]
        }
        None => {
            let effects = ready(state, contact, name, None, now);
            if let Some(editor) = state.layers.editor_mut() {
                editor.editing = Some(interaction.id);
                editor.channel = interaction.channel;
                editor.text = text_at_end(&interaction.text);
                editor.when = line_input(&interaction.at.format("%Y-%m-%d %H:%M").to_string());
                let amount = interaction
                    .amount
                    .map(|a| a.to_string())
                    .unwrap_or_default();
                editor.amount = line_input(&amount);
            }
            effects
        }
    }
}

/// A note's text in the editor's text area, the cursor after its last character.
fn text_at_end(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area
}

pub(crate) fn ready(
    state: &mut State,
    contact: ContactId,
    name: String,
    draft: Option<Draft>,
    now: chrono::NaiveDateTime,
) -> Vec<Effect> {
    let mut editor = NoteEditor {
        contact,
        name,
        field: EditorField::Text,
        channel: crate::domain::Channel::InPerson,
        text: TextArea::default(),
        when: line_input(&now.format("%Y-%m-%d %H:%M").to_string()),
        amount: line_input(""),
        dirty: false,
        opened_at: now,
        editing: None,
    };
    editor
        .text
        .set_cursor_line_style(ratatui::style::Style::default());
    if let Some(draft) = draft {
        editor.channel = draft.channel;
        editor.text = text_at_end(&draft.text);
        if !draft.at.trim().is_empty() {
            editor.when = line_input(&draft.at);
        }
        editor.amount = line_input(&draft.amount);
        editor.editing = draft.editing;
        state.info(say!(
            "editor-resumed",
            at = draft.saved_at.format("%Y-%m-%d %H:%M").to_string()
        ));
    }
    state.layers.open(Layer::Editor(editor));
    vec![]
}

/// Hands the editor's text to the draft keeper when it changed since the last time.
pub(crate) fn autosave(state: &mut State) -> Vec<Effect> {
    match state.layers.editor_mut() {
        Some(editor) if editor.dirty => {
            editor.dirty = false;
            vec![Effect::SaveDraft(editor.keep())]
        }
        _ => vec![],
    }
}

pub(crate) fn save(state: &mut State) -> Vec<Effect> {
    save_checked(state, false)
}

/// Saves the note; a capture line on a day already past is asked about once first, unless
/// `past_ok`.
pub(crate) fn save_checked(state: &mut State, past_ok: bool) -> Vec<Effect> {
    let Some(editor) = state.layers.editor_mut() else {
        return vec![];
    };
    let result = (|| -> Result<Interaction, (EditorField, Invalid)> {
        let when = editor.when.lines().join(" ");
        let at = parse_date_time(&when).map_err(|e| (EditorField::When, e))?;
        let amount_text = editor.amount.lines().join(" ");
        let amount = if amount_text.trim().is_empty() {
            None
        } else {
            Some(Amount::parse(&amount_text).map_err(|e| (EditorField::Amount, e))?)
        };
        let mut interaction =
            Interaction::new(editor.contact, at, editor.channel, editor.text_value());
        interaction.amount = amount;
        if let Some(id) = editor.editing {
            interaction.id = id;
        }
        interaction
            .check_amount()
            .map_err(|e| (EditorField::Channel, e))?;
        interaction
            .normalize_and_validate()
            .map_err(|e| (EditorField::Text, e))?;
        Ok(interaction)
    })();
    match result {
        Ok(interaction) if editor.editing.is_some() => vec![Effect::SaveNote {
            interaction,
            captured: Vec::new(),
            problems: Vec::new(),
        }],
        Ok(interaction) => {
            if let Some(instead) = capture::before_saving(state, &interaction.text, past_ok) {
                return instead;
            }
            let (captured, errors) =
                crate::domain::capture_followups(&interaction.text, state.today);
            let problems = errors.iter().map(ToString::to_string).collect();
            vec![Effect::SaveNote {
                interaction,
                captured,
                problems,
            }]
        }
        Err((field, e)) => {
            editor.field = field;
            state.error(e.0);
            vec![]
        }
    }
}

pub(crate) fn saved(
    state: &mut State,
    contact: ContactId,
    interaction: InteractionId,
    followups: usize,
    problems: Vec<String>,
) -> Vec<Effect> {
    state.layers.take_editor();
    state.unwritable = None;
    state.save_queued = false;
    match problems.first() {
        Some(problem) => state.error(say!("editor-saved-but", problem = problem.as_str())),
        None => state.info(say!("editor-saved", count = followups)),
    }
    state.select_interaction = Some(interaction);
    state.list.rows.remove(&contact);
    // The search index keeps when each contact was last in touch (for quiet:).
    let mut effects = vec![
        Effect::LoadDetail(contact),
        Effect::LoadCounts,
        Effect::RefreshSearchIndex,
    ];
    if state.layers.review().is_some() {
        effects.push(Effect::LoadReview);
    }
    effects.extend(list::after_move(state));
    effects
}

/// Another kith process was writing: the save waits its turn, and the status bar says so.
pub(crate) fn busy(state: &mut State) -> Vec<Effect> {
    state.save_queued = true;
    state.info(say!("editor-busy"));
    vec![]
}

pub(crate) fn retry_save(state: &mut State) -> Vec<Effect> {
    state.save_queued = false;
    if state.layers.editor().is_some() {
        save_checked(state, true)
    } else {
        vec![]
    }
}
