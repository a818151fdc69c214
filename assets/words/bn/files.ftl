# What reading and writing files says: an import's notes and errors, its report, why a card or a
# row is damaged, what a backup refuses, and the words an export writes into its files.
# `path` and `file` are a file's name, `line` a line number in it; what the file said is an argument.

## Why an import stopped (interop/files/error.rs)
import-cannot-read = { $path } পড়া যাচ্ছে না: { $error }
import-not-a-format = { $path }: kith ইমপোর্ট করে vCard (.vcf) আর CSV (.csv) ফাইল, .vcf ফাইলের ফোল্ডার আর নিজের JSON ব্যাকআপ; এটা এর কোনোটাই নয়
import-no-card-files = { $path }: এই ফোল্ডারে কোনো .vcf ফাইল নেই
import-csv-unreadable = { $path }: { $why }; কিছুই ইমপোর্ট হয়নি
import-not-imported = { $path }: { $why }; কিছুই ইমপোর্ট হয়নি
import-folder-not-imported = { $path } ({ $files }টি ফাইল): { $why }; কিছুই ইমপোর্ট হয়নি
import-not-restored = { $why }; কিছুই ফিরিয়ে আনা হয়নি
import-restore-not-taken-back = { $why }; এর কিছু অংশ লেখা হয়ে গেছে যা ফিরিয়ে নেওয়া যায়নি ({ $undo }): ইমপোর্টটা আবার চালান, ওটা আগে সেটা ফিরিয়ে নেবে
# A damaged card, named with its file.
import-damage-in-file = { $file }: { $damage }
import-refused-for-damage = { $first }; কিছুই ইমপোর্ট হয়নি (--skip-bad দিলে যে কার্ডগুলো পড়া যায় সেগুলো ইমপোর্ট হয় আর বাকিগুলোর তালিকা দেখায়)
# `others` lists up to five more damaged cards.
import-refused-for-damages = { $first } (আর আরও { $more }টি: { $others }); কিছুই ইমপোর্ট হয়নি (--skip-bad দিলে যে কার্ডগুলো পড়া যায় সেগুলো ইমপোর্ট হয় আর বাকিগুলোর তালিকা দেখায়)

## What reading a file noticed and worked around (interop/notes.rs)
vcard-line-not-utf8 = লাইন { $line }: UTF-8 নয়, { $read_as } হিসেবে পড়া হয়েছে
vcard-empty-card = লাইন { $line }: একটা খালি কার্ড বাদ দেওয়া হয়েছে
csv-unknown-columns = যে কলামগুলো kith রাখে না: { $columns }
csv-headings-in = কলামের শিরোনাম { $language }-তে, Thunderbird-এর মতো করে পড়া হয়েছে
csv-read-as = { $encoding } হিসেবে পড়া হয়েছে
csv-read-as-shift-jis = Shift_JIS হিসেবে পড়া হয়েছে (অন্য কিছু বলতে --encoding দিন)
csv-read-as-windows-1252 = UTF-8 নয়: windows-1252 হিসেবে পড়া হয়েছে (অন্য কিছু বলতে --encoding দিন)
import-named-after = লাইন { $line }-এর { $what ->
        [row] সারিতে
       *[card] কার্ডে
    } কোনো নাম নেই: নাম রাখা হয়েছে তার { $from ->
        [organisation] প্রতিষ্ঠানের নামে
        [email] ইমেইল দিয়ে
        [phone] ফোন নম্বর দিয়ে
       *[line] ফাইলের লাইন নম্বর দিয়ে
    }
vcard-property-renamed = লাইন { $line }: প্রপার্টির নাম { $was } লেখা হয়েছে { $written } হিসেবে (শুধু অক্ষর, অঙ্ক আর -)
import-birthday-in-words = কথায় লেখা জন্মদিন যেমন লেখা ছিল তেমনই রাখা হয়েছে: { $text }
import-birthday-as-written = যে জন্মদিন kith তারিখ হিসেবে পড়তে পারেনি, সেটা যেমন লেখা ছিল তেমনই রাখা হয়েছে: { $text }
vcard-unterminated = লাইন { $line }-এর কার্ডটা END:VCARD দিয়ে বন্ধ হয়নি; ফাইলের শেষ পর্যন্ত পড়া হয়েছে
# `column` is the CSV column's heading in lower case (birthday, anniversary).
csv-date-kept = kith পড়তে পারেনি এমন একটা { $column } যেমন ছিল তেমনই রাখা হয়েছে

