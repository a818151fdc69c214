//! The words and the code agree: every English file parses, no id is defined twice, every id
//! the code asks for (`say!("id", …)` anywhere in src/) is in the English files, and every
//! English message is asked for somewhere (no dead words; the command line's help counts as
//! asked for by the ids `kith::cli::help::ids` makes from the clap command tree).
//!
//! The code is read as Rust tokens (syn), so a `say!` inside another macro's arguments counts
//! and one in a comment does not.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::buffer::Cursor;
use syn::parse::{Parse, ParseStream};

/// The ids of the `say!` calls in one source file.
struct Said(Vec<String>);

impl Parse for Said {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.step(|cursor| {
            let mut ids = Vec::new();
            let end = collect(*cursor, &mut ids);
            Ok((Said(ids), end))
        })
    }
}

/// Walks the tokens from `cursor` to the end, into every group, noting the literal that opens
/// each `say!(…)`; the cursor at the end.
fn collect<'a>(mut cursor: Cursor<'a>, ids: &mut Vec<String>) -> Cursor<'a> {
    while !cursor.eof() {
        if let Some((ident, after)) = cursor.ident()
            && ident == "say"
            && let Some((bang, after)) = after.punct()
            && bang.as_char() == '!'
            && let Some((inside, _, _, _)) = after.any_group()
            && let Some((literal, _)) = inside.literal()
            && let syn::Lit::Str(id) = syn::Lit::new(literal)
        {
            ids.push(id.value());
        }
        if let Some((inside, _, _, _)) = cursor.any_group() {
            collect(inside, ids);
        }
        cursor = match cursor.token_tree() {
            Some((_, next)) => next,
            None => break,
        };
    }
    cursor
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("a source folder")
        .map(|e| e.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every id the code asks for, with the first file that asks.
fn ids_in_code() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut ids = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        let Said(said) = syn::parse_str(&text)
            .unwrap_or_else(|e| panic!("{} is not Rust tokens: {e}", file.display()));
        for id in said {
            let shown = file.strip_prefix(root).unwrap_or(&file);
            ids.entry(id).or_insert_with(|| shown.display().to_string());
        }
    }
    ids
}

/// The ids a Fluent file defines: messages start a line with their identifier and `=`
/// (terms start with `-`, comments with `#`, everything else is indented).
fn ids_in_file(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            (first.is_ascii_alphabetic()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_string())
        })
        .collect()
}

/// Every English id, with the file that defines it; every file checked to parse and every id
/// to be defined once.
fn english_ids() -> BTreeMap<String, &'static str> {
    let mut ids = BTreeMap::new();
    let mut problems = Vec::new();
    for (part, text) in kith::words::ENGLISH {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
            problems.push(format!("{part}.ftl does not parse: {errors:?}"));
        }
        for id in ids_in_file(text) {
            if let Some(other) = ids.insert(id.clone(), *part) {
                problems.push(format!(
                    "'{id}' is defined in {other}.ftl and again in {part}.ftl"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    ids
}

#[test]
fn every_english_file_parses_and_defines_each_id_once() {
    let ids = english_ids();
    assert!(!ids.is_empty());
    // The index made at build time finds each message in the file that defines it.
    for (id, part) in &ids {
        assert_eq!(kith::words::part_of(id), Some(*part), "{id}");
    }
    assert_eq!(kith::words::part_of("no-such-message"), None);
    // What the line scan found is what Fluent reads: each id is a message with a value.
    for (part, text) in kith::words::ENGLISH {
        let resource =
            fluent_bundle::FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let mut bundle = fluent_bundle::FluentBundle::<fluent_bundle::FluentResource>::default();
        bundle.add_resource_overriding(resource);
        for id in ids_in_file(text) {
            let value = bundle.get_message(&id).and_then(|m| m.value());
            assert!(value.is_some(), "'{id}' in {part}.ftl is not a message");
        }
    }
}

#[test]
fn every_id_the_code_asks_for_is_in_english() {
    let english = english_ids();
    let missing: Vec<String> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !english.contains_key(id))
        .map(|(id, file)| format!("'{id}' (asked for in {file})"))
        .collect();
    assert!(
        missing.is_empty(),
        "not in assets/words/en:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_english_message_is_used() {
    let mut used: BTreeSet<String> = ids_in_code().into_keys().collect();
    // The command line's help is asked for by ids made from the clap command tree.
    used.extend(kith::cli::help::ids());
    let dead: Vec<String> = english_ids()
        .into_iter()
        .filter(|(id, _)| !used.contains(id))
        .map(|(id, part)| format!("'{id}' in {part}.ftl"))
        .collect();
    assert!(
        dead.is_empty(),
        "no say!() in src/ asks for:\n{}",
        dead.join("\n")
    );
}

/// Each file is read on its own when one of its messages is first said, so a message may only
/// refer to messages and terms of its own file.
#[test]
fn messages_refer_only_to_their_own_file() {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    use fluent_bundle::{FluentBundle, FluentError, FluentResource};
    let mut elsewhere = Vec::new();
    for (part, text) in kith::words::ENGLISH {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let mut bundle = FluentBundle::<FluentResource>::default();
        bundle.add_resource_overriding(resource);
        for id in ids_in_file(text) {
            let Some(message) = bundle.get_message(&id) else {
                continue;
            };
            let patterns = message
                .value()
                .into_iter()
                .chain(message.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, None, &mut errors);
                for error in errors {
                    if let FluentError::ResolverError(ResolverError::Reference(
                        kind @ (ReferenceKind::Message { .. } | ReferenceKind::Term { .. }),
                    )) = error
                    {
                        elsewhere.push(format!("'{id}' in {part}.ftl refers to {kind:?}"));
                    }
                }
            }
        }
    }
    assert!(elsewhere.is_empty(), "{}", elsewhere.join("\n"));
}
