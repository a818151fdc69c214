# The rules of the notebook's own values: contacts, notes, follow-ups, dates, money, cadences;
# what the review, the rescue file, the config file, written files and the search language say.
# Arguments are what a person wrote or what a record holds; `field` names the field a rule is about.

## A contact that breaks a rule (domain/contact/rules.rs)
contact-no-name = a contact needs a name
contact-too-long = the { $field } is longer than { $max } characters
contact-too-large = the { $field } is longer than 1 MiB
contact-too-many = a contact can have at most { $max } { $field }
contact-kept-card-too-large = the kept vCard properties are larger than { $max } MiB
contact-grade-outside = grade { $grade } is outside 1 to 10
contact-cadence-outside = a cadence of { $days } days is outside 1 to 3650
contact-referred-by-themselves = a contact cannot be referred by themselves
# The contact form's "Every (days)" field, when it holds no number.
contact-cadence-not-a-number = '{ $input }' is not a number of days
contact-occasion-unreadable = '{ $input }' is not an occasion: write LABEL=DATE, e.g. anniversary=2019-06-01
contact-occasion-no-label = '{ $input }' has no label before '='
# An occasion's date that does not read: its label, then what is wrong with the date.
contact-occasion-date = { $label } { $problem }
# Two contacts merged: the other's name is kept in the profile.
contact-also-known-as = Also known as { $name }

## A word that names one of a few choices (kind, channel, direction, sentiment)
domain-unknown-name = unknown { $what } '{ $input }': use one of { $names }

## Dates as people write them (domain/dates.rs; due dates are in dates.ftl)
date-not-a-date = { $date } is not a date
date-not-a-day-of-the-year = { $day } is not a day of the year
date-unreadable-day = '{ $input }' is not a date: use MM-DD or YYYY-MM-DD (for example 05-14 or 1984-05-14)
date-unreadable-time = '{ $input }' is not a date and time: use "YYYY-MM-DD HH:MM" (for example "2026-03-14 09:30")

## Money (domain/money.rs)
money-not-a-currency = '{ $code }' is not a currency code: use three letters such as EUR, INR or USD
# `why` is one of the money-… reasons below.
money-not-an-amount = '{ $input }' is not an amount ({ $why }): write it as "120.50 EUR"
money-needs-number-and-code = a number and a currency code are needed
money-not-digits = the number is not written in digits
money-decimal-places = { $currency } has { $decimals } decimal places
money-too-large = the number is too large
money-bad-decimals = bad decimals

## Notes and follow-ups (domain/interaction.rs, domain/followup.rs, domain/capture.rs)
note-too-large = the note is longer than 1 MiB
note-empty = the note is empty
note-amount-not-a-purchase = an amount is recorded only for purchases, not for '{ $channel }'
followup-already-closed = follow-up { $id } is already { $state } and cannot be { $verb }
followup-no-text = a follow-up needs a text saying what is due
followup-too-large = the follow-up text is longer than 1 MiB
# A follow-up line of a note that does not read: its line number, then why.
capture-line = line { $line }: { $problem }
capture-no-colon = write it as >> WHEN: WHAT, e.g. >> fri: send the quote
capture-nothing-due = say what is due after the ':'
# A stored date or time a damaged record holds, out of the range kith reads.
date-day-out-of-range = day { $days } is out of range
date-time-out-of-range = time { $seconds } is out of range
date-time-of-day-out-of-range = time of day { $seconds } is out of range

## The review: its sections and what an item says (review.rs)
review-overdue = Overdue
review-today = Today
review-upcoming = Next { $days } days
review-gone-quiet = Gone quiet
review-occasions = Birthdays and occasions, next { $days } days
review-waiting-on-them = Waiting on them
review-keep-in-touch = keep in touch every { $days } days
review-birthday = birthday
review-birthday-age = birthday ({ $years })
review-occasion-years = { $label } ({ $years } years)

## A rescue file: its header lines, and why no folder took it (rescue.rs)
rescue-header = kith rescued this unsaved note. Copy it back with `kith log` or the notes editor.
rescue-contact = contact: { $name } (id { $id })
rescue-channel = channel: { $channel }
rescue-when = when: { $when }
rescue-amount = amount: { $amount }
rescue-kept = kept: { $at }
rescue-folder-refused = { $folder }: { $error }

## The config file (config.rs)
config-unreadable = cannot read the config file { $path }: { $error }
config-invalid = the config file { $path } is not valid: { $error }

## Writing a file (files.rs)
files-is-a-folder = it is a folder; name a file to write
files-changed-while-writing = { $path } changed while kith was writing it; nothing was written

## The search language (search/query.rs): `part` is what was typed, `why` one of the reasons below
query-unknown-filter = unknown filter '{ $key }:': use kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
query-bad-filter = '{ $part }': { $why }
query-unknown-kind = unknown kind
query-due-values = due: is overdue or today
query-quiet-values = quiet: takes a number of days, e.g. quiet:30
query-archived-values = archived: is yes or no

## Why two contacts may be one person (search/duplicates.rs)
duplicates-same-email = the same email, { $email }
duplicates-same-phone = the same phone, { $phone }
duplicates-same-name = the same name, { $name }
# Too many contacts share one thing to list them in pairs: how many, and what they share.
duplicates-key-crowded = { $count } contacts have { $shown }
