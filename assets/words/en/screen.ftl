# The notebook screen (src/tui/): what each pane, overlay and message says.
#
# Spacing around a message (the blank before a title, the padding after a label) is kept by
# the code, not here. Key names ($key and the like) are arguments: they name keys and are not
# translated; what a key does is.

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
key-leave-editor = leave (keeps the draft)
key-cancel = cancel
key-yes = yes
key-no = no
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
