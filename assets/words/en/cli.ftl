### What the command line says: results, confirmations, tables, warnings and errors. Ids begin
### with the command they belong to (cli- for what several commands say). Data (names, paths,
### notes, numbers) comes in as arguments; padding and alignment stay in the code, which is why
### no message here begins or ends with a space.

## Said by kith itself and by several commands
cli-error = kith: { $error }
cli-busy-unchanged = kith: nothing was changed; run it again, or wait longer with --wait SECS
cli-no-home = cannot find a home directory: pass --db PATH or set KITH_DB
cli-wait-seconds = --wait takes a number of seconds, such as 10 or 0.5
cli-migrating = Updating the notebook: indexing notes, { $percent }% of { $total }
cli-skipped = kith: skipped { $record }
cli-damage-skipped = { $count ->
    [one] { $count } damaged record was
   *[other] { $count } damaged records were
} skipped (named above): run `kith check`
cli-contact-by-id = contact { $id }
cli-never = never
cli-ago = { $days ->
    [0] today
    [one] { $days } day ago
   *[other] { $days } days ago
}

## The contact table (list, search)
cli-no-contacts = No contacts.
cli-table-id = ID
cli-table-name = NAME
cli-table-kind = KIND
cli-table-company = COMPANY
cli-table-last-contact = LAST CONTACT

## add, edit (edit takes add's options), archive, unarchive
add-added = Added { $name } (id { $id })
add-not-days = '{ $value }' is not a valid number of days
add-not-grade = '{ $value }' is not a valid grade from 1 to 10
add-bad-birthday = birthday { $problem }
edit-updated = Updated { $name } (id { $id })
archive-archived = Archived { $name } (id { $id })
archive-no-reason = say why the contact is archived with --reason
archive-already = { $name } is already archived
unarchive-restored = Restored { $name } (id { $id })
unarchive-not-archived = { $name } is not archived

## show: the heading, the fields (each label with its colon), the follow-ups and the timeline
show-heading = { $name }  (id { $id }, { $kind })
show-archived = ARCHIVED { $date }: { $reason }
show-company = Company:
show-title = Title:
show-email = Email:
show-phone = Phone:
show-tags = Tags:
show-birthday = Birthday:
show-occasions = Occasions:
show-occasion = { $label } { $date }
show-interests = Interests:
show-how-we-met = How we met:
show-referred-by = Referred by:
show-grade = Grade:
show-grade-value = { $grade }/10
show-last-contacted = Last contacted:
show-last-contacted-ago = { $date } ({ $ago })
show-keep-in-touch = Keep in touch:
show-every = every { $cadence ->
    [one] { $cadence } day
   *[other] { $cadence } days
}
show-every-overdue = every { $cadence ->
    [one] { $cadence } day
   *[other] { $cadence } days
}, overdue by { $days }
show-lifetime-value = Lifetime value:
show-promises-kept = Promises kept:
show-on-time = { $percent }% on time
show-profile = Profile
show-followups = Follow-ups
# The mark is a space (open), x (done) or - (dropped); id and direction come padded.
show-followup = [{ $mark }] { $id }  due { $due }  { $direction }  { $text }
show-timeline = Timeline
show-nothing-logged = nothing logged yet
# The amount comes with two spaces before it, or empty.
show-interaction = { $at }  { $channel }{ $amount }  (id { $id })

## duplicates, merge
duplicates-none = No likely duplicates.
duplicates-pair = { $first } (id { $first_id }) and { $second } (id { $second_id }): { $reasons }
duplicates-crowded = kith: { $what }: too many to pair off
merge-merged = Merged { $absorbed } (id { $absorbed_id }) into { $kept } (id { $kept_id }): moved { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
}, { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
}, { $referrals ->
    [one] { $referrals } referral
   *[other] { $referrals } referrals
}{ $draft ->
    [yes] {" "}and an unsaved note
   *[no] {""}
}

