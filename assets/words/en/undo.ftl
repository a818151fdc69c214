# The undo history and deleting a contact: what a step is called, why an undo or redo did
# nothing, and what `kith undo`, `kith redo`, `kith delete` and the screen say about them.

## What a step is called ("undo: archive Anita Sharma")
undo-what-add = add { $name }
undo-what-edit = edit { $name }
undo-what-archive = archive { $name }
undo-what-unarchive = unarchive { $name }
undo-what-note = note for { $name }
undo-what-note-delete = delete a note of { $name }
undo-what-followup = follow-up “{ $what }”
undo-what-done = done “{ $what }”
undo-what-drop = drop “{ $what }”
undo-what-snooze = snooze “{ $what }”
undo-what-followup-edit = change follow-up “{ $what }”
undo-what-merge = merge { $absorbed } into { $kept }
undo-what-delete = delete { $name }
undo-what-import = import of { $new } new and { $changed } changed contacts
undo-what-change = change

## A record changed since the step
undo-changed-contact = { $name } changed since
undo-changed-note = a note of { $name } changed since
undo-changed-followup = the follow-up “{ $what }” changed since
undo-changed-record = record { $id } changed since

## kith undo / redo, and the screen's status bar
undo-undid = undid: { $what }
undo-redid = redid: { $what }
undo-nothing = nothing to undo
undo-nothing-to-redo = nothing to redo
undo-conflict = cannot undo “{ $what }”: { $changed }; nothing was done
undo-redo-conflict = cannot redo “{ $what }”: { $changed }; nothing was done
undo-failed = undo failed: { $error }
undo-redo-failed = redo failed: { $error }
undo-list-empty = no changes to undo
undo-list-undone = { $what }   (undone: kith redo does it again)
undo-list-done = { $what }

## kith delete, and the screen's X
delete-ask = Delete { $name } with { $interactions } notes and { $followups } follow-ups? [y/N]
delete-needs-yes = not on a terminal: say --yes to delete { $name }
delete-kept = Nothing deleted
delete-deleted = Deleted { $name } with { $interactions } notes and { $followups } follow-ups (kith undo brings them back)
delete-failed = delete failed: { $error }
delete-none = select a contact to delete
delete-screen-title = Delete contact
delete-screen-ask = Delete { $name } with their notes and follow-ups? (u undoes it)
delete-screen-deleted = Deleted { $name } with { $interactions } notes and { $followups } follow-ups (u undoes it)

## The screen's keys
key-undo = undo the last change
key-redo = redo what was undone
key-delete-contact = delete contact
