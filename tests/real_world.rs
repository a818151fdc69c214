//! Real vCards from other projects' test suites (`tests/fixtures/real/`, sources in
//! `tests/fixtures/README`), each imported through the real binary on a notebook of its own, then
//! exported and imported again: import → export → import → export must give the same text, in
//! vCard 4.0 and in 3.0. The counts are printed (`cargo test --test real_world -- --nocapture`).

mod common;

use common::binary::kith;
use std::path::{Path, PathBuf};

fn real_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real");
    let mut files = Vec::new();
    for project in std::fs::read_dir(&root).unwrap() {
        for file in std::fs::read_dir(project.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|x| x == "vcf") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Files that are damaged on purpose in their project's suite: they must be refused, naming the
/// file and a line, and import nothing.
const DAMAGED: &[&str] = &[
    // A card's lines with no BEGIN:VCARD.
    "evolution/vcard-7.vcf",
    // A line `E` with no colon in the middle of the card.
    "evolution/vcard-9.vcf",
    // A line `FN` with no colon.
    "kcontacts/vcard4.vcf",
];

fn cards_in(text: &str) -> usize {
    text.matches("BEGIN:VCARD").count()
}

struct Trip {
    /// export → import → export gave the same text.
    identical: bool,
    /// The notebook read back from the export holds what the first one held.
    kept: bool,
    first: String,
    second: String,
}

/// The notebook's contacts as JSON, without what an import makes anew (ids, times, the UID
/// kith gives a card that had none).
fn contents(db: &Path) -> Vec<serde_json::Value> {
    let backup: serde_json::Value =
        serde_json::from_str(&run(db, &["export", "--format", "json"])).unwrap();
    let mut contacts: Vec<serde_json::Value> = backup["contacts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut c| {
            let c = c.as_object_mut().unwrap();
            for field in ["id", "created_at", "updated_at", "last_contacted", "referred_by"] {
                c.remove(field);
            }
            // A card without N gets one on export, guessed from the name (last word family).
            if !c.contains_key("name_parts") {
                let name = c["name"].as_str().unwrap().to_string();
                let words: Vec<&str> = name.split_whitespace().collect();
                let (family, given) = match words.split_last() {
                    Some((last, rest)) if !rest.is_empty() => (vec![*last], vec![rest.join(" ")]),
                    _ => (vec![], vec![name.trim().to_string()]),
                };
                let family: Vec<String> = family.iter().map(|s| s.to_string()).collect();
                c.insert(
                    "name_parts".into(),
                    serde_json::json!({"family": family, "given": given, "additional": [], "prefixes": [], "suffixes": []}),
                );
            }
            if let Some(extra) = c.get_mut("vcard_extra").and_then(|v| v.as_array_mut()) {
                extra.retain(|l| !l.as_str().unwrap().starts_with("UID:urn:kith:"));
                // Order among kept properties is not content (the UID goes first on export).
                extra.sort_by_key(|l| l.to_string());
            }
            serde_json::Value::Object(c.clone())
        })
        .collect();
    contacts.sort_by_key(|c| c.to_string());
    contacts
}

