//! Every part of the screen in Bengali, at 80 and 120 columns (`common::in_language`): translated
//! words are longer or wider, and the layout must hold, cutting only between graphemes.

mod common;

use common::in_language::*;
use kith::words::Lang;

#[test]
fn list_and_timeline() {
    speak(Lang::Bn);
    after_keys("main", &['j', 'j']);
}

#[test]
fn empty_notebook() {
    speak(Lang::Bn);
    empty();
}

#[test]
fn notes_editor() {
    speak(Lang::Bn);
    editor();
}

#[test]
fn review() {
    speak(Lang::Bn);
    after_keys("review", &['r']);
}

#[test]
fn help() {
    speak(Lang::Bn);
    after_keys("help", &['?']);
}

#[test]
fn search_and_its_hints() {
    speak(Lang::Bn);
    search();
}
