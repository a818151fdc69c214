//! What happens to the editor's text when the notebook does not take it: the status bar says
//! why and where the copy is, Esc never closes the only copy, and quitting asks while the text is
//! nowhere else. `update` routes the draft keeper's answers and the quit keys here.

use crate::say;
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::label_of;
use crate::tui::state::{Focus, Layer, Question, State, Unwritable};
use std::path::PathBuf;

/// Quit: asks first when the notebook refused the editor's text, otherwise leaves.
pub(crate) fn quit(state: &mut State) -> Vec<Effect> {
    let asked = matches!(state.layers.question(), Some(Question::QuitUnsaved { .. }));
    match (state.layers.editor(), &state.unwritable) {
        (Some(editor), Some(unwritable)) if !asked && !editor.draft().is_blank() => {
            // Nothing typed is ever discarded silently: say where the text is, or that it is
            // nowhere else, and let the person choose.
            let question = Question::QuitUnsaved {
                problem: unwritable.problem.clone(),
                rescued: unwritable.rescued.clone(),
            };
            // One more try: the disk may have room again by now.
            let effects = vec![Effect::SaveDraft(editor.keep())];
            state.layers.open(Layer::Question(question));
            effects
        }
        _ => quit_keeping_draft(state),
    }
}

/// Leaves kith, handing the editor's text to the draft keeper one last time.
pub(crate) fn quit_keeping_draft(state: &mut State) -> Vec<Effect> {
    state.quit = true;
    state.layers.take_question();
    match state.layers.editor() {
        Some(editor) => vec![Effect::SaveDraft(editor.keep())],
        None => vec![],
    }
}

/// The notebook took the draft: whatever was refused before is safe now.
pub(crate) fn draft_saved(state: &mut State) -> Vec<Effect> {
    if state.unwritable.take().is_some() {
        state.info(say!("editor-writable-again"));
    }
    if matches!(state.layers.question(), Some(Question::QuitUnsaved { .. })) {
        // The quit asked about the note; it is safe now, so quit as asked.
        state.layers.take_question();
        state.quit = true;
    }
    vec![]
}

/// The notebook refused the draft; `rescued` is the file holding its copy, if one was written.
pub(crate) fn refused(state: &mut State, problem: String, rescued: Option<PathBuf>) -> Vec<Effect> {
    match &rescued {
        Some(path) => {
            if let Some(Question::QuitUnsaved { rescued, .. }) = state.layers.question_mut() {
                *rescued = Some(path.clone());
            }
            state.error(say!(
                "editor-refused-copy",
                problem = problem.as_str(),
                path = path.display().to_string()
            ));
        }
        None => state.error(say!("editor-refused-nowhere", problem = problem.as_str())),
    }
    state.unwritable = Some(Unwritable { problem, rescued });
    vec![]
}

/// Saving the note failed on the disk: the text stays, and the keeper tries the notebook again
/// and, failing that, a rescue file.
pub(crate) fn note_not_saved(state: &mut State, problem: String) -> Vec<Effect> {
    state.error(say!("editor-not-saved", problem = problem.as_str()));
    match state.layers.editor_mut() {
        Some(editor) => {
            editor.dirty = false;
            vec![Effect::SaveDraft(editor.keep())]
        }
        None => vec![],
    }
}

/// Esc in the editor: keeps the draft and closes, unless the text would be left nowhere.
pub(crate) fn leave_editor(state: &mut State) -> Vec<Effect> {
    if let Some(Unwritable {
        problem,
        rescued: None,
    }) = &state.unwritable
        && let Some(editor) = state.layers.editor().filter(|e| !e.draft().is_blank())
    {
        let message = say!("editor-stays-open", problem = problem.as_str());
        let keep = editor.keep();
        state.error(message);
        return vec![Effect::SaveDraft(keep)];
    }
    match state.layers.take_editor() {
        Some(editor) => {
            let keep = editor.keep();
            if !keep.draft.is_blank() {
                state.info(say!(
                    "editor-draft-kept",
                    key = label_of(Focus::List, Action::NewNote)
                ));
            }
            vec![Effect::SaveDraft(keep)]
        }
        None => vec![],
    }
}
