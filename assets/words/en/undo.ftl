# The undo history and deleting a contact: what a step is called, why an undo or redo did
# nothing, and what `kith undo`, `kith redo`, `kith delete` and the screen say about them.

## What a step is called ("undo: archive Anita Sharma")
undo-what-add = add { $name }
undo-what-edit = edit { $name }
undo-what-archive = archive { $name }
undo-what-unarchive = unarchive { $name }
undo-what-note = note for { $name }
undo-what-note-edit = edit note for { $name }
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
undo-moved = the history changed meanwhile (another kith wrote): nothing was done; ask again
undo-ask = undo: { $what }? [y/N]
undo-redo-ask = redo: { $what }? [y/N]
undo-kept = Nothing undone
undo-redo-kept = Nothing redone
undo-list-empty = no changes to undo
undo-list-undone = { $what }   (undone: kith redo does it again)
undo-list-done = { $what }

## The screen asks before an undo or redo
undo-screen-title = Undo
undo-screen-redo-title = Redo
undo-screen-ask = undo: { $what }?
undo-screen-redo-ask = redo: { $what }?
undo-screen-yes = undo it
undo-screen-redo-yes = redo it
undo-screen-no = leave it

## Editing a saved note (the screen's E, kith note edit)
undo-edit-title = Edit note · { $name }
undo-edit-none = select a note in the timeline to edit
undo-edit-draft-in-way = an unsaved note for { $name } is kept: open it with { $key }, then save it or clear it, before editing another

## kith note edit
note-edit-bad-id = “{ $id }” is not a note's id: kith show prints each note with its id
note-edit-type = Type the note's new text, then Ctrl-D:
note-edit-edited = Edited note { $id } for { $name } (kith undo takes it back)

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
key-edit-note = edit the note
