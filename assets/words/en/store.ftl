# What the notebook file says: opening it, its versions, a busy or damaged file, the disk under
# it, records it cannot find, and the wording of `kith check`, `--repair` and a restore.
# `path` is the notebook's path; `table` and `key` name where a damaged record sits.

## Opening the notebook (store/error.rs)
store-already-open = { $path } is open in a program that keeps it to itself (an older kith?); close that first
store-not-a-notebook = { $path } is not a kith notebook or is damaged: { $reason }
store-newer-schema = { $path } was written by a newer kith (notebook schema { $found }; this kith reads schema { $supported } and older): update kith to open it
store-older-schema = { $path } was written by an older kith (notebook schema { $found }): open it once with `kith` or any command that writes to bring it up to date
store-missing = there is no notebook at { $path } yet: `kith add NAME` or `kith` creates it
store-needs-recovery = { $path } was not closed cleanly (kith or the machine stopped while writing): the next command that writes, or opening `kith`, repairs it
store-not-writable = { $path } can only be read here (no permission to write it, or a read-only disk): commands that only read it work
store-cannot-open = cannot open { $path }
store-opened-read-only = the notebook is open for reading only
# `seconds` as the time waited, e.g. 10 or 0.5.
store-busy = another kith process kept the notebook busy for { $seconds } s
store-storage = storage error: { $why }
store-damaged-file = the notebook file is damaged ({ $why }): run `kith check`

## Records (store/error.rs): `what` is contact, interaction or follow-up
store-damaged-record = damaged record in { $table }, key { $key }: { $reason }
store-not-found = no { $what } has id { $id }
store-index-names-a-missing-record = an index names it, but the record is missing
store-unknown-contact = no contact matches '{ $query }'
# `list` is the matching contacts, one a line: id and name.
store-ambiguous =
    '{ $query }' matches { $count } contacts:
    { $list }
    name one of them by its id
# A contact in that list, with the company that tells it apart.
store-candidate-at-company = { $name } ({ $company })

## The disk under the notebook (store/error.rs)
store-disk-full = disk full
store-disk-read-only = the notebook's disk is read-only
store-disk-size-limit = the notebook file reached the size limit
store-disk-file-gone = the notebook file was moved or deleted while kith had it open
store-disk-closed = the notebook is closed after an I/O error
store-disk-other = I/O error ({ $error })
# Where a table stopped being readable: the key after which it stopped, or the first.
store-key-after = after { $key }
store-key-first = first
store-rest-unreadable = the rest of the table cannot be read: { $why }
store-record-off-its-key = the record does not match its key: { $what }
store-record-says-id = it says id { $id }
store-note-says = it says id { $id }, contact { $contact }, at { $at }
store-contact-page-unreadable = its page cannot be read: { $why }
store-key-names-a-missing-note = it points at a missing interaction
store-value-empty = the value is empty
store-record-version-unknown = record version { $found } is unknown (this kith writes version { $expected })
store-value-too-large = the value is larger than the { $limit }-byte limit
store-value-malformed = the value does not decode: { $why }
# A note-index chunk that does not decode.
store-chunk-id-too-long = an id is too long
store-chunk-cut-short = the last id is cut short

## A file that is not a notebook (store/open.rs, store/schema.rs)
store-is-a-folder = it is a folder
store-foreign-redb = it is a redb database of another program
store-foreign-redb-tables = it is a redb database of another program (tables: { $tables })

## A page redb could not read (store/contain.rs)
store-page-unreadable = a page could not be read
store-redb-stopped = redb stopped: { $why }
store-redb-stopped-at = redb stopped: { $why } at { $file }:{ $line }
store-redb-stopped-on-a-page = redb stopped on a page it could not read

## A contact that stands in for an unreadable one (store/dump.rs)
store-stand-in-name = Unreadable contact { $id }
store-stand-in-profile = kith could not read this contact from a damaged notebook; the notes and follow-ups that belong to it were kept under this name.

## Changes the store refuses (store/write.rs, store/write/merge.rs)
store-followup-cannot-move = a follow-up cannot move to another contact
store-merge-into-itself = a contact cannot be merged into itself

## `kith check` and `--repair`: what an index problem shows, what was not repaired
check-row-missing = missing { $row }
check-row-wrong = wrong value at { $row }
check-row-extra = no record calls for { $row }
check-next-id-low = next id { $next } is not above the highest id in use ({ $highest })
check-next-id-raised = next id { $was } raised to { $now }
check-chunk-unreadable = a chunk does not decode: { $chunk }
check-cannot-copy = cannot copy the notebook to check it: { $error }
check-source-unreadable = { $index }: { $source } cannot be read to its end, so the index cannot be rebuilt from it; restore the notebook from a backup
store-cannot-repair = no index was rebuilt: redb cannot repair the file, so nothing can be written to it; restore the notebook from a backup, or export what is readable

## Restoring a backup into the notebook (store/restore.rs, store/write/restore.rs)
restore-not-empty = a backup is restored only into an empty notebook
# `what` is contact, interaction or follow-up.
backup-no-id = a { $what } in the backup has no id
backup-shared-id = two { $what ->
        [contact] contacts
        [interaction] interactions
        [follow-up] follow-ups
       *[other] { $what }s
    } in the backup share id { $id }
backup-draft-without-contact = a draft belongs to contact { $contact }, which is not in the backup
