# The undo history and deleting a contact: what a step is called, why an undo or redo did
# nothing, and what `kith undo`, `kith redo`, `kith delete` and the screen say about them.

## What a step is called ("undo: archive Anita Sharma")
undo-what-add = { $name } যোগ করা
undo-what-edit = { $name } এডিট করা
undo-what-archive = { $name } আর্কাইভ করা
undo-what-unarchive = { $name }-কে আর্কাইভ থেকে ফেরানো
undo-what-note = { $name }-এর জন্য নোট
undo-what-note-edit = { $name }-এর নোট এডিট করা
undo-what-note-delete = { $name }-এর একটা নোট মুছে ফেলা
undo-what-followup = ফলো-আপ “{ $what }”
undo-what-done = সম্পন্ন “{ $what }”
undo-what-drop = বাদ দেওয়া “{ $what }”
undo-what-snooze = পিছানো “{ $what }”
undo-what-followup-edit = ফলো-আপ বদলানো “{ $what }”
undo-what-merge = { $absorbed }-কে { $kept }-এর সাথে একত্র করা
undo-what-delete = { $name } মুছে ফেলা
undo-what-import = { $new }টি নতুন আর { $changed }টি বদলানো কন্টাক্টের ইমপোর্ট
undo-what-change = পরিবর্তন

## A record changed since the step
undo-changed-contact = তারপর থেকে { $name } বদলে গেছে
undo-changed-note = তারপর থেকে { $name }-এর একটা নোট বদলে গেছে
undo-changed-followup = তারপর থেকে ফলো-আপ “{ $what }” বদলে গেছে
undo-changed-record = তারপর থেকে রেকর্ড { $id } বদলে গেছে

## kith undo / redo, and the screen's status bar
undo-undid = আনডু হয়েছে: { $what }
undo-redid = রিডু হয়েছে: { $what }
undo-nothing = আনডু করার মতো কিছু নেই
undo-nothing-to-redo = রিডু করার মতো কিছু নেই
undo-conflict = “{ $what }” আনডু করা যাচ্ছে না: { $changed }; কিছুই করা হয়নি
undo-redo-conflict = “{ $what }” রিডু করা যাচ্ছে না: { $changed }; কিছুই করা হয়নি
undo-failed = আনডু হলো না: { $error }
undo-redo-failed = রিডু হলো না: { $error }
undo-moved = এর মধ্যে ইতিহাস বদলে গেছে (অন্য একটা kith লিখেছে): কিছুই করা হয়নি; আবার চেষ্টা করুন
undo-ask = আনডু: { $what }? [y/N]
undo-redo-ask = রিডু: { $what }? [y/N]
undo-kept = কিছুই আনডু হয়নি
undo-redo-kept = কিছুই রিডু হয়নি
undo-list-empty = আনডু করার মতো কোনো পরিবর্তন নেই
undo-list-undone = { $what }   (আনডু করা: kith redo আবার করে)
undo-list-done = { $what }

## The screen asks before an undo or redo
undo-screen-title = আনডু
undo-screen-redo-title = রিডু
undo-screen-ask = আনডু: { $what }?
undo-screen-redo-ask = রিডু: { $what }?
undo-screen-yes = আনডু করুন
undo-screen-redo-yes = রিডু করুন
undo-screen-no = থাক

## Editing a saved note (the screen's E, kith note edit)
undo-edit-title = নোট এডিট · { $name }
undo-edit-none = এডিট করতে টাইমলাইনে একটা নোট বাছুন
undo-edit-draft-in-way = { $name }-এর একটা সেভ-না-হওয়া নোট রাখা আছে: অন্য নোট এডিট করার আগে { $key } দিয়ে সেটা খুলুন, তারপর সেভ করুন বা মুছে দিন

## kith note edit
note-edit-bad-id = “{ $id }” কোনো নোটের id নয়: kith show প্রতিটা নোট তার id-সহ দেখায়
note-edit-type = নোটের নতুন লেখা টাইপ করুন, তারপর Ctrl-D চাপুন:
note-edit-edited = { $name }-এর নোট { $id } এডিট হয়েছে (kith undo আবার ফিরিয়ে নেয়)

## kith delete, and the screen's X
delete-ask = { $name }-কে { $interactions }টি নোট আর { $followups }টি ফলো-আপসহ মুছে ফেলবেন? [y/N]
delete-needs-yes = টার্মিনালে চলছে না: { $name }-কে মুছতে --yes দিন
delete-kept = কিছুই মোছা হয়নি
delete-deleted = { $name }-কে { $interactions }টি নোট আর { $followups }টি ফলো-আপসহ মুছে ফেলা হয়েছে (kith undo আবার ফিরিয়ে আনে)
delete-failed = মোছা গেল না: { $error }
delete-none = মুছতে একটা কন্টাক্ট বাছুন
delete-screen-title = কন্টাক্ট মুছুন
delete-screen-ask = { $name }-কে তাঁর নোট আর ফলো-আপসহ মুছে ফেলবেন? (u চাপলে আনডু হয়)
delete-screen-deleted = { $name }-কে { $interactions }টি নোট আর { $followups }টি ফলো-আপসহ মুছে ফেলা হয়েছে (u চাপলে আনডু হয়)

## The screen's keys
key-undo = শেষ পরিবর্তন আনডু
key-redo = আনডু করা কাজ আবার করুন
key-delete-contact = কন্টাক্ট মুছুন
key-edit-note = নোট এডিট