## log
log-nothing = nothing to log: give the note as TEXT or on standard input
log-logged = Logged { $channel } with { $name } on { $at } (interaction { $id })
log-captured = { $direction } due { $due }: { $text } (follow-up { $id })
log-unreadable = kith: warning: the note was saved, but its { $problem }
log-type-the-note = Type the note, then Ctrl-D on a new line:
log-cannot-read = cannot read the note: { $error }

## followup, due, done, snooze, drop
followup-how = write the follow-up as "WHEN: WHAT", e.g. "fri: send the quote"
followup-added = { $direction ->
    [request] Waiting on
    [reminder] Reminder for
   *[promise] Promised
} { $name } due { $due }: { $text } (follow-up { $id })
due-review-for = Review for { $date }
due-section = { $title } ({ $count })
due-section-empty = —
due-quiet-for = { $days } days
due-item-what = { $direction }: { $what }
due-more = … and { $count } more
done-done = Done: { $text } (follow-up { $id })
snooze-snoozed = Snoozed to { $due }: { $text } (follow-up { $id })
drop-dropped = Dropped: { $text } (follow-up { $id })

## search
search-more = … and { $count } more (--limit)
search-none-try-notes = kith: no contact matches; kith search --notes (or a query starting with #) searches what notes say
search-none-try-contacts = kith: no note matches; without --notes and #, kith search looks in contacts
search-no-notes = No notes match.
search-more-notes = … and more (--limit)

## export
export-wrote = Wrote { $what } to { $path }
export-wrote-cards = Wrote { $count ->
    [one] { $count } card
   *[other] { $count } cards
} to { $dir }
export-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
export-calendar = the calendar
export-backup = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
}
export-cannot-write = cannot write { $path }: { $error }
export-csv-failed = cannot write CSV: { $error }
export-strict = nothing was exported: { $count ->
    [one] { $count } damaged record
   *[other] { $count } damaged records
} (--strict); run `kith check`
export-not-a-folder = { $path } is not a folder
export-cannot-make = cannot make { $path }: { $error }
export-and-more = and { $count } more
export-folder-in-the-way = nothing was exported: a folder stands where a card goes: { $paths }
export-foreign = nothing was exported: { $count ->
    [one] { $count } file in { $dir } was not written by kith for the same contact: { $paths }; move it or add --force to replace it
   *[other] { $count } files in { $dir } were not written by kith for the same contact: { $paths }; move them or add --force to replace them
}
export-read-differently = the notebook read differently the second time; nothing more was written

## import
import-unknown-encoding = '{ $name }' is not an encoding kith knows (e.g. utf-8, windows-1252, shift_jis, utf-16le)

## check
check-damaged = the notebook is damaged (see the report)
check-notebook = Notebook { $path }
check-file = File: { $state }
check-file-clean = every page passes its checksum
check-file-repaired = damage found and repaired by redb
check-file-repairable = the latest commit's pages fail their checksums; `kith check --repair` lets redb go back to the commit before (the latest change is lost)
check-file-damaged = damaged beyond redb's repair: { $why }
check-file-not-run = not run: { $why }
check-tables = Tables:
check-table-damaged = { $count } damaged
check-table-unreadable = not readable to its end
check-damaged-records = Damaged records ({ $count }):
check-damaged-record = { $table }, key { $key }: { $reason }
check-rebuilt = Rebuilt ({ $count }):
check-indexes-disagree = Indexes that disagree with their records ({ $count }):
check-index-problem = { $index }: { $missing } missing, { $wrong } wrong, { $extra } extra rows; e.g. { $example }
check-not-repaired = Not repaired: { $why }
check-sound = The notebook is sound.
check-run-repair = Run `kith check --repair` to rebuild the indexes from the records.
check-cannot-repair =
    redb cannot repair this file. Save what is readable and start a fresh notebook from it:
      kith export --format json -o rescue.json
      kith --db NEW.redb import rescue.json
check-export-the-rest = Damaged records cannot be rebuilt: `kith export --format json` saves everything else; take the damaged ones from a backup.

## demo
demo-not-empty = the notebook at { $path } already has { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}; the demo only fills an empty notebook (try it beside yours with --db kith-demo.redb)
demo-filled = Filled { $path } with { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} in { $seconds } s
