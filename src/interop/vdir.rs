//! A folder of vCards, one per contact (a vdir, as khard and vdirsyncer read it): which file
//! each contact gets, and which files already there kith may replace.
//!
//! A card's file is named by its UID, with every character other than ASCII letters, digits
//! and `-_.@` turned into `_`, a leading `.` too, and at most 120 characters kept; so a UID
//! holding `/`, `..` or NUL names a file inside the folder like any other. Contacts whose names
//! come out the same (compared ignoring case, for file systems that do) are told apart by a
//! stable suffix: the contact with the lowest id keeps the plain name, each other one adds
//! `-ID`, its own kith id. Ids are never reused, so a new contact never renames an old file.
//!
//! kith knows a file is its own by what is in it: a regular file holding exactly one vCard
//! with the UID of the contact about to be written there is an earlier export of that contact
//! and is replaced. Anything else at that name — another card, another file, a link, a FIFO —
//! was not written by kith and is left alone unless the export is forced.

use crate::domain::{Contact, ContactId};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Longest part of a UID kept in a file name (names are limited to 255 bytes).
const MAX_STEM: usize = 120;

/// A file kith reads to see whether it wrote it; a larger one is not a card kith wrote.
const MAX_OWN_CARD: u64 = 16 << 20;

/// One contact's card and where it goes.
#[derive(Debug)]
pub struct CardFile {
    pub path: PathBuf,
    pub uid: String,
    pub text: String,
}

/// What an export into a folder would write, and what is in the way.
#[derive(Debug, Default)]
pub struct Plan {
    pub files: Vec<CardFile>,
    /// Files that are there and were not written by kith for the same contact.
    pub foreign: Vec<PathBuf>,
    /// Names taken by a folder, which nothing replaces.
    pub folders: Vec<PathBuf>,
}

/// The UID's safe form: only characters that mean nothing to any file system.
fn stem(uid: &str) -> String {
    let mut stem: String = uid
        .chars()
        .take(MAX_STEM)
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.@".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem.is_empty() {
        stem.push_str("contact");
    }
    stem
}

/// The UID a card is written with.
pub fn uid(c: &Contact) -> String {
    super::vcard::uid_of(c).unwrap_or_else(|| format!("urn:kith:contact:{}", c.id))
}

/// File names for `contacts`, in their order: see the module's note for the rule.
pub fn file_names(contacts: &[Contact]) -> Vec<String> {
    let uids: Vec<(ContactId, String)> = contacts.iter().map(|c| (c.id, uid(c))).collect();
    names_for(&uids)
}

/// File names for contacts given by id and UID, in their order: [`file_names`] without
/// holding the contacts.
pub fn names_for(uids: &[(ContactId, String)]) -> Vec<String> {
    let mut order: Vec<usize> = (0..uids.len()).collect();
    order.sort_by_key(|&i| uids[i].0);
    let mut taken = HashSet::new();
    let mut names = vec![String::new(); uids.len()];
    for i in order {
        let (id, uid) = &uids[i];
        let mut name = stem(uid);
        while !taken.insert(name.to_lowercase()) {
            name = format!("{name}-{id}");
        }
        names[i] = format!("{name}.vcf");
    }
    names
}

/// What stands in the way of writing the card of the contact with `uid` at `path`: `None`
/// when nothing is there or kith's own earlier card for that contact is.
pub fn in_the_way(path: &Path, uid: &str) -> Option<InTheWay> {
    match std::fs::symlink_metadata(path) {
        Err(_) => None,
        Ok(m) if m.is_dir() => Some(InTheWay::Folder),
        Ok(_) if is_own_card(path, uid) => None,
        Ok(_) => Some(InTheWay::Foreign),
    }
}

/// What is at a card's path that kith may not replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InTheWay {
    /// A folder, which nothing replaces.
    Folder,
    /// A file kith did not write for the same contact.
    Foreign,
}