/// export → import into a fresh notebook → export, in one version.
fn round_trip(dir: &Path, db: &Path, version: &[&str], tag: &str) -> Trip {
    let mut args = vec!["export", "--format", "vcard"];
    args.extend_from_slice(version);
    let first = run(db, &args);
    if cards_in(&first) == 0 {
        return Trip {
            identical: true,
            kept: true,
            second: first.clone(),
            first,
        };
    }
    let file = dir.join(format!("{tag}.vcf"));
    std::fs::write(&file, &first).unwrap();
    let again = dir.join(format!("{tag}.redb"));
    let imported = kith(&again, &["import", file.to_str().unwrap()]);
    if !imported.status.success() {
        return Trip {
            identical: false,
            kept: false,
            second: format!(
                "re-import failed: {}",
                String::from_utf8_lossy(&imported.stderr)
            ),
            first,
        };
    }
    let second = run(&again, &args);
    let (before, after) = (contents(db), contents(&again));
    let kept = before == after;
    if !kept && std::env::var_os("KITH_SHOW_LOSS").is_some() {
        for (b, a) in before.iter().zip(&after) {
            for (key, value) in b.as_object().unwrap() {
                if a.get(key) != Some(value) {
                    let cut = |v: Option<&serde_json::Value>| {
                        v.map(|v| v.to_string().chars().take(700).collect::<String>())
                    };
                    if let (Some(x), Some(Some(y))) =
                        (value.as_array(), a.get(key).map(|v| v.as_array()))
                    {
                        let gone: Vec<_> = x.iter().filter(|v| !y.contains(v)).collect();
                        let new: Vec<_> = y.iter().filter(|v| !x.contains(v)).collect();
                        eprintln!(
                            "{tag} {key}: {:?}\n   -> {:?}",
                            cut(Some(&serde_json::json!(gone))),
                            cut(Some(&serde_json::json!(new)))
                        );
                    } else {
                        eprintln!(
                            "{tag} {key}: {:?}\n   -> {:?}",
                            cut(Some(value)),
                            cut(a.get(key))
                        );
                    }
                }
            }
        }
    }
    Trip {
        identical: first == second,
        kept,
        first,
        second,
    }
}

fn run(db: &Path, args: &[&str]) -> String {
    let out = kith(db, args);
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn real_vcards_are_accepted_and_survive_round_trips() {
    let files = real_files();
    assert!(files.len() > 100, "the collection is in place");
    let (mut accepted, mut cards, mut same4, mut cards4, mut same3, mut cards3) =
        (0, 0, 0, 0, 0, 0);
    let (mut kept4, mut kept3) = (0, 0);
    let mut failures = Vec::new();
    for file in &files {
        let name = file
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real"))
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kith.redb");
        let out = kith(&db, &["import", file.to_str().unwrap()]);
        let damaged = DAMAGED.contains(&name.as_str());
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr).into_owned();
            if damaged {
                assert!(
                    err.contains(file.file_name().unwrap().to_str().unwrap())
                        && err.contains("line ")
                        && err.contains("nothing was imported"),
                    "{name}: {err}"
                );
            } else {
                failures.push(format!("{name}: refused: {err}"));
            }
            continue;
        }
        assert!(!damaged, "{name} is damaged and was accepted");
        accepted += 1;
        let v4 = round_trip(dir.path(), &db, &[], "v4");
        let v3 = round_trip(dir.path(), &db, &["--vcard3"], "v3");
        cards += cards_in(&v4.first);
        kept4 += usize::from(v4.kept);
        kept3 += usize::from(v3.kept);
        for (trip, version) in [(&v4, "4.0"), (&v3, "3.0")] {
            if !trip.kept {
                failures.push(format!(
                    "{name}: read back from its {version} export, the notebook differs (KITH_SHOW_LOSS=1 shows how)"
                ));
            }
        }
        if v4.identical {
            same4 += 1;
            cards4 += cards_in(&v4.first);
        } else {
            failures.push(format!(
                "{name}: 4.0 round trip differs:\n{}\n---\n{}",
                v4.first, v4.second
            ));
        }
        if v3.identical {
            same3 += 1;
            cards3 += cards_in(&v3.first);
        } else {
            failures.push(format!(
                "{name}: 3.0 round trip differs:\n{}\n---\n{}",
                v3.first, v3.second
            ));
        }
    }
    println!(
        "real vCard files: {} ({} damaged on purpose); accepted {accepted} ({cards} cards); \
         4.0 round trip identical {same4} files ({cards4} cards), every field kept {kept4} files; \
         3.0 identical {same3} files ({cards3} cards), every field kept {kept3} files",
        files.len(),
        DAMAGED.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
