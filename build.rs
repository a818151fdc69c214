//! Finds, once at build time, which of the message files under `assets/words/en/` defines each
//! message id, so a run of kith looks a message's file up instead of reading every file's text
//! to find out (that took a quarter of a one-shot `kith search`). Every other folder under
//! `assets/words/` is a translation: its files (named as English's) are compiled in beside
//! English, each in the place of the English file of its name.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new("assets/words");
    let dir = root.join("en");
    println!("cargo::rerun-if-changed={}", root.display());
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut parts: Vec<String> = ftl_stems(&dir);
    parts.sort();
    let mut index: Vec<(String, usize)> = Vec::new();
    let mut out =
        String::from("/// The English files, by part: what each holds is said at its top.\n");
    out.push_str("pub const ENGLISH: &[(&str, &str)] = &[\n");
    for (file, part) in parts.iter().enumerate() {
        let path = dir.join(format!("{part}.ftl"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a message file");
        index.extend(ids(&text).into_iter().map(|id| (id, file)));
        writeln!(
            out,
            "    ({part:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/assets/words/en/{part}.ftl\"))),"
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    translations(root, &parts, &mut out);
    // The first file to define an id holds it (the tests make sure no id is defined twice).
    index.sort();
    index.dedup_by(|later, first| later.0 == first.0);
    out.push_str(
        "/// Every message id and the file (its place in `ENGLISH`) that defines it, by id.\n",
    );
    out.push_str("static INDEX: &[(&str, u8)] = &[\n");
    for (id, file) in &index {
        writeln!(out, "    ({id:?}, {file}),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("words.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The names (without `.ftl`) of the message files in `dir`.
fn ftl_stems(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("a folder of message files")
        .map(|entry| entry.expect("a message file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// `TRANSLATED`: every folder under `assets/words/` but `en`, by its language tag, with each
/// English part's translated text when the folder has a file of that name (a file English does
/// not have is left out: the tests name it).
fn translations(root: &Path, parts: &[String], out: &mut String) {
    let mut tags: Vec<String> = std::fs::read_dir(root)
        .expect("assets/words")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|tag| tag != "en")
        .collect();
    tags.sort();
    out.push_str(
        "/// The translations, by language tag: each English part's file, when there is one.\n",
    );
    out.push_str("pub const TRANSLATED: &[(&str, &[Option<&str>])] = &[\n");
    for tag in &tags {
        let dir = root.join(tag);
        println!("cargo::rerun-if-changed={}", dir.display());
        writeln!(out, "    ({tag:?}, &[").unwrap();
        for part in parts {
            let path = dir.join(format!("{part}.ftl"));
            println!("cargo::rerun-if-changed={}", path.display());
            if path.is_file() {
                writeln!(
                    out,
                    "        Some(include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/assets/words/{tag}/{part}.ftl\"))),"
                )
                .unwrap();
            } else {
                out.push_str("        None,\n");
            }
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n\n");
}

/// The ids a file defines: each line that starts with an id and then, after blanks, `=`
/// (attributes, comments and continuation lines do not start that way).
fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim_end_matches([' ', '\t']))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_string)
        .collect()
}
