# The undo history and deleting a contact: what a step is called, why an undo or redo did
# nothing, and what `kith undo`, `kith redo`, `kith delete` and the screen say about them.

## What a step is called ("undo: archive Anita Sharma")
undo-what-add = afegir { $name }
undo-what-edit = editar { $name }
undo-what-archive = arxivar { $name }
undo-what-unarchive = desarxivar { $name }
undo-what-note = nota per a { $name }
undo-what-note-edit = editar una nota de { $name }
undo-what-note-delete = suprimir una nota de { $name }
undo-what-followup = seguiment «{ $what }»
undo-what-done = marcar com a fet «{ $what }»
undo-what-drop = descartar «{ $what }»
undo-what-snooze = ajornar «{ $what }»
undo-what-followup-edit = canviar el seguiment «{ $what }»
undo-what-merge = fusionar { $absorbed } amb { $kept }
undo-what-delete = suprimir { $name }
undo-what-import = importació de { $new } contactes nous i { $changed } de canviats
undo-what-change = canvi

## A record changed since the step
undo-changed-contact = { $name } ha canviat des de llavors
undo-changed-note = una nota de { $name } ha canviat des de llavors
undo-changed-followup = el seguiment «{ $what }» ha canviat des de llavors
undo-changed-record = el registre { $id } ha canviat des de llavors

## kith undo / redo, and the screen's status bar
undo-undid = desfet: { $what }
undo-redid = refet: { $what }
undo-nothing = no hi ha res per desfer
undo-nothing-to-redo = no hi ha res per refer
undo-conflict = no es pot desfer «{ $what }»: { $changed }; no s'ha fet res
undo-redo-conflict = no es pot refer «{ $what }»: { $changed }; no s'ha fet res
undo-failed = no s'ha pogut desfer: { $error }
undo-redo-failed = no s'ha pogut refer: { $error }
undo-moved = l'historial ha canviat mentrestant (un altre kith hi ha escrit): no s'ha fet res; torneu-ho a demanar
undo-ask = Voleu desfer: { $what }? [y/N]
undo-redo-ask = Voleu refer: { $what }? [y/N]
undo-kept = No s'ha desfet res
undo-redo-kept = No s'ha refet res
undo-list-empty = no hi ha canvis per desfer
undo-list-undone = { $what }   (desfet: kith redo el torna a fer)
undo-list-done = { $what }

## The screen asks before an undo or redo
undo-screen-title = Desfés
undo-screen-redo-title = Refés
undo-screen-ask = Voleu desfer: { $what }?
undo-screen-redo-ask = Voleu refer: { $what }?
undo-screen-yes = desfés-ho
undo-screen-redo-yes = refés-ho
undo-screen-no = deixa-ho

## Editing a saved note (the screen's E, kith note edit)
undo-edit-title = Edita la nota · { $name }
undo-edit-none = seleccioneu una nota de l'historial per editar-la
undo-edit-draft-in-way = hi ha una nota sense desar per a { $name }: obriu-la amb { $key } i deseu-la o esborreu-la abans d'editar-ne una altra

## kith note edit
note-edit-bad-id = «{ $id }» no és l'id d'una nota: kith show mostra cada nota amb el seu id
note-edit-type = Escriviu el text nou de la nota i després premeu Ctrl-D:
note-edit-edited = S'ha editat la nota { $id } de { $name } (kith undo ho desfà)

## kith delete, and the screen's X
delete-ask = Voleu suprimir { $name } amb { $interactions } notes i { $followups } seguiments? [y/N]
delete-needs-yes = no és un terminal: afegiu --yes per suprimir { $name }
delete-kept = No s'ha suprimit res
delete-deleted = S'ha suprimit { $name } amb { $interactions } notes i { $followups } seguiments (kith undo els recupera)
delete-failed = no s'ha pogut suprimir: { $error }
delete-none = seleccioneu un contacte per suprimir-lo
delete-screen-title = Suprimeix el contacte
delete-screen-ask = Voleu suprimir { $name } amb les seves notes i seguiments? (u ho desfà)
delete-screen-deleted = S'ha suprimit { $name } amb { $interactions } notes i { $followups } seguiments (u ho desfà)

## The screen's keys
key-undo = desfés l'últim canvi
key-redo = refés el que s'ha desfet
key-delete-contact = suprimeix el contacte
key-edit-note = edita la nota
