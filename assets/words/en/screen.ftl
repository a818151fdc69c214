# The notebook screen (src/tui/): what each pane, overlay and message says.
#
# Spacing around a message (the blank before a title, the padding after a label) is kept by
# the code, not here. Key names ($key and the like) are arguments: they name keys and are not
# translated; what a key does is.

## The status bar: the counts on the right, and what the screen says about itself.

status-overdue = { $count } overdue
status-today = { $count } today
status-read-only = read-only
status-read-only-refused = this notebook is open for reading only: look and search, no changes
status-unwritable = { $problem }: note not saved, { $kept }
status-copy-in = copy in { $path }
status-no-copy = no copy anywhere yet
status-counts-failed = could not count what is due: { $error }

## How long ago, in at most four columns (the list and the header).

time-today = today
time-days = { $days }d
time-years = { $years }y

## The contact list.

list-title = Contacts ({ $total })
list-title-filtered = Contacts { $shown }/{ $total }
list-title-notes = Notes { $count }
list-title-notes-more = Notes { $count }+
list-kind-customer = cust
list-kind-prospect = pros
list-kind-employee = empl
list-kind-partner = part
list-kind-supplier = supp
list-kind-other = othr
list-gone = { $name } is no longer in the list: another kith archived or removed it
list-gone-selected = The selected contact is no longer in the list: another kith archived or removed it
list-unreadable = could not read the contact list: { $error }
list-row-unreadable = ⚠ unreadable contact { $id }: { $error }

## The contact header.

header-grade = grade { $grade }/10
header-tags = tags
header-birthday = birthday
header-birthday-today = today!
header-birthday-in = in { $days }d
header-last = last
header-never = never
header-every = every
header-cadence = { $days }d
header-cadence-over = every { $cadence }d: { $days }d over
header-value = value
header-promises = promises
header-promises-open = { $open } open
header-promises-open-kept = { $open } open, { $percent }% kept on time
header-next = next
header-archived = archived { $date }: { $reason }

## The timeline, the whole-note reader, and the welcome of an empty notebook.

timeline-title = Timeline ({ $count })
timeline-empty = Nothing logged yet. Press { $key } to write the first note.
timeline-amount = Amount: { $amount }
timeline-damaged = { $count ->
    [one] { $count } record of this contact could not be read
   *[other] { $count } records of this contact could not be read
}
timeline-deleted = Interaction deleted
timeline-delete-failed = could not delete: { $error }
timeline-welcome = Welcome to kith, your relationship notebook.
timeline-welcome-add = Press { $key } to add your first contact,
timeline-welcome-shell = or from a shell:
timeline-welcome-import = To bring in contacts from your phone:
timeline-welcome-demo = To try kith on a sample notebook:
timeline-welcome-keys = { $help } shows every key, { $quit } quits.

## The notes editor, and what becomes of its text when the notebook does not take it.

editor-title = New note · { $name }
editor-channel = Channel
editor-channel-hint = { $key } changes it
editor-when = When
editor-amount = Amount
editor-amount-hint = for purchases, e.g. 120.50 EUR
editor-note = Note
editor-hint = Type what was said. { $save } saves, { $leave } keeps it as a draft.
editor-no-contact = add a contact first ({ $key })
editor-open-failed = could not open the editor: { $error }
editor-resumed = Resumed your unsaved draft from { $at }
editor-saved = { $count ->
    [0] Note saved
    [one] Note saved with { $count } follow-up
   *[other] Note saved with { $count } follow-ups
}
editor-saved-but = Note saved, but its { $problem }
editor-save-failed = could not save the note ({ $error }); your text is still here
editor-busy = Another kith is writing to the notebook: the note is still here and is saved as soon as it finishes
editor-writable-again = The notebook takes writes again: your draft is kept
editor-refused-copy = { $problem }: the note is still here, not saved; a copy is in { $path }
editor-refused-nowhere = { $problem }: the note is still here and nowhere else; kith keeps trying
editor-not-saved = { $problem }: the note is still here, not saved
editor-stays-open = { $problem }: the note could not be kept anywhere, so the editor stays open
editor-draft-kept = Draft kept: press { $key } on this contact to go on
editor-draft-failed = could not keep the draft ({ $error })
editor-draft-not-cleared = { $problem }: could not clear the old draft

