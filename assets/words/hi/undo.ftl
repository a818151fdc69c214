# The undo history and deleting a contact: what a step is called, why an undo or redo did
# nothing, and what `kith undo`, `kith redo`, `kith delete` and the screen say about them.

## What a step is called ("undo: archive Anita Sharma")
undo-what-add = { $name } को जोड़ना
undo-what-edit = { $name } को बदलना
undo-what-archive = { $name } को आर्काइव करना
undo-what-unarchive = { $name } को आर्काइव से वापस लाना
undo-what-note = { $name } के लिए नोट
undo-what-note-edit = { $name } का नोट बदलना
undo-what-note-delete = { $name } का एक नोट मिटाना
undo-what-followup = फ़ॉलो-अप “{ $what }”
undo-what-done = “{ $what }” पूरा करना
undo-what-drop = “{ $what }” छोड़ना
undo-what-snooze = “{ $what }” टालना
undo-what-followup-edit = फ़ॉलो-अप “{ $what }” बदलना
undo-what-merge = { $absorbed } को { $kept } में मिलाना
undo-what-delete = { $name } को मिटाना
undo-what-import = { $new } नए और { $changed } बदले गए संपर्कों का इंपोर्ट
undo-what-change = बदलाव

## A record changed since the step
undo-changed-contact = { $name } तब से बदल चुका है
undo-changed-note = { $name } का एक नोट तब से बदल चुका है
undo-changed-followup = फ़ॉलो-अप “{ $what }” तब से बदल चुका है
undo-changed-record = रिकॉर्ड { $id } तब से बदल चुका है

## kith undo / redo, and the screen's status bar
undo-undid = वापस लिया: { $what }
undo-redid = फिर से किया: { $what }
undo-nothing = वापस लेने को कुछ नहीं
undo-nothing-to-redo = फिर से करने को कुछ नहीं
undo-conflict = “{ $what }” वापस नहीं लिया जा सकता: { $changed }; कुछ नहीं किया गया
undo-redo-conflict = “{ $what }” फिर से नहीं किया जा सकता: { $changed }; कुछ नहीं किया गया
undo-failed = वापस लेना नहीं हो सका: { $error }
undo-redo-failed = फिर से करना नहीं हो सका: { $error }
undo-moved = इस बीच इतिहास बदल गया (किसी दूसरे kith ने लिखा): कुछ नहीं किया गया; फिर से कहें
undo-ask = वापस लें: { $what }? [y/N]
undo-redo-ask = फिर से करें: { $what }? [y/N]
undo-kept = कुछ वापस नहीं लिया गया
undo-redo-kept = कुछ फिर से नहीं किया गया
undo-list-empty = वापस लेने को कोई बदलाव नहीं
undo-list-undone = { $what }   (वापस लिया गया: kith redo इसे फिर से करता है)
undo-list-done = { $what }

## The screen asks before an undo or redo
undo-screen-title = वापस लें
undo-screen-redo-title = फिर से करें
undo-screen-ask = वापस लें: { $what }?
undo-screen-redo-ask = फिर से करें: { $what }?
undo-screen-yes = वापस लें
undo-screen-redo-yes = फिर से करें
undo-screen-no = रहने दें

## Editing a saved note (the screen's E, kith note edit)
undo-edit-title = नोट बदलें · { $name }
undo-edit-none = बदलने के लिए टाइमलाइन में कोई नोट चुनें
undo-edit-draft-in-way = { $name } का एक बिना सेव हुआ नोट रखा है: उसे { $key } से खोलें, फिर सेव करें या मिटाएँ, उसके बाद ही दूसरा बदलें

## kith note edit
note-edit-bad-id = “{ $id }” किसी नोट की id नहीं है: kith show हर नोट उसकी id के साथ दिखाता है
note-edit-type = नोट का नया टेक्स्ट लिखें, फिर Ctrl-D दबाएँ:
note-edit-edited = { $name } का नोट { $id } बदला गया (kith undo इसे वापस लेता है)

## kith delete, and the screen's X
delete-ask = { $name } को { $interactions } नोट और { $followups } फ़ॉलो-अप समेत मिटाएँ? [y/N]
delete-needs-yes = टर्मिनल पर नहीं है: { $name } को मिटाने के लिए --yes दें
delete-kept = कुछ नहीं मिटाया गया
delete-deleted = { $name } को { $interactions } नोट और { $followups } फ़ॉलो-अप समेत मिटाया गया (kith undo इन्हें वापस ले आता है)
delete-failed = मिटाना नहीं हो सका: { $error }
delete-none = मिटाने के लिए कोई संपर्क चुनें
delete-screen-title = संपर्क मिटाएँ
delete-screen-ask = { $name } को उनके नोट और फ़ॉलो-अप समेत मिटाएँ? (u से वापस)
delete-screen-deleted = { $name } को { $interactions } नोट और { $followups } फ़ॉलो-अप समेत मिटाया गया (u से वापस)

## The screen's keys
key-undo = आख़िरी बदलाव वापस लें
key-redo = वापस लिया हुआ फिर से करें
key-delete-contact = संपर्क मिटाएँ
key-edit-note = नोट बदलें
