//! Every part of the screen in Catalan, at 80 and 120 columns (`common::in_language`): translated
//! words are longer or wider, and the layout must hold, cutting only between graphemes.

mod common;

use common::in_language::*;
use kith::words::Lang;

#[test]
fn list_and_timeline() {
    speak(Lang::Ca);
    after_keys("main", &['j', 'j']);
}

#[test]
fn empty_notebook() {
    speak(Lang::Ca);
    empty();
}

#[test]
fn notes_editor() {
    speak(Lang::Ca);
    editor();
}

#[test]
fn review() {
    speak(Lang::Ca);
    after_keys("review", &['r']);
}

#[test]
fn help() {
    speak(Lang::Ca);
    after_keys("help", &['?']);
}

#[test]
fn search_and_its_hints() {
    speak(Lang::Ca);
    search();
}
