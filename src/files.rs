//! Files kith writes (exports, backups, rescued notes) go through one helper, so none is ever
//! half-written, readable by others, or written through a planted link.

use std::io::Write;
use std::path::Path;

/// Writes a whole file privately: a randomly named temporary file in the same folder (0600,
/// never following a planted symlink), synced, then renamed over the target.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".kith-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
