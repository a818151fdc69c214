//! Files kith writes land where they were asked to and nowhere else: a card per contact inside
//! its folder whatever its UID holds, nothing replaced that kith did not write, no link followed,
//! no device or FIFO replaced, every file readable by its owner only.

mod common;

use common::binary::{kith, ok};
use common::hostile;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

/// Every file and link under `root`, recursively (folders themselves left out).
fn everything_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
            if kind.is_dir() {
                folders.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

fn contact_count(db: &Path) -> usize {
    let list = |args: &[&str]| {
        serde_json::from_str::<serde_json::Value>(&ok(db, args))
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };
    list(&["list", "--json"]) + list(&["list", "--json", "--archived"])
}

#[test]
fn export_dir_keeps_every_card_inside_its_folder_and_apart() {
    let (dir, db) = common::temp_db();
    hostile::import_vcards(&db, dir.path());
    // UIDs that come out as the same file name as "a/b".
    let twins = dir.path().join("twins.vcf");
    std::fs::write(
        &twins,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Colon\r\nUID:a:b\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Upper\r\nUID:A_B\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nul\r\nUID:a\\,\u{0}b/../..\r\nEND:VCARD\r\n",
    )
    .unwrap();
    ok(&db, &["import", twins.to_str().unwrap()]);
    let contacts = contact_count(&db);
    let before = everything_under(dir.path());

    let target = dir.path().join("out").join("cards");
    let export = |extra: &[&str]| {
        let mut args = vec![
            "export",
            "--format",
            "vcard",
            "--dir",
            target.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        kith(&db, &args)
    };
    let out = export(&[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    hostile::assert_inert(&out.stderr, "the export's message");
    let cards = everything_under(&target);
    assert_eq!(cards.len(), contacts, "one file per contact: {cards:?}");
    for card in &cards {
        assert_eq!(card.parent(), Some(target.as_path()), "{card:?}");
        assert_eq!(mode(card), 0o600, "{card:?}");
        assert!(card.extension().is_some_and(|x| x == "vcf"), "{card:?}");
    }
    let mut outside = everything_under(dir.path());
    outside.retain(|p| !p.starts_with(&target));
    assert_eq!(outside, before, "nothing written outside the folder");
    let plain = target.join("a_b.vcf");
    assert!(plain.exists(), "{cards:?}");

    // An export again replaces kith's own cards, and only them.
    let again = export(&[]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(everything_under(&target), cards);

    // A file kith did not write stops the export, which writes nothing; --force replaces it.
    std::fs::write(&plain, "my own notes").unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let linked = target.join("_etc_passwd.vcf");
    assert!(linked.exists(), "{cards:?}");
    std::fs::remove_file(&linked).unwrap();
    symlink(&victim, &linked).unwrap();
    let other = cards
        .iter()
        .find(|c| **c != plain && **c != linked)
        .unwrap();
    std::fs::remove_file(other).unwrap();
    let refused = export(&[]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("a_b.vcf") && err.contains("_etc_passwd.vcf") && err.contains("--force"),
        "{err}"
    );
    hostile::assert_inert(&refused.stderr, "the refusal");
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), "my own notes");
    assert!(!other.exists(), "nothing at all was written");

    let forced = export(&["--force"]);
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    assert!(std::fs::read_to_string(&plain).unwrap().contains("UID:a/b"));
    assert!(
        std::fs::symlink_metadata(&linked).unwrap().is_file(),
        "the link is replaced"
    );
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "keep me",
        "not written through"
    );
    assert_eq!(everything_under(&target), cards);
}

#[test]
fn export_to_a_file_never_follows_a_link_nor_replaces_a_device_or_folder() {
    let (dir, db) = common::temp_db();
    ok(&db, &["add", "Núria Puig"]);
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();

    // A link planted at the target, and at the temporary name kith once used.
    let target = dir.path().join("out.csv");
    symlink(&victim, &target).unwrap();
    symlink(&victim, dir.path().join(".out.csv.tmp")).unwrap();
    ok(
        &db,
        &["export", "--format", "csv", "-o", target.to_str().unwrap()],
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(std::fs::symlink_metadata(&target).unwrap().is_file());
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("Núria Puig")
    );
    assert_eq!(mode(&target), 0o600);

    // A backup over an existing, readable file is private afterwards.
    let backup = dir.path().join("backup.json");
    std::fs::write(&backup, "old").unwrap();
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
    assert_eq!(mode(&backup), 0o600);

    // A FIFO is written through and stays a FIFO.
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    ok(
        &db,
        &["export", "--format", "vcard", "-o", fifo.to_str().unwrap()],
    );
    // Checked before waiting on the reader, which a replaced FIFO would leave waiting forever.
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(reader.join().unwrap().contains("FN:Núria Puig"));

    // A folder is an error with a clear message, and is left as it was.
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let out = kith(
        &db,
        &["export", "--format", "csv", "-o", folder.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is a folder"), "{err}");
    assert!(std::fs::read_dir(&folder).unwrap().next().is_none());

    // Nothing else was left behind: no temporary file.
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".kith-"))
        .collect();
    left.sort();
    assert!(left.is_empty(), "{left:?}");
}
