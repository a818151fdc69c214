//! Files kith writes (exports, backups, rescued notes) go through one helper, so none is ever
//! half-written, readable by others, or written through a planted link.
//!
//! A file is written to a randomly named temporary file in the target's folder (created with
//! `O_EXCL` by the tempfile crate, so a link planted at that name is never followed; mode 0600),
//! synced, and renamed over the target; then the folder is synced so the rename survives a
//! crash. A target that exists and is not a regular file — a device such as `/dev/null`, a FIFO,
//! or one of kith's own open descriptors such as `/dev/stdout` — is written in place and never
//! replaced; what goes to a terminal that way passes through the display sanitiser. A symbolic
//! link at the target is replaced by the file, never written through. A folder is an error.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, ErrorKind, Write};
use std::path::Path;

/// How a target is written.
#[derive(Debug)]
enum Target {
    /// Through a temporary file renamed over it (nothing there yet, a regular file, a link).
    Replace,
    /// Opened and written where it is: a device, a FIFO, a descriptor of kith's own. The
    /// metadata is what was found, to check that the file opened is that one.
    InPlace(Metadata),
}

/// `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`: links to kith's own open files, which the
/// person asked for by name and which must not be replaced.
fn names_own_descriptor(path: &Path) -> bool {
    let Some(text) = path.to_str() else {
        return false;
    };
    matches!(text, "/dev/stdout" | "/dev/stderr")
        || ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"]
            .iter()
            .any(|prefix| text.starts_with(prefix))
}

fn is_a_folder() -> io::Error {
    io::Error::new(ErrorKind::IsADirectory, crate::say!("files-is-a-folder"))
}

fn target(path: &Path) -> io::Result<Target> {
    let found = match std::fs::symlink_metadata(path) {
        Ok(found) => found,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Target::Replace),
        Err(e) => return Err(e),
    };
    let kind = found.file_type();
    if kind.is_dir() {
        return Err(is_a_folder());
    }
    if kind.is_file() {
        return Ok(Target::Replace);
    }
    if kind.is_symlink() {
        return match std::fs::metadata(path) {
            Ok(behind) if behind.is_dir() => Err(is_a_folder()),
            Ok(behind) if names_own_descriptor(path) => Ok(Target::InPlace(behind)),
            // Any other link is replaced: a link planted where an export goes must not send the
            // export (or a truncation) to the file it points at.
            _ => Ok(Target::Replace),
        };
    }
    Ok(Target::InPlace(found))
}

/// Writes a whole file privately (see the module's note for what happens to each kind of
/// target).
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_private_with(path, |out| out.write_all(bytes))
}

/// [`write_private`] of what `fill` writes, as it writes it: a long export streams into the
/// temporary file and is renamed into place only when `fill` has succeeded; when it fails the
/// temporary file is removed and the target is as it was. (A device or a FIFO is written as
/// `fill` goes; a terminal gets the text made safe once it is whole.)
pub fn write_private_with<E: From<io::Error>>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    match target(path)? {
        Target::Replace => replace_private_with(path, fill),
        Target::InPlace(found) => write_in_place(path, &found, fill),
    }
}

/// Writes a whole file privately, always through a temporary file renamed over `path`, whatever
/// is there (but a folder): for folders kith fills itself, where nothing is written through.
pub fn replace_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_private_with(path, |out| out.write_all(bytes))
}

fn replace_private_with<E: From<io::Error>>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".kith-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    {
        let mut buffered = io::BufWriter::with_capacity(1 << 16, file.as_file_mut());
        fill(&mut buffered)?;
        buffered.flush()?;
    }
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
            is_a_folder()
        } else {
            e.error
        }
    })?;
    Ok(sync_folder(folder)?)
}

/// Makes a rename in `folder` durable. Some file systems cannot sync a folder; that is no error.
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    match File::open(folder).and_then(|f| f.sync_all()) {
        Err(e) if e.kind() != ErrorKind::InvalidInput && e.raw_os_error() != Some(22) => {
            return Err(e);
        }
        _ => {}
    }
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

fn write_in_place<E: From<io::Error>>(
    path: &Path,
    found: &Metadata,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    use std::io::IsTerminal;
    // Appending: a FIFO or a device does not mind, and a file the shell opened for kith
    // (`> out`, `>> log`) keeps what the shell meant.
    let mut file = OpenOptions::new().append(true).open(path)?;
    let opened = file.metadata()?;
    if opened.is_file() && !names_own_descriptor(path) || !same_file(found, &opened) {
        return Err(io::Error::other(crate::say!(
            "files-changed-while-writing",
            path = path.display().to_string()
        ))
        .into());
    }
    if file.is_terminal() {
        let mut bytes = Vec::new();
        fill(&mut bytes)?;
        let text = String::from_utf8_lossy(&bytes);
        file.write_all(crate::domain::text::display_safe(&text).as_bytes())?;
    } else {
        let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut file);
        fill(&mut buffered)?;
        buffered.flush()?;
    }
    file.flush()?;
    // A pipe, a terminal or a device cannot be synced; only a regular file is.
    if opened.is_file() {
        file.sync_all()?;
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    true
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_or_existing_file_is_replaced_whole_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_private(&path, b"first").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(mode(&path), 0o600, "a replaced file is private too");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_link_at_the_target_is_replaced_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep me").unwrap();
        let path = dir.path().join("out.csv");
        symlink(&victim, &path).unwrap();
        write_private(&path, b"export").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert!(std::fs::symlink_metadata(&path).unwrap().is_file());
        assert_eq!(std::fs::read(&path).unwrap(), b"export");
    }

    #[test]
    fn a_folder_is_an_error_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_private(dir.path(), b"x").unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
        let link = dir.path().join("link");
        symlink(dir.path(), &link).unwrap();
        let err = write_private(&link, b"x").unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    }

    #[test]
    fn a_device_or_fifo_is_written_in_place_never_replaced() {
        // Only looked at, never written: were this wrong, a test run as root would replace the
        // machine's /dev/null.
        let null = target(Path::new("/dev/null")).unwrap();
        assert!(
            matches!(&null, Target::InPlace(m) if m.file_type().is_char_device()),
            "{null:?}"
        );

        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        write_private(&fifo, b"through the pipe").unwrap();
        // Checked before waiting on the reader, which a replaced FIFO would leave waiting.
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the FIFO is still a FIFO");
        assert_eq!(reader.join().unwrap(), b"through the pipe");
    }

    #[test]
    fn own_descriptors_are_written_through() {
        assert!(names_own_descriptor(Path::new("/dev/stdout")));
        assert!(names_own_descriptor(Path::new("/dev/fd/3")));
        assert!(names_own_descriptor(Path::new("/proc/self/fd/1")));
        assert!(!names_own_descriptor(Path::new("/tmp/dev/stdout")));
    }
}