## What an import says about one card (interop/import/mod.rs)
import-matched-by-uid = একই UID
import-matched-by-email = একই ইমেইল, { $email }
import-matched-by-name = একই নাম
import-matched-by-earlier-card = একই ফাইলের লাইন { $line }-এর কার্ড
# `note` is one of the notes above, about the card of `contact` (its name as imported).
import-card-note = { $contact }: { $note }
import-card-note-in-file = { $contact }: { $file }: { $note }
import-shared-uid-merged = { $contact }: লাইন { $line }-এর কার্ডের UID লাইন { $first_line }-এর কার্ডের মতোই, নামও একই: একত্র করা হয়েছে
import-shared-uid-kept-apart = { $contact }: লাইন { $line }-এর কার্ডের UID লাইন { $first_line }-এর কার্ডের ({ $first }) মতোই, কিন্তু নাম আলাদা: আলাদা রাখা হয়েছে, নিজস্ব UID দিয়ে

## How far an import has got, for the screen (interop/import, interop/files)
import-matching-cards = কার্ড মেলানো হচ্ছে: { $total }-এর মধ্যে { $done }
import-saving = { $new }টি নতুন আর { $merged }টি একত্র করা কন্টাক্ট সেভ হচ্ছে

## A kith backup that is refused (interop/backup): `what` says where in the backup
backup-not-a-backup = এটা kith-এর ব্যাকআপ নয় (ফরম্যাট '{ $format }')
backup-newer-version = এই ব্যাকআপের ভার্সন { $version }; এই kith ভার্সন { $supported } আর তার আগেরগুলো পড়তে পারে
backup-expecting-a-backup = একটা kith ব্যাকআপ
# `section` is the backup's JSON key (contacts, interactions, followups, drafts).
backup-expecting-a-list = { $section }-এর একটা তালিকা
backup-referrer-missing = কন্টাক্ট { $contact }-কে রেফার করেছেন কন্টাক্ট { $referrer }, যিনি ব্যাকআপে নেই
backup-no-such-contact = id { $id }-এর কোনো কন্টাক্ট নেই
backup-not-a-date-time = { $what }: '{ $value }' 2026-11-22T09:30:00-এর মতো তারিখ-সময় নয়
backup-not-a-date = { $what }: '{ $value }' কোনো তারিখ নয়
backup-not-a-time = { $what }: '{ $value }' HH:MM নয়
backup-bad-date = { $what } { $problem }
backup-bad-state = { $what }: closed_at { $closed_at } সহ '{ $state }' — এটা open, done বা dropped কোনোটাই নয়
# Where in the backup: `field` is the JSON key, or an occasion's label.
backup-contact-field = কন্টাক্ট { $id } { $field }
backup-note-at = যোগাযোগ { $id } at
backup-followup-field = ফলো-আপ { $id } { $field }
backup-draft-saved-at = খসড়া saved_at
backup-notebook-unreadable = নোটবুক পড়া যায়নি
import-cards-read = { $path }: { $cards }টি কার্ড পড়া হয়েছে
import-reading-files = { $files }টি ফাইল পড়া হচ্ছে