## The review (r).

review-title = Review · { $date }
review-nothing = nothing
review-more = … and { $count } more
review-silent = { $days }d silent
review-unreadable = could not read the review: { $error }
review-not-listed = that contact is not in the list
review-not-a-followup = only follow-ups can be done, snoozed or dropped; { $key } logs a note instead
review-done = Done: { $what }
review-dropped = Dropped: { $what }
review-snoozed = Snoozed to { $date }: { $what }
review-change-failed = could not change the follow-up: { $error }

## Search (/).

search-no-match-try-notes = no match · # searches notes
search-no-match-try-contacts = no match · without #, contacts
search-archived = that contact is archived; kith show lists its notes
search-unnamed = contact { $id }
search-notes-failed = could not search notes: { $error }
search-contacts-failed = could not read the contacts: { $error }
search-failed = could not search: { $error }

## The help overlay (?) and its sections, which the README's key table shares.

help-title = Keys — { $key } closes
help-section-everywhere = Everywhere
help-section-browse = Contacts and timeline
help-section-reading = Reading a note
help-section-writing = Notes editor and forms
help-section-questions = Questions
help-section-search = Search
help-section-review = Review
help-section-help = Help

## The forms: add or edit a contact, a new follow-up (f).

form-name = Name
form-company = Company
form-title = Title
form-kind = Kind
form-emails = Emails
form-phones = Phones
form-tags = Tags
form-birthday = Birthday
form-cadence = Every (days)
form-hint-labeled = comma-separated; label:value for a label
form-hint-tags = comma-separated
form-hint-birthday = MM-DD or YYYY-MM-DD
form-hint-cadence = keep in touch every N days
form-hint-kind = { $key } or { $arrows } to change
form-title-add = Add contact
form-title-edit = Edit contact
form-edit-none = select a contact to edit
form-contact-added = Contact added
form-contact-saved = Contact saved
form-contact-failed = could not save the contact: { $error }
form-nothing-changed = Nothing changed
form-followup-title = Follow-up · { $name }
form-followup-what = What
form-followup-when = When
form-followup-when-hint = tomorrow, fri, next monday, in 3 days, 2026-12-01, 12-01…
form-followup-not-a-date = ✗ not a date kith can read
form-followup-who = Who
form-followup-promise = promise: I owe them
form-followup-request = request: they owe me
form-followup-reminder = reminder
form-followup-none = select a contact first
form-followup-what-missing = say what is due
form-followup-added = Follow-up added, due { $date }
form-followup-failed = could not add the follow-up: { $error }

## Questions asked before the screen acts, and what follows the answer.

