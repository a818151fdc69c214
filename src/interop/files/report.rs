//! What importing one path did, or would do (`--dry-run`), as data: the command line prints it
//! (`cli/import_report.rs`), the screen sums it up in its status bar. Text from the files
//! (names, columns, reasons) is kept as read; whoever shows it makes it inert.

use crate::interop::import::CardsImported;
use crate::interop::notes::FileNote;
use crate::interop::vcard::lines::Damage;
use std::path::PathBuf;

/// What importing one path did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// The path as it was given: a file or a folder.
    pub path: PathBuf,
    /// Nothing was changed: the report says what would be done.
    pub dry_run: bool,
    pub imported: Imported,
}

/// What was imported: cards, or a whole backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Cards from a vCard file, a CSV file or a folder of vCard files.
    Cards(CardsReport),
    /// A kith JSON backup, restored into an empty notebook.
    Backup(BackupReport),
}

/// Cards read from a file or a folder, and what they did to the notebook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardsReport {
    pub source: Source,
    /// Every file read, in order, with what was noticed about it as a whole.
    pub files: Vec<FileRead>,
    /// What the cards did: contacts created, merged and left as they were, and what was said
    /// about single cards.
    pub cards: CardsImported,
    /// Damaged cards left out (`--skip-bad`), in file order.
    pub skipped: Vec<Skipped>,
}

/// What kind of path the cards came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A vCard file (.vcf).
    VCard,
    /// A CSV file, its fields separated by `delimiter` (comma, semicolon or tab).
    Csv { delimiter: u8 },
    /// A folder of vCard files (a vdir), read as one import.
    VCardFolder,
}

/// One file read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRead {
    pub path: PathBuf,
    /// The cards (or rows) read from it.
    pub cards: usize,
    /// What was read leniently about the file as a whole: its encoding, columns no field
    /// takes, empty cards.
    pub notes: Vec<FileNote>,
}

/// A damaged card left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file it is in, when the import read a folder.
    pub file: Option<PathBuf>,
    /// Its line and what is wrong with it.
    pub damage: Damage,
}

/// A backup's records: restored, or (on a dry run) checked and ready to restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub contacts: u64,
    pub interactions: u64,
    pub followups: u64,
    pub drafts: u64,
    /// Invoices and bills (a backup without any says its records as it always did).
    pub invoices: u64,
    /// On a dry run, the contacts already in the notebook when there are any: a backup is
    /// restored only into an empty notebook, so the restore would be refused.
    pub notebook_not_empty: Option<u64>,
}

impl BackupReport {
    /// Its records in words ("3 contacts, 12 interactions, …"), as the report and the screen
    /// say them.
    pub fn records(&self) -> String {
        if self.invoices > 0 {
            return crate::say!(
                "owed2-records",
                contacts = self.contacts,
                interactions = self.interactions,
                followups = self.followups,
                drafts = self.drafts,
                invoices = self.invoices
            );
        }
        crate::say!(
            "import-report-records",
            contacts = self.contacts,
            interactions = self.interactions,
            followups = self.followups,
            drafts = self.drafts
        )
    }
}
