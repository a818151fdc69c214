//! Real vCards from other projects' test suites (`tests/fixtures/real/`, sources in
//! `tests/fixtures/README`), each imported through the real binary on a notebook of its own, then
//! exported and imported again: import → export → import → export must give the same text, in
//! vCard 4.0 and in 3.0. The counts are printed (`cargo test --test real_world -- --nocapture`).

mod common;

use common::binary::kith;
use std::path::{Path, PathBuf};

fn real_files() -> Vec<PathBuf> {
    let root = common::fixture_path("real");
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

/// What one file gave.
#[derive(Default)]
struct Tally {
    accepted: usize,
    cards: usize,
    same4: usize,
    cards4: usize,
    kept4: usize,
    same3: usize,
    cards3: usize,
    kept3: usize,
    failures: Vec<String>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.accepted += other.accepted;
        self.cards += other.cards;
        self.same4 += other.same4;
        self.cards4 += other.cards4;
        self.kept4 += other.kept4;
        self.same3 += other.same3;
        self.cards3 += other.cards3;
        self.kept3 += other.kept3;
        self.failures.extend(other.failures);
    }
}

fn check_file(file: &Path) -> Tally {
    let mut t = Tally::default();
    let name = file
        .strip_prefix(common::fixture_path("real"))
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let (dir, db) = common::temp_db();
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
            t.failures.push(format!("{name}: refused: {err}"));
        }
        return t;
    }
    assert!(!damaged, "{name} is damaged and was accepted");
    t.accepted = 1;
    let v4 = round_trip(dir.path(), &db, &[], "v4");
    let v3 = round_trip(dir.path(), &db, &["--vcard3"], "v3");
    t.cards = cards_in(&v4.first);
    t.kept4 = usize::from(v4.kept);
    t.kept3 = usize::from(v3.kept);
    for (trip, version) in [(&v4, "4.0"), (&v3, "3.0")] {
        if !trip.kept {
            t.failures.push(format!(
                "{name}: read back from its {version} export, the notebook differs (KITH_SHOW_LOSS=1 shows how)"
            ));
        }
        if !trip.identical {
            t.failures.push(format!(
                "{name}: {version} round trip differs:\n{}\n---\n{}",
                trip.first, trip.second
            ));
        }
    }
    if v4.identical {
        t.same4 = 1;
        t.cards4 = cards_in(&v4.first);
    }
    if v3.identical {
        t.same3 = 1;
        t.cards3 = cards_in(&v3.first);
    }
    t
}

#[test]
fn real_vcards_are_accepted_and_survive_round_trips() {
    let files = real_files();
    assert!(files.len() > 100, "the collection is in place");
    // Two at a time: most of the time is spent waiting on the binary.
    let mut total = Tally::default();
    let parts: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|k| {
                let files = &files;
                scope.spawn(move || {
                    let mut t = Tally::default();
                    for file in files.iter().skip(k).step_by(2) {
                        t.add(check_file(file));
                    }
                    t
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for part in parts {
        total.add(part);
    }
    println!(
        "real vCard files: {} ({} damaged on purpose); accepted {} ({} cards); \
         4.0 round trip identical {} files ({} cards), every field kept {} files; \
         3.0 identical {} files ({} cards), every field kept {} files",
        files.len(),
        DAMAGED.len(),
        total.accepted,
        total.cards,
        total.same4,
        total.cards4,
        total.kept4,
        total.same3,
        total.cards3,
        total.kept3
    );
    assert!(total.failures.is_empty(), "{}", total.failures.join("\n\n"));
}

#[test]
fn real_csvs_are_accepted() {
    let root = common::fixture_path("real");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .flat_map(|p| std::fs::read_dir(p.unwrap().path()).unwrap())
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the collection is in place");
    let mut contacts = 0;
    for file in &files {
        let (_dir, db) = common::temp_db();
        let said = run(&db, &["import", file.to_str().unwrap()]);
        let created: usize = said
            .split("created ")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert!(created > 0, "{}: {said}", file.display());
        contacts += created;
    }
    println!(
        "real CSV files: {} accepted, {contacts} contacts",
        files.len()
    );
}
