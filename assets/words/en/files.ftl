# What reading and writing files says: an import's notes and errors, its report, why a card or a
# row is damaged, what a backup refuses, and the words an export writes into its files.
# `path` and `file` are a file's name, `line` a line number in it; what the file said is an argument.

## Why an import stopped (interop/files/error.rs)
import-cannot-read = cannot read { $path }: { $error }
import-not-a-format = { $path }: kith imports vCard (.vcf) and CSV (.csv) files, folders of .vcf files and its own JSON backups; this is none of them
import-no-card-files = { $path }: no .vcf file in this folder
import-csv-unreadable = { $path }: { $why }; nothing was imported
import-not-imported = { $path }: { $why }; nothing was imported
import-folder-not-imported = { $path } ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}): { $why }; nothing was imported
import-not-restored = { $why }; nothing was restored
import-restore-not-taken-back = { $why }; part of it was written and could not be taken back ({ $undo }): run the import again, which takes it back first
# A damaged card, named with its file.
import-damage-in-file = { $file }: { $damage }
import-refused-for-damage = { $first }; nothing was imported (--skip-bad imports the cards that read and lists the others)
# `others` lists up to five more damaged cards.
import-refused-for-damages = { $first } (and { $more } more: { $others }); nothing was imported (--skip-bad imports the cards that read and lists the others)

## What reading a file noticed and worked around (interop/notes.rs)
vcard-line-not-utf8 = line { $line }: not UTF-8, read as { $read_as }
vcard-empty-card = line { $line }: an empty card was passed over
csv-unknown-columns = columns kith does not keep: { $columns }
csv-headings-in = headings in { $language }, read as Thunderbird's
csv-read-as = read as { $encoding }
csv-read-as-shift-jis = read as Shift_JIS (use --encoding to say otherwise)
csv-read-as-windows-1252 = not UTF-8: read as windows-1252 (use --encoding to say otherwise)
import-named-after = the { $what ->
        [row] row
       *[card] card
    } at line { $line } has no name: named after its { $from ->
        [organisation] organisation
        [email] email
        [phone] phone
       *[line] line in the file
    }
vcard-property-renamed = line { $line }: the property name { $was } is written { $written } (letters, digits and - only)
import-birthday-in-words = a birthday in words was kept as written: { $text }
import-birthday-as-written = a birthday kith could not read as a date was kept as written: { $text }
vcard-unterminated = the card at line { $line } is not closed by END:VCARD; read up to the end of the file
# `column` is the CSV column's heading in lower case (birthday, anniversary).
csv-date-kept = a { $column } kith could not read was kept as it was

## What an import says about one card (interop/import/mod.rs)
import-matched-by-uid = the same UID
import-matched-by-email = the same email, { $email }
import-matched-by-name = the same name
import-matched-by-earlier-card = the card at line { $line } of the same file
# `note` is one of the notes above, about the card of `contact` (its name as imported).
import-card-note = { $contact }: { $note }
import-card-note-in-file = { $contact }: { $file }: { $note }
import-shared-uid-merged = { $contact }: the card at line { $line } has the UID of the card at line { $first_line }, and the same name: merged
import-shared-uid-kept-apart = { $contact }: the card at line { $line } has the UID of the card at line { $first_line } ({ $first }), another name: kept apart, with a UID of its own

## How far an import has got, for the screen (interop/import, interop/files)
import-matching-cards = matching cards: { $done } of { $total }
import-saving = saving { $new } new and { $merged } merged contacts

