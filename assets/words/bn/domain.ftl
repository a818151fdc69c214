# The rules of the notebook's own values: contacts, notes, follow-ups, dates, money, cadences;
# what the review, the rescue file, the config file, written files and the search language say.
# Arguments are what a person wrote or what a record holds; `field` names the field a rule is about.

## A contact that breaks a rule (domain/contact/rules.rs)
contact-no-name = কন্টাক্টের একটা নাম লাগবে
contact-too-long = { $field } { $max } অক্ষরের চেয়ে লম্বা
contact-too-large = { $field } 1 MiB-এর চেয়ে বড়
contact-too-many = একটা কন্টাক্টে { $field } সর্বোচ্চ { $max }টি থাকতে পারে
contact-kept-card-too-large = রেখে দেওয়া vCard প্রপার্টিগুলো { $max } MiB-এর চেয়ে বড়
contact-grade-outside = গ্রেড { $grade } 1 থেকে 10-এর মধ্যে নেই
contact-cadence-outside = প্রতি { $days } দিন — এই ব্যবধান 1 থেকে 3650-এর মধ্যে নেই
contact-referred-by-themselves = কোনো কন্টাক্ট নিজেই নিজেকে রেফার করতে পারেন না
# The contact form's "Every (days)" field, when it holds no number.
contact-cadence-not-a-number = '{ $input }' দিনের কোনো সংখ্যা নয়
contact-occasion-unreadable = '{ $input }' কোনো বিশেষ দিন নয়: LABEL=DATE লিখুন, যেমন বিবাহবার্ষিকী=2019-06-01
contact-occasion-no-label = '{ $input }'-এ '='-এর আগে কোনো লেবেল নেই
# An occasion's date that does not read: its label, then what is wrong with the date.
contact-occasion-date = { $label } { $problem }
# Two contacts merged: the other's name is kept in the profile.
contact-also-known-as = অন্য নাম: { $name }

## A word that names one of a few choices (kind, channel, direction, sentiment)
domain-unknown-name = অজানা { $what } '{ $input }': এগুলোর একটা দিন: { $names }

## Dates as people write them (domain/dates.rs; due dates are in dates.ftl)
date-not-a-date = { $date } কোনো তারিখ নয়
date-not-a-day-of-the-year = { $day } বছরের কোনো দিন নয়
date-unreadable-day = '{ $input }' কোনো তারিখ নয়: MM-DD বা YYYY-MM-DD লিখুন (যেমন 05-14 বা 1984-05-14)
date-unreadable-time = '{ $input }' কোনো তারিখ ও সময় নয়: "YYYY-MM-DD HH:MM" লিখুন (যেমন "2026-03-14 09:30")

## Money (domain/money.rs)
money-not-a-currency = '{ $code }' কোনো মুদ্রার কোড নয়: তিন অক্ষরের কোড দিন, যেমন BDT, INR বা USD
# `why` is one of the money-… reasons below.
money-not-an-amount = '{ $input }' কোনো টাকার অঙ্ক নয় ({ $why }): এভাবে লিখুন "120.50 EUR"
money-needs-number-and-code = একটা সংখ্যা আর একটা মুদ্রার কোড লাগবে
money-not-digits = সংখ্যাটা অঙ্কে লেখা হয়নি
money-decimal-places = { $currency }-তে দশমিকের পরে { $decimals } ঘর থাকে
money-too-large = সংখ্যাটা খুব বড়
money-bad-decimals = দশমিক ঠিক নেই

## Notes and follow-ups (domain/interaction.rs, domain/followup.rs, domain/capture.rs)
note-too-large = নোটটা 1 MiB-এর চেয়ে লম্বা
note-empty = নোটটা খালি
note-amount-not-a-purchase = টাকার অঙ্ক শুধু কেনাকাটার (purchase) জন্য রাখা হয়, '{ $channel }'-এর জন্য নয়
followup-already-closed = ফলো-আপ { $id } আগেই { $state } অবস্থায় আছে, তাই এটা আর { $verb } করা যাবে না
followup-no-text = ফলো-আপে কী করতে হবে তা লিখতে হবে
followup-too-large = ফলো-আপের লেখা 1 MiB-এর চেয়ে লম্বা
# A follow-up line of a note that does not read: its line number, then why.
capture-line = লাইন { $line }: { $problem }
capture-no-colon = এভাবে লিখুন >> WHEN: WHAT, যেমন >> শুক্রবার: কোটেশন পাঠাতে হবে
capture-nothing-due = ':'-এর পরে লিখুন কী করতে হবে
# A stored date or time a damaged record holds, out of the range kith reads.
date-day-out-of-range = দিন { $days } সীমার বাইরে
date-time-out-of-range = সময় { $seconds } সীমার বাইরে
date-time-of-day-out-of-range = দিনের সময় { $seconds } সীমার বাইরে

## The review: its sections and what an item says (review.rs)
review-overdue = সময় পেরিয়ে গেছে
review-today = আজ
review-upcoming = পরের { $days } দিন
review-gone-quiet = অনেকদিন যোগাযোগ নেই
review-occasions = জন্মদিন ও বিশেষ দিন, পরের { $days } দিন
review-waiting-on-them = তাঁদের অপেক্ষায়
review-keep-in-touch = প্রতি { $days } দিনে যোগাযোগ রাখুন
review-birthday = জন্মদিন
review-birthday-age = জন্মদিন ({ $years })
review-occasion-years = { $label } ({ $years } বছর)

## A rescue file: its header lines, and why no folder took it (rescue.rs)
rescue-header = kith এই সেভ-না-হওয়া নোটটা বাঁচিয়ে রেখেছে। `kith log` বা নোট এডিটর দিয়ে এটা আবার কপি করে নিন।
rescue-contact = কন্টাক্ট: { $name } (id { $id })
rescue-channel = মাধ্যম: { $channel }
rescue-when = কখন: { $when }
rescue-amount = অঙ্ক: { $amount }
rescue-kept = রাখা হয়েছে: { $at }
rescue-folder-refused = { $folder }: { $error }

## The config file (config.rs)
config-unreadable = কনফিগ ফাইল { $path } পড়া যাচ্ছে না: { $error }
config-invalid = কনফিগ ফাইল { $path } সঠিক নয়: { $error }

## Writing a file (files.rs)
files-is-a-folder = এটা একটা ফোল্ডার; লেখার জন্য একটা ফাইলের নাম দিন
files-changed-while-writing = kith লেখার সময় { $path } বদলে গেছে; কিছুই লেখা হয়নি

## The search language (search/query.rs): `part` is what was typed, `why` one of the reasons below
query-unknown-filter = অজানা ফিল্টার '{ $key }:': kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes ব্যবহার করুন
query-bad-filter = '{ $part }': { $why }
query-unknown-kind = অজানা ধরন
query-due-values = due:-এর মান overdue বা today
query-quiet-values = quiet:-এর পরে দিনের সংখ্যা দিন, যেমন quiet:30
query-archived-values = archived:-এর মান yes বা no

## Why two contacts may be one person (search/duplicates.rs)
duplicates-same-email = একই ইমেইল, { $email }
duplicates-same-phone = একই ফোন, { $phone }
duplicates-same-name = একই নাম, { $name }
# Too many contacts share one thing to list them in pairs: how many, and what they share.
duplicates-key-crowded = { $count }টি কন্টাক্টের { $shown } একই