question-cancel = cancel
question-quit-title = Quit without saving?
question-quit-not-saved = The note is not in the notebook ({ $problem }).
question-quit-copy = A copy is in { $path }
question-quit-no-copy = No copy could be written anywhere: quitting loses it.
question-quit-yes = quit
question-quit-no = stay and keep writing
question-import-title = Import contacts
question-import-what = A .vcf or .csv file, a folder of .vcf files, or a kith backup:
question-import-path = Path:
question-import-yes = import
question-import-no-path = type the path of a .vcf, .csv or backup file, or a folder of .vcf files
question-importing = Importing { $path }…
question-import-progress = Importing: { $step }
question-snooze-title = Snooze to
question-snooze-when = When:
question-snooze-hint = tomorrow, fri, in 3 days, 12-01…
question-snooze-yes = snooze
question-archive-title = Archive contact
question-archive-ask = Archive { $name }? Their history is kept.
question-archive-reason = Reason:
question-archive-yes = archive
question-archive-none = select a contact to archive
question-archive-no-reason = say why the contact is archived
question-archived = Contact archived; `kith list --archived` shows it
question-archive-failed = could not archive: { $error }
question-merge-who-title = Merge into this contact
question-merge-who = Which other record of { $name } is the same person?
question-merge-who-label = Name or id:
question-merge-find = find
question-merge-none = select the contact to keep, then press { $key }
question-merge-no-name = type the name or id of the other record
question-merge-itself = that is the contact itself; name the other record
question-merge-refused = cannot merge: { $error }
question-merge-title = Merge contacts
question-merge-ask = Merge { $absorb } into { $keep }?
question-merge-moving = { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} move; the other record goes.
question-merge-yes = merge
question-merge-no = keep both
question-merged = Merged: { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} moved, the other record removed
question-merge-failed = could not merge: { $error }
question-delete-title = Delete interaction
question-delete-ask = Delete this interaction for good?
question-delete-yes = delete
question-delete-no = keep
question-delete-none = select an interaction to delete

## What the screen says on the terminal as it ends: a quit with a note not kept, or a bug.

exit-note-rescued = kith: the note could not be saved in the notebook ({ $problem }); it is in { $path }
exit-note-lost = kith: the note could not be saved in the notebook ({ $problem }) nor in a rescue file
exit-disk-slow = kith: the disk did not answer in time. { $kept }
exit-close-failed = kith: closing the notebook: { $error }
exit-rescued = Your unsaved note is in { $path }
exit-rescue-failed = Your unsaved note could not be written anywhere: { $error }
exit-crashed = kith { $version } stopped because of a bug: { $what }
exit-crash-safe =
    Your notebook is safe: every saved note and the last kept draft are in it.
    Please report this to the kith project with the message above and what you were doing.
exit-panic-unknown = unknown panic
exit-panic-unnamed = unnamed
exit-panic = { $what } (thread { $thread })
exit-panic-at = { $what } (thread { $thread }, { $place })

## The keys (src/tui/keymap.rs): what each does, in hints, help and the README's key table.

key-next = next
key-previous = previous
key-first = first
key-last = last
key-page-up = page up
key-page-down = page down
key-next-pane = next pane
key-previous-pane = previous pane
key-open-timeline = open timeline
key-read-note = read the whole note
key-back-to-contacts = back to contacts
key-new-note = new note
key-add-contact = add contact
key-edit-contact = edit contact
key-archive-contact = archive contact
key-merge-contact = merge another record of this person into it
key-delete-interaction = delete interaction
key-search = search
key-help = help
key-quit = quit
key-review = review: who needs attention
key-new-followup = new follow-up
key-import = import contacts from a file
key-next-item = next item
key-previous-item = previous item
key-first-item = first item
key-last-item = last item
key-done = done
key-snooze-day = snooze a day
key-snooze-to = snooze to a date
key-drop = drop
key-log-note = log a note for them
key-open-contact = open the contact
key-close-review = close the review
key-scroll-down = scroll down
key-scroll-up = scroll up
key-close = close
key-save = save
key-next-field = next field
key-previous-field = previous field
key-submit-field = next field (saves on the last)
key-next-choice = next choice (channel, kind, whose turn)
key-previous-choice = previous choice
key-change-channel = change channel
key-change-channel-back = change channel, the other way
key-leave-editor = leave (keeps the draft)
key-cancel = cancel
key-yes = yes
key-no = no
key-go-on = go on
key-keep-selection = keep selection
key-next-match = next match
key-previous-match = previous match
key-close-help = close help
key-quit-anywhere = quit (drafts are kept)
# The README's key table: its columns, and where a binding narrower than its section works.
key-table-where = where
key-table-keys = keys
key-table-what = what
key-only-list = (list)
key-only-timeline = (timeline)
key-only-editor = (editor)
key-only-forms = (forms)
key-only-choice = (on a choice field)
