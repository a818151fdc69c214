//! Finds, once at build time, which of the message files under `assets/words/en/` defines each
//! message id, so a run of kith looks a message's file up instead of reading every file's text
//! to find out (that took a quarter of a one-shot `kith search`).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new("assets/words/en");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut parts: Vec<String> = std::fs::read_dir(dir)
        .expect("assets/words/en")
        .map(|entry| entry.expect("a message file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
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