## Why a vCard could not be read (interop/vcard)
# A damaged card: the line it starts at, then one of the reasons below.
vcard-damage = লাইন { $line }: { $reason }
vcard-no-card = ফাইলে কোনো vCard নেই
vcard-not-part-of-a-card = কোনো কার্ডের অংশ নয়: { $text }
vcard-not-closed-before = এই কার্ডটা লাইন { $line }-এর আগে END:VCARD দিয়ে বন্ধ হয়নি
vcard-end-closes-no-card = END:VCARD কোনো কার্ড বন্ধ করছে না
vcard-too-large = কার্ডের প্রপার্টিগুলো { $size } MiB জায়গা নেয়, যা একটা কন্টাক্টের জন্য kith-এর রাখা সীমা { $most } MiB-এর বেশি
vcard-not-a-line = vCard-এর লাইন নয়: { $text }
vcard-card-unreadable = কার্ডটা পড়া যাচ্ছে না: { $what }
vcard-no-colon = vCard প্রপার্টি নয় (':' নেই): { $text }
vcard-bad-property-name = '{ $name }' কোনো প্রপার্টির নাম নয়
# The name a card gets when it has nothing to be known by.
vcard-unnamed-card = নামহীন কার্ড (লাইন { $line })

## Why a CSV file could not be read (interop/csv)
csv-header-unreadable = শিরোনামের সারি পড়া যাচ্ছে না: { $error }
csv-no-name-column = নাম, ইমেইল বা ফোনের কোনো কলাম নেই: kith সেই CSV পড়ে যা Google Contacts, Outlook আর Thunderbird এক্সপোর্ট করে
csv-line-unreadable = লাইন { $line }: { $error }

## Restoring a backup (interop/files/restore.rs)
backup-refused = { $path }: { $why }
backup-not-json = { $path }: kith-এর JSON ব্যাকআপ নয়: { $why }
backup-checking = { $path } যাচাই হচ্ছে
backup-restored-so-far = { $total }টি রেকর্ডের মধ্যে { $written }টি ফিরিয়ে আনা হয়েছে

## What `kith import` prints (cli/import_report.rs); `path` is shown with its file count for a folder
import-report-file-note = { $file }: { $note }
import-report-folder = { $path } ({ $files }টি ফাইল)
import-report-created = { $path }: তৈরি { $created }, একত্র { $merged }, অপরিবর্তিত { $unchanged }
import-report-would-create = { $path }: তৈরি হবে { $created }, একত্র হবে { $merged }, অপরিবর্তিত থাকবে { $unchanged }
import-report-matched-by = { $name } (মিলেছে: { $matched_by })
import-report-note = নোট: { $note }
import-report-skipped = বাদ দেওয়া হয়েছে: { $damage }
import-report-records = { $contacts }টি কন্টাক্ট, { $interactions }টি যোগাযোগ, { $followups }টি ফলো-আপ আর { $drafts }টি খসড়া
import-report-restored = { $path } থেকে ফিরিয়ে আনা হয়েছে { $records }
import-report-would-restore = { $path } থেকে ফিরিয়ে আনা হবে { $records }
import-report-notebook-not-empty = কিন্তু নোটবুকটা খালি নয় ({ $contacts }টি কন্টাক্ট): ব্যাকআপ শুধু খালি নোটবুকেই ফিরিয়ে আনা যায়

## Words an export writes into its files (interop/ics.rs): a follow-up's to-do, a yearly event
export-ics-promise = প্রতিশ্রুতি: { $text } ({ $who }-কে দেওয়া)
export-ics-request = অপেক্ষায়: { $text } ({ $who }-এর কাছ থেকে)
export-ics-reminder = রিমাইন্ডার: { $text } ({ $who })
export-ics-birthday = জন্মদিন: { $name }
export-ics-occasion = { $label }: { $name }

## The screen's status line after an import (tui/parts/questions/update.rs): `said` is what was
## noticed and done, joined by "; "; a backup says import-summary-restored
import-summary = { $path } ইমপোর্ট হয়েছে: { $said }
import-summary-not-utf8 = UTF-8 নয়, { $read_as } হিসেবে পড়া হয়েছে
import-summary-empty-card = একটা খালি কার্ড বাদ দেওয়া হয়েছে
import-summary-restored = ফিরিয়ে আনা হয়েছে { $records }
import-summary-cards = তৈরি { $created }, একত্র { $merged }, অপরিবর্তিত { $unchanged }
