//! `kith export --format vcard --dir DIR`: one card per contact in a folder, a vdir as khard
//! and vdirsyncer read it (see `interop::vdir` for the names and what kith replaces).

use super::{ExportArgs, each_contact, refuse_if_strict};
use crate::cli::{Skips, output};
use crate::domain::ContactId;
use crate::say;
use crate::store::{Skipped, Snapshot};

/// One card per contact in `dir` (see `interop::vdir` for the names and what kith replaces);
/// the number written. A first walk finds each contact's file name, the damaged records, and
/// the files kith did not write, any of which stops the export before anything is written
/// (those unless `force`); the second writes the cards one at a time.
pub(super) fn write_vdir(
    snapshot: &Snapshot,
    dir: &std::path::Path,
    args: &ExportArgs,
    skipped: &mut Vec<Skipped>,
    skips: &mut Skips,
) -> anyhow::Result<usize> {
    use crate::interop::vdir;
    let mut uids: Vec<(ContactId, String)> = Vec::new();
    each_contact(
        snapshot,
        |c| {
            uids.push((c.id, vdir::uid(&c)));
            Ok(())
        },
        &mut |s| skipped.push(s),
    )?;
    refuse_if_strict(args.strict, skipped, skips)?;
    let shown = |p: &std::path::Path| output::line(&p.display().to_string());
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        anyhow::bail!(say!("export-not-a-folder", path = shown(dir)));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        anyhow::anyhow!(say!(
            "export-cannot-make",
            path = shown(dir),
            error = e.to_string()
        ))
    })?;
    let (mut folders, mut foreign) = (Vec::new(), Vec::new());
    let files: Vec<(ContactId, std::path::PathBuf)> = vdir::names_for(&uids)
        .into_iter()
        .zip(&uids)
        .map(|(name, (id, uid))| {
            let path = dir.join(&name);
            debug_assert_eq!(path.parent(), Some(dir), "{name} stays in the folder");
            match vdir::in_the_way(&path, uid) {
                Some(vdir::InTheWay::Folder) => folders.push(path.clone()),
                Some(vdir::InTheWay::Foreign) => foreign.push(path.clone()),
                None => {}
            }
            (*id, path)
        })
        .collect();
    drop(uids);
    let listed = |paths: &[std::path::PathBuf]| {
        let mut names: Vec<String> = paths.iter().take(5).map(|p| shown(p)).collect();
        if paths.len() > 5 {
            names.push(say!("export-and-more", count = paths.len() - 5));
        }
        names.join(", ")
    };
    if !folders.is_empty() {
        anyhow::bail!(say!("export-folder-in-the-way", paths = listed(&folders)));
    }
    if !foreign.is_empty() && !args.force {
        anyhow::bail!(say!(
            "export-foreign",
            count = foreign.len(),
            dir = shown(dir),
            paths = listed(&foreign)
        ));
    }
    let version = args.vcard_version();
    let mut files = files.iter();
    let (mut card, mut written) = (String::new(), 0);
    each_contact(
        snapshot,
        |c| {
            // The same snapshot, walked the same way: the same contacts in the same order.
            let Some((_, path)) = files.next().filter(|(id, _)| *id == c.id) else {
                anyhow::bail!(say!("export-read-differently"));
            };
            card.clear();
            crate::interop::vcard::write_card(&mut card, &c, version);
            // Always a new file renamed into place: nothing in the folder is written through.
            crate::files::replace_private(path, card.as_bytes()).map_err(|e| {
                let (path, error) = (shown(path), e.to_string());
                anyhow::anyhow!(say!("export-cannot-write", path = path, error = error))
            })?;
            written += 1;
            Ok(())
        },
        &mut |_| {},
    )?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use crate::say;

    #[test]
    fn files_in_the_way_are_counted_in_words() {
        let foreign = |count: usize| say!("export-foreign", count = count, dir = "d", paths = "p");
        assert_eq!(
            foreign(1),
            "nothing was exported: 1 file in d was not written by kith for the same contact: p; \
             move it or add --force to replace it"
        );
        assert_eq!(
            foreign(2),
            "nothing was exported: 2 files in d were not written by kith for the same contact: p; \
             move them or add --force to replace them"
        );
        assert_eq!(say!("export-and-more", count = 3), "and 3 more");
        assert_eq!(
            say!("export-strict", count = 1),
            "nothing was exported: 1 damaged record (--strict); run `kith check`"
        );
        assert_eq!(
            say!("export-strict", count = 7),
            "nothing was exported: 7 damaged records (--strict); run `kith check`"
        );
    }
}
