//! Every translation says what English says: each file under `assets/words/<tag>/` parses,
//! holds every message and attribute of the English file of its name, no id English lacks, and
//! no variable English's message does not give it (it may leave one out: "1 note" needs no
//! count). A folder must hold every English file, but for the new parts not yet given to the
//! translators ([`NOT_YET_TRANSLATED`]), which are said in English meanwhile.
//!
//! Then the real binary, run in a Catalan locale, speaks Catalan.

mod common;

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// English files (by part) a translation may lack for now: a new part waiting for its
/// translators. Take a part out once every language has it.
const NOT_YET_TRANSLATED: &[&str] = &[];

/// Each message (`id`) and attribute (`id.attr`) of a file, with the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

/// The shape of a file's text, or why it does not parse.
fn shape(text: &str) -> Result<Shape, String> {
    let resource =
        fluent_syntax::parser::parse(text).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut shape = Shape::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        if let Some(value) = &message.value {
            shape.insert(id.clone(), variables(value));
        }
        for attribute in &message.attributes {
            let key = format!("{id}.{}", attribute.id.name);
            shape.insert(key, variables(&attribute.value));
        }
    }
    Ok(shape)
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    in_pattern(pattern, &mut found);
    found
}

fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            in_expression(expression, found);
        }
    }
}

fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                in_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                in_inline(argument, found);
            }
            for named in &arguments.named {
                in_inline(&named.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}

/// What is wrong with one translated file against its English file.
fn compare(tag: &str, part: &str, english: &Shape, text: &str) -> Vec<String> {
    let file = format!("assets/words/{tag}/{part}.ftl");
    let translated = match shape(text) {
        Ok(shape) => shape,
        Err(errors) => return vec![format!("{file} does not parse: {errors}")],
    };
    let mut problems = Vec::new();
    for key in english.keys().filter(|key| !translated.contains_key(*key)) {
        problems.push(format!("{file} lacks {key}"));
    }
    for (key, used) in &translated {
        let Some(given) = english.get(key) else {
            problems.push(format!("{file} has {key}, which English does not"));
            continue;
        };
        let extra: Vec<&String> = used.difference(given).collect();
        if !extra.is_empty() {
            problems.push(format!(
                "{file}: {key} uses variables English does not: {extra:?}"
            ));
        }
    }
    problems
}

#[test]
fn every_translation_has_what_english_has_and_nothing_more() {
    let mut problems = Vec::new();
    for (tag, files) in kith::words::TRANSLATED {
        if kith::words::Lang::from_tag(tag).is_none() {
            problems.push(format!(
                "assets/words/{tag}: no language kith knows (words/lang.rs)"
            ));
        }
        for ((part, english), translated) in kith::words::ENGLISH.iter().zip(files.iter()) {
            let english = shape(english).expect("English parses (tests/words.rs)");
            match translated {
                Some(text) => problems.extend(compare(tag, part, &english, text)),
                None if NOT_YET_TRANSLATED.contains(part) => {}
                None => problems.push(format!("assets/words/{tag} lacks {part}.ftl")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Files build.rs did not compile in (named as no English file is) are refused too.
#[test]
fn every_translated_file_is_named_as_an_english_one() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/words");
    let english: BTreeSet<String> = kith::words::ENGLISH
        .iter()
        .map(|(part, _)| format!("{part}.ftl"))
        .collect();
    let mut strays = Vec::new();
    for (tag, _) in kith::words::TRANSLATED {
        for entry in std::fs::read_dir(root.join(tag)).expect("the folder build.rs read") {
            let name = entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".ftl") && !english.contains(&name) {
                strays.push(format!("assets/words/{tag}/{name}"));
            }
        }
    }
    assert!(
        strays.is_empty(),
        "no English file of that name: {strays:?}"
    );
}

#[test]
fn the_checker_finds_what_is_missing_extra_or_given_no_value() {
    let english = shape("a = { $n } notes\nb = x\n    .long = y { $who }\n").unwrap();
    let problems = compare("xx", "part", &english, "a = { $m } notes\nc = z\n");
    let problems = problems.join("\n");
    assert!(problems.contains("lacks b"), "{problems}");
    assert!(problems.contains("lacks b.long"), "{problems}");
    assert!(
        problems.contains("has c, which English does not"),
        "{problems}"
    );
    assert!(
        problems.contains("a uses variables English does not: [\"m\"]"),
        "{problems}"
    );
    assert!(
        compare("xx", "part", &english, "a = {")
            .join("")
            .contains("does not parse")
    );
    let fine = "a = { $n ->\n    [one] una nota\n   *[other] { $n } notes\n}\nb = x\n    .long = y { $who }\n";
    assert!(compare("xx", "part", &english, fine).is_empty());
}

/// The real binary in a Catalan locale: its help and the days it says are Catalan, with no
/// `--lang`; `--lang en` and a `C` locale speak English.
#[test]
fn a_catalan_locale_speaks_catalan() {
    let (_dir, db) = common::temp_db();
    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().to_str().unwrap();
    let env = |lang: &'static str| {
        vec![
            ("LANG", lang),
            ("LC_ALL", ""),
            ("LC_MESSAGES", ""),
            ("XDG_CONFIG_HOME", home_path),
        ]
    };
    let help = common::binary::ok_with_env(&db, &["--help"], &env("ca_ES.UTF-8"));
    assert!(help.contains("La llengua en què parla kith"), "{help}");
    let english =
        common::binary::ok_with_env(&db, &["--help", "--lang", "en"], &env("ca_ES.UTF-8"));
    assert!(english.contains("The language kith speaks"), "{english}");
    common::binary::ok_with_env(&db, &["add", "Ana"], &env("C"));
    let out = common::binary::ok_with_env(
        &db,
        &["followup", "Ana", "2026-12-04: call"],
        &env("ca_ES@valencia"),
    );
    assert!(out.contains("dv. 2026-12-04"), "{out}");
    let out = common::binary::ok_with_env(&db, &["followup", "Ana", "2026-12-04: call"], &env("C"));
    assert!(out.contains("Fri 2026-12-04"), "{out}");
}

/// Hindi and Bengali locales say days in their words, and in their own digits when asked.
#[test]
fn hindi_and_bengali_locales_say_days_their_way() {
    let (_dir, db) = common::temp_db();
    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().to_str().unwrap();
    let env = |lang: &'static str| {
        vec![
            ("LANG", lang),
            ("LC_ALL", ""),
            ("XDG_CONFIG_HOME", home_path),
        ]
    };
    common::binary::ok_with_env(&db, &["add", "Ana"], &env("C"));
    let out = common::binary::ok_with_env(
        &db,
        &["followup", "Ana", "2026-12-04: call"],
        &env("hi_IN.UTF-8"),
    );
    assert!(out.contains("शुक्र 2026-12-04"), "{out}");
    let args = ["followup", "Ana", "2026-12-04: call", "--digits", "native"];
    let out = common::binary::ok_with_env(&db, &args, &env("hi_IN.UTF-8"));
    assert!(out.contains("शुक्र २०२६-१२-०४"), "{out}");
    let out = common::binary::ok_with_env(&db, &args, &env("bn_BD"));
    assert!(out.contains("শুক্র ২০২৬-১২-০৪"), "{out}");
}

/// `[ui] language` in the config speaks over the locale, `--lang` over both, and `config show`
/// says what the file set.
#[test]
fn the_config_chooses_the_language_and_the_option_wins() {
    let (dir, db) = common::temp_db();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[ui]\nlanguage = \"ca\"\n").unwrap();
    let config = config.to_str().unwrap();
    let env = [("LANG", "hi_IN.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let said = common::binary::ok_with_env(&db, &["--config", config, "list"], &env);
    assert_eq!(said.trim(), "No hi ha cap contacte.");
    let said =
        common::binary::ok_with_env(&db, &["list", "--config", config, "--lang", "en"], &env);
    assert_eq!(said.trim(), "No contacts.");
    let shown = common::binary::ok_with_env(&db, &["--config", config, "config", "show"], &env);
    assert!(shown.ends_with("\n[ui]\nlanguage = \"ca\"\n"), "{shown}");
}

/// The screen of the real binary in a Catalan locale: its list, and a note's capture line read
/// in Catalan and said back in Catalan.
#[cfg(unix)]
#[test]
fn the_screen_speaks_catalan() {
    let (_dir, db) = common::temp_db();
    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().to_str().unwrap();
    common::binary::ok_with_env(&db, &["add", "Ana"], &[("LANG", "C")]);
    let env = [
        ("LANG", "ca_ES.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
        ("XDG_CONFIG_HOME", home_path),
        ("KITH_NOW", "2026-11-22 09:30"),
    ];
    let mut tui = common::pty::Tui::start_with(&db, &env);
    tui.wait_for("Contactes (1)");
    tui.keys("n");
    tui.type_and_see(">> demà: trucar");
    tui.wait_for("línia 1 → dl. 23 nov.");
    tui.keys("\x1b");
}