/// Whether the file at `path` is a card kith wrote for the contact with `uid`.
fn is_own_card(path: &Path, uid: &str) -> bool {
    let Ok(found) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !found.is_file() || found.len() > MAX_OWN_CARD {
        return false;
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let now = chrono::NaiveDateTime::default();
    matches!(
        super::vcard::read_cards(&text, now).as_deref(),
        Ok([card]) if card.uid.as_deref() == Some(uid)
    )
}

/// Every contact's card and file in `dir`, and what already there stands in the way.
pub fn plan(dir: &Path, contacts: &[Contact], vcard3: bool) -> Plan {
    let version = if vcard3 {
        calcard::vcard::VCardVersion::V3_0
    } else {
        calcard::vcard::VCardVersion::V4_0
    };
    let mut plan = Plan::default();
    for (c, name) in contacts.iter().zip(file_names(contacts)) {
        let path = dir.join(&name);
        debug_assert_eq!(path.parent(), Some(dir), "{name} stays in the folder");
        let uid = uid(c);
        match in_the_way(&path, &uid) {
            None => {}
            Some(InTheWay::Folder) => plan.folders.push(path.clone()),
            Some(InTheWay::Foreign) => plan.foreign.push(path.clone()),
        }
        let mut text = String::new();
        super::vcard::write_card(&mut text, c, version);
        plan.files.push(CardFile { path, uid, text });
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: u64, uid: &str) -> Contact {
        let mut c = Contact::new(format!("Contact {id}"), chrono::NaiveDateTime::default());
        c.id = ContactId(id);
        if !uid.is_empty() {
            c.vcard_extra.push(format!("UID:{uid}"));
        }
        c
    }

    #[test]
    fn hostile_uids_name_files_inside_the_folder() {
        for uid in [
            "../../etc/passwd",
            "/abs/path",
            "..",
            ".",
            ".hidden",
            "a\0b",
            "a\\b",
            "\u{202e}gpj.exe",
            &"x".repeat(5000),
        ] {
            let name = &file_names(&[contact(1, uid)])[0];
            let path = Path::new("/target").join(name);
            assert_eq!(
                path.parent(),
                Some(Path::new("/target")),
                "{uid:?} → {name}"
            );
            assert!(!name.starts_with('.'), "{name}");
            assert!(name.len() <= 255, "{}", name.len());
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c)),
                "{name}"
            );
        }
    }

    #[test]
    fn colliding_names_get_a_stable_suffix() {
        let a = contact(3, "a/b");
        let b = contact(7, "a:b");
        let c = contact(9, "A_B");
        assert_eq!(
            file_names(&[b.clone(), a.clone(), c.clone()]),
            ["a_b-7.vcf", "a_b.vcf", "A_B-9.vcf"]
        );
        // The same contacts in any order get the same names; a newer one never renames them.
        assert_eq!(
            file_names(&[a.clone(), b.clone()]),
            ["a_b.vcf", "a_b-7.vcf"]
        );
        // Two contacts holding the same UID still get a file each.
        let twins = file_names(&[contact(1, "same"), contact(2, "same")]);
        assert_eq!(twins, ["same.vcf", "same-2.vcf"]);
        // kith's own UIDs keep the names they always had.
        assert_eq!(file_names(&[contact(5, "")]), ["urn_kith_contact_5.vcf"]);
    }

    #[test]
    fn only_a_card_kith_wrote_for_that_contact_counts_as_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let contacts = [contact(1, "one"), contact(2, "two")];
        let first = plan(dir.path(), &contacts, false);
        assert!(first.foreign.is_empty());
        for f in &first.files {
            std::fs::write(&f.path, &f.text).unwrap();
        }
        assert!(plan(dir.path(), &contacts, false).foreign.is_empty());
        // Someone else's file, and a card for another contact, at those names.
        std::fs::write(dir.path().join("one.vcf"), "my notes").unwrap();
        std::fs::write(dir.path().join("two.vcf"), &first.files[0].text).unwrap();
        let again = plan(dir.path(), &contacts, false);
        assert_eq!(
            again.foreign,
            [dir.path().join("one.vcf"), dir.path().join("two.vcf")]
        );
    }
}
