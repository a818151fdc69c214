//! Damaged records and pages: every command names and skips them, exports save the rest, nothing panics or hangs.

use super::*;

#[test]
fn every_command_names_a_damaged_record_skips_it_and_shows_the_rest() {
    let nb = notebook_with_damaged_records();
    let db = nb.path.as_path();
    let bob = format!("contacts_v1, key {}", nb.bob);
    let note = format!("interactions_v1, key {}", nb.bad_note.id);
    let followup = format!("followups_v1, key {}", nb.bad_followup.0);

    // The table is read from the name index, which still knows Bob; what reads his record
    // (the JSON, a tag filter, `show`) names the damage.
    let (out, _) = exits(db, &["list"], 0);
    assert!(
        out.contains("Ann Archer") && out.contains("Bob Baker") && out.contains("Cara Cole"),
        "{out}"
    );
    let (out, err) = exits(db, &["list", "--json"], DAMAGED);
    assert!(
        out.contains("Ann Archer") && out.contains("Cara Cole"),
        "{out}"
    );
    assert!(!out.contains("Bob"), "{out}");
    assert!(
        err.contains(&bob) && err.contains("run `kith check`"),
        "{err}"
    );
    let (_, err) = exits(db, &["show", "Bob"], DAMAGED);
    assert!(err.contains(&bob), "{err}");

    let (out, err) = exits(db, &["show", "Ann"], DAMAGED);
    assert!(out.contains("sent the quote for the shelves"), "{out}");
    assert!(err.contains(&note), "{err}");

    let (out, err) = exits(db, &["due"], DAMAGED);
    assert!(out.contains("call Ann about the quote"), "{out}");
    assert!(err.contains(&followup), "{err}");

    // The search reads only the contacts it finds: Bob's damage is named when he is found.
    let (out, _) = exits(db, &["search", "Ann"], 0);
    assert!(out.contains("Ann Archer"), "{out}");
    let (out, err) = exits(db, &["search", "Bob"], DAMAGED);
    assert!(!out.contains("Bob"), "{out}");
    assert!(err.contains(&bob), "{err}");

    let (out, err) = exits(db, &["search", "--notes", "quote"], DAMAGED);
    assert!(out.contains("sent the quote for the shelves"), "{out}");
    assert!(err.contains(&note), "{err}");
    // Bob's note is found, and the damage to his contact is said, not hidden.
    assert!(out.contains(&format!("contact {}", nb.bob)), "{out}");
    assert!(err.contains(&bob), "{err}");

    for format in ["json", "vcard", "csv", "ics"] {
        let (out, err) = exits(db, &["export", "--format", format], DAMAGED);
        assert!(out.contains("Ann"), "{format}: {out}");
        let expected = if format == "ics" { &followup } else { &bob };
        assert!(err.contains(expected.as_str()), "{format}: {err}");
    }
    let (out, err) = exits(db, &["export", "--format", "json"], DAMAGED);
    let backup: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    // Ann, Cara, and a stand-in keeping Bob's note (see the rescue test below).
    assert_eq!(backup["contacts"].as_array().map(Vec::len), Some(3));
    assert_eq!(backup["interactions"].as_array().map(Vec::len), Some(2));
    assert!(err.contains(&bob) && err.contains(&note) && err.contains(&followup));

    let target = nb._dir.path().join("strict.json");
    let target_arg = target.to_str().unwrap();
    let (out, err) = exits(
        db,
        &["export", "--format", "json", "--strict", "-o", target_arg],
        DAMAGED,
    );
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("nothing was exported"), "{err}");
    assert!(!target.exists(), "--strict wrote {}", target.display());
    exits(
        db,
        &["export", "--format", "json", "-o", target_arg],
        DAMAGED,
    );
    assert!(target.exists());

    let (out, _) = exits(db, &["check"], DAMAGED);
    for damaged in [&bob, &note, &followup] {
        assert!(out.contains(damaged.as_str()), "{damaged} not in {out}");
    }
    // The damaged records keep their index rows: nothing else is wrong.
    assert!(!out.contains("disagree"), "{out}");
}

#[test]
fn what_an_export_saves_from_a_damaged_notebook_restores_into_a_fresh_one() {
    let nb = notebook_with_damaged_records();
    let rescue = nb._dir.path().join("rescue.json");
    let rescue = rescue.to_str().unwrap();
    exits(
        &nb.path,
        &["export", "--format", "json", "-o", rescue],
        DAMAGED,
    );
    let fresh = nb._dir.path().join("fresh.redb");
    exits(&fresh, &["import", rescue], 0);
    let (out, _) = exits(&fresh, &["list"], 0);
    assert!(
        out.contains("Ann Archer") && out.contains("Cara Cole"),
        "{out}"
    );
    // Bob's record was lost, but his note is kept under a stand-in named by his id.
    let stand_in = format!("Unreadable contact {}", nb.bob);
    assert!(out.contains(&stand_in), "{out}");
    let (out, _) = exits(&fresh, &["show", &nb.bob.to_string()], 0);
    assert!(out.contains("quote for Bob"), "{out}");
    exits(&fresh, &["check"], 0);
}

/// The pages of a small demo notebook, each zeroed in turn, and the file cut at several
/// lengths: every command ends with a message, never a panic or a hang.
#[test]
fn damaged_pages_and_truncation_never_panic_or_hang() {
    let (dir, path) = temp_db();
    let made = kith(
        &path,
        &["demo", "--contacts", "40", "--interactions", "200"],
    );
    assert!(made.status.success());
    let intact = std::fs::read(&path).unwrap();
    let copy = dir.path().join("damaged.redb");
    let commands: [&[&str]; 5] = [
        &["list"],
        &["export", "--format", "json"],
        &["search", "--notes", "quote"],
        &["add", "Someone New"],
        &["check"],
    ];
    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for page in 0..intact.len() / 4096 {
        let mut bytes = intact.clone();
        bytes[page * 4096..(page + 1) * 4096].fill(0);
        damaged.push((format!("page {page} zeroed"), bytes));
    }
    for len in [
        0,
        1,
        511,
        4096,
        intact.len() / 3,
        intact.len() / 2,
        intact.len() - 1,
    ] {
        damaged.push((format!("cut to {len} bytes"), intact[..len].to_vec()));
    }
    let mut runs = 0;
    for (what, bytes) in &damaged {
        for args in commands {
            std::fs::write(&copy, bytes).unwrap();
            let out = kith_within(&copy, args, Duration::from_secs(60))
                .unwrap_or_else(|| panic!("kith {args:?} hung on a file with {what}"));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_ne!(
                out.status.code(),
                Some(101),
                "{what}: kith {args:?}: {stderr}"
            );
            assert!(
                !stderr.contains("panicked"),
                "{what}: kith {args:?}: {stderr}"
            );
            runs += 1;
        }
    }
    assert!(runs > 50, "only {runs} runs");
}
