//! The message catalogue holds together: every English file parses, no id is defined twice,
//! every id the code asks for (`say!("…"` anywhere under src/) is in the English files, and
//! every English message is asked for somewhere. The command line's help is asked for by ids
//! built from the clap command tree (`kith::cli::help::ids`), which count as asked for.

use fluent_bundle::{FluentBundle, FluentResource};
use kith::words::ENGLISH;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every file under `dir` whose name ends with `.rs`.
fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ reads") {
        let path = entry.expect("src/ reads").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The ids `say!("…"` names in `source`, outside comments (which may show the macro's form).
fn said_in(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| [line, "\n"])
        .collect();
    let mut ids = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("say!(") {
        rest = rest[at + "say!(".len()..].trim_start();
        if let Some(quoted) = rest.strip_prefix('"')
            && let Some(end) = quoted.find('"')
        {
            ids.push(quoted[..end].to_string());
        }
    }
    ids
}

/// Every id the code asks for by `say!`, with the first file that does.
fn ids_in_code() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut ids = BTreeMap::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file reads");
        for id in said_in(&source) {
            let shown = file
                .strip_prefix(&src)
                .unwrap_or(&file)
                .display()
                .to_string();
            ids.entry(id).or_insert(shown);
        }
    }
    ids
}

/// The messages an English file defines, in order: a line that begins with a letter starts one.
fn defined_in(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim().to_string())
        .collect()
}

/// Every English message, with its file; the lines read agree with what Fluent parsed.
fn english_ids() -> BTreeMap<String, &'static str> {
    let mut ids = BTreeMap::new();
    for (part, text) in ENGLISH {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let messages = resource
            .entries()
            .filter(|e| format!("{e:?}").starts_with("Message"))
            .count();
        let defined = defined_in(text);
        assert_eq!(defined.len(), messages, "{part}.ftl: messages read by line");
        for id in defined {
            ids.insert(id, *part);
        }
    }
    ids
}

#[test]
fn every_english_file_parses() {
    for (part, text) in ENGLISH {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("{part}.ftl does not parse: {errors:?}");
        }
    }
}

#[test]
fn no_id_is_defined_twice() {
    let lang: unic_langid::LanguageIdentifier = "en".parse().unwrap();
    let mut bundle = FluentBundle::new(vec![lang]);
    let mut repeated = Vec::new();
    for (part, text) in ENGLISH {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        if let Err(errors) = bundle.add_resource(resource) {
            repeated.push(format!("{part}.ftl: {errors:?}"));
        }
    }
    assert!(repeated.is_empty(), "defined twice: {repeated:#?}");
}

#[test]
fn every_id_the_code_asks_for_is_in_english() {
    let english = english_ids();
    let missing: Vec<String> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !english.contains_key(id))
        .map(|(id, file)| format!("{id} (src/{file})"))
        .collect();
    assert!(missing.is_empty(), "no English message for: {missing:#?}");
}

#[test]
fn every_english_message_is_used() {
    let mut used: BTreeSet<String> = ids_in_code().into_keys().collect();
    used.extend(kith::cli::help::ids());
    let unused: Vec<String> = english_ids()
        .into_iter()
        .filter(|(id, _)| !used.contains(id))
        .map(|(id, part)| format!("{id} ({part}.ftl)"))
        .collect();
    assert!(unused.is_empty(), "used nowhere in src/: {unused:#?}");
}
