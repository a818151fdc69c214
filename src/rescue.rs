//! Rescue files: where a note goes when the notebook cannot take it (a full disk, a file gone,
//! a crash). A rescue file is plain UTF-8 text, mode 0600, written whole or not at all, so any
//! editor opens it and nothing half-written is ever left behind.
//!
//! It is written beside the notebook when that folder takes it, else in kith's data folder, else
//! in the system's temporary folder: a disk that is full for the notebook is often full for its
//! folder too.

use crate::domain::Draft;
use std::path::{Path, PathBuf};

/// A note's text with a short header saying whose it is and when it was kept.
pub fn contents(draft: &Draft, name: &str) -> String {
    let mut out = String::new();
    let mut line = |said: String| {
        out.push_str(&said);
        out.push('\n');
    };
    line(crate::say!("rescue-header"));
    line(crate::say!(
        "rescue-contact",
        name = name,
        id = draft.contact.0.to_string()
    ));
    line(crate::say!(
        "rescue-channel",
        channel = draft.channel.as_str()
    ));
    if !draft.at.trim().is_empty() {
        line(crate::say!("rescue-when", when = draft.at.trim()));
    }
    if !draft.amount.trim().is_empty() {
        line(crate::say!("rescue-amount", amount = draft.amount.trim()));
    }
    let kept = crate::clock::now().format("%Y-%m-%d %H:%M:%S");
    line(crate::say!("rescue-kept", at = kept.to_string()));
    out.push('\n');
    out.push_str(&draft.text);
    if !draft.text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The file name for a rescued note of `contact`, started at `started` (one file per editor
/// session, rewritten with the newest text each time).
pub fn file_name(notebook: &Path, contact: u64, started: chrono::NaiveDateTime) -> String {
    let stem = notebook
        .file_stem()
        .map_or_else(|| "kith".into(), |s| s.to_string_lossy().into_owned());
    format!(
        "{stem}-rescued-note-{contact}-{}.txt",
        started.format("%Y%m%d-%H%M%S")
    )
}

/// The folders a rescue file may go to, in order of preference.
pub fn folders(notebook: &Path) -> Vec<PathBuf> {
    let mut folders = Vec::new();
    match notebook.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => folders.push(parent.to_path_buf()),
        _ => folders.push(PathBuf::from(".")),
    }
    if let Some(dirs) = directories::ProjectDirs::from("", "", "kith") {
        folders.push(dirs.data_dir().to_path_buf());
    }
    folders.push(std::env::temp_dir());
    folders.dedup();
    folders
}

/// Writes `text` to `name` in the first folder that takes it; the path written, or every
/// folder's error when none did.
pub fn write(folders: &[PathBuf], name: &str, text: &str) -> Result<PathBuf, String> {
    let mut errors = Vec::new();
    for folder in folders {
        let path = folder.join(name);
        let written = std::fs::create_dir_all(folder)
            .and_then(|()| crate::files::write_private(&path, text.as_bytes()));
        match written {
            Ok(()) => return Ok(path),
            Err(e) => errors.push(crate::say!(
                "rescue-folder-refused",
                folder = folder.display().to_string(),
                error = e.to_string()
            )),
        }
    }
    Err(errors.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, ContactId};

    fn draft(text: &str) -> Draft {
        Draft {
            contact: ContactId(7),
            channel: Channel::Call,
            at: String::new(),
            amount: "12 EUR".into(),
            text: text.into(),
            saved_at: chrono::NaiveDateTime::default(),
            editing: None,
        }
    }

    #[test]
    fn the_text_is_kept_whole_after_a_header() {
        let text = "पहली पंक्ति\n\tsecond line\x1b[31m";
        let out = contents(&draft(text), "अनीता");
        assert!(out.contains("contact: अनीता (id 7)"));
        assert!(out.contains("amount: 12 EUR"));
        assert!(out.ends_with(&format!("\n\n{text}\n")));
    }

    #[test]
    fn a_folder_that_refuses_passes_to_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("not-a-folder");
        std::fs::write(&blocked, "a file where a folder should be").unwrap();
        let good = dir.path().join("good");
        let path = write(&[blocked.clone(), good.clone()], "n.txt", "hello").unwrap();
        assert_eq!(path, good.join("n.txt"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let err = write(&[blocked], "n.txt", "hello").unwrap_err();
        assert!(err.contains("not-a-folder"), "{err}");
    }

    #[test]
    fn the_name_says_whose_note_and_when() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(
            file_name(Path::new("/x/book.redb"), 42, at),
            "book-rescued-note-42-20261130-090500.txt"
        );
    }
}