## A kith backup that is refused (interop/backup): `what` says where in the backup
backup-not-a-backup = this is not a kith backup (format '{ $format }')
backup-newer-version = this backup is version { $version }; this kith reads version { $supported } and older
backup-expecting-a-backup = a kith backup
# `section` is the backup's JSON key (contacts, interactions, followups, drafts).
backup-expecting-a-list = a list of { $section }
backup-referrer-missing = contact { $contact } is referred by contact { $referrer }, which is not in the backup
backup-no-such-contact = no contact has id { $id }
backup-not-a-date-time = { $what }: '{ $value }' is not a date-time like 2026-11-22T09:30:00
backup-not-a-date = { $what }: '{ $value }' is not a date
backup-not-a-time = { $what }: '{ $value }' is not HH:MM
backup-bad-date = { $what } { $problem }
backup-bad-state = { $what }: '{ $state }' with closed_at { $closed_at } is not open, done or dropped
# Where in the backup: `field` is the JSON key, or an occasion's label.
backup-contact-field = contact { $id } { $field }
backup-note-at = interaction { $id } at
backup-followup-field = follow-up { $id } { $field }
backup-draft-saved-at = draft saved_at
backup-notebook-unreadable = the notebook could not be read
import-cards-read = { $path }: { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} read
import-reading-files = reading { $files ->
    [one] { $files } file
   *[other] { $files } files
}

## Why a vCard could not be read (interop/vcard)
# A damaged card: the line it starts at, then one of the reasons below.
vcard-damage = line { $line }: { $reason }
vcard-no-card = no vCard in the file
vcard-not-part-of-a-card = not part of any card: { $text }
vcard-not-closed-before = this card is not closed by END:VCARD before line { $line }
vcard-end-closes-no-card = END:VCARD closes no card
vcard-too-large = the card's properties take { $size } MiB, more than the { $most } MiB kith keeps for one contact
vcard-not-a-line = not a vCard line: { $text }
vcard-card-unreadable = the card does not read: { $what }
vcard-no-colon = not a vCard property (no ':'): { $text }
vcard-bad-property-name = '{ $name }' is not a property name
# The name a card gets when it has nothing to be known by.
vcard-unnamed-card = Unnamed card (line { $line })

## Why a CSV file could not be read (interop/csv)
csv-header-unreadable = the header row does not read: { $error }
csv-no-name-column = no name, email or phone column: kith reads the CSV that Google Contacts, Outlook and Thunderbird export
csv-line-unreadable = line { $line }: { $error }

## Restoring a backup (interop/files/restore.rs)
backup-refused = { $path }: { $why }
backup-not-json = { $path }: not a kith JSON backup: { $why }
backup-checking = checking { $path }
backup-restored-so-far = restored { $written } of { $total } records

## What `kith import` prints (cli/import_report.rs); `path` is shown with its file count for a folder
import-report-file-note = { $file }: { $note }
import-report-folder = { $path } ({ $files ->
    [one] { $files } file
   *[other] { $files } files
})
import-report-created = { $path }: created { $created }, merged { $merged }, left { $unchanged } unchanged
import-report-would-create = { $path }: would create { $created }, merged { $merged }, left { $unchanged } unchanged
import-report-matched-by = { $name } (matched by { $matched_by })
import-report-note = note: { $note }
import-report-skipped = skipped: { $damage }
import-report-records = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
}, { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} and { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
}
import-report-restored = Restored { $records } from { $path }
import-report-would-restore = Would restore { $records } from { $path }
import-report-notebook-not-empty = but the notebook is not empty ({ $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}): a backup is restored only into an empty one

## Words an export writes into its files (interop/ics.rs): a follow-up's to-do, a yearly event
export-ics-promise = Promise: { $text } (promised to { $who })
export-ics-request = Waiting on: { $text } (from { $who })
export-ics-reminder = Reminder: { $text } ({ $who })
export-ics-birthday = Birthday: { $name }
export-ics-occasion = { $label }: { $name }

## The screen's status line after an import (tui/parts/questions/update.rs): `said` is what was
## noticed and done, joined by "; "; a backup says import-summary-restored
import-summary = Imported { $path }: { $said }
import-summary-not-utf8 = not UTF-8, read as { $read_as }
import-summary-empty-card = an empty card was passed over
import-summary-restored = restored { $records }
import-summary-cards = created { $created }, merged { $merged }, left { $unchanged } unchanged
