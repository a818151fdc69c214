### The command line's help: what `kith --help`, `kith COMMAND --help` and the shell completions
### say of each command and option. Ids follow the clap command tree: help-<command> for a command,
### help-<command>-<option> for its options and arguments (help-kith-<option> for the global ones),
### with `-` for `_`; src/cli/help.rs asks for them by those names, and a test makes sure every
### command and option has one. A `.long` attribute is the longer text `--help` shows where it
### differs from `-h`. Every option has words here: a test refuses an empty one.

## kith itself, and the options every command takes
help-kith = A keyboard-driven relationship notebook for the terminal
    .long =
        A keyboard-driven relationship notebook for the terminal.

        With no command, kith opens the notebook screen.
    .example =
        kith                        open the notebook screen
        kith init ~/notes/kith.redb  make a notebook in a folder of your choice
        kith --db ~/notes/kith.redb list
help-kith-db = The notebook file (default: the platform data directory, e.g. ~/.local/share/kith/kith.redb)
help-kith-config = The config file (default: the platform config directory, e.g. ~/.config/kith/config.toml)
help-kith-wait = How long a command that writes waits for another kith process to finish writing
# The heading of the three options above in every command's help, and of the examples at its end.
help-global-options = Global options
help-examples = Examples:

## init
help-init = Make a new, empty notebook (and its folders); a notebook already there is left as it is
    .long =
        Make a new, empty notebook, and the folders it goes in.

        Commands never make a folder for a notebook named with --db or KITH_DB: a mistyped path is an error, not a new notebook. In a folder that exists, the first command that writes makes the file (and says so); commands that only read show an empty notebook and make nothing. A notebook already at PATH is left as it is.
    .example =
        kith init ~/notes/kith.redb
        kith --db ~/notes/kith.redb add "Ana Ruiz"
help-init-path = Where the notebook goes (default: --db, KITH_DB or the default place)

## add
help-add = Add a contact
    .example =
        kith add "Ana Ruiz" --company Acme --email work:ana@acme.com --tag fair-2025
        kith add "Marc Puig" --kind prospect --birthday 05-14 --cadence 30
help-add-name = Display name
help-add-company = The company or organisation they are with
help-add-title = Their job title or role
help-add-kind = The kind of contact (default: customer, as in the screen's form)
help-add-email = An email, optionally labelled: work:ana@example.com (repeatable)
help-add-phone = A phone, optionally labelled: mobile:+34 600 111 222 (repeatable)
help-add-tag = A tag (repeatable)
help-add-birthday = MM-DD or YYYY-MM-DD
help-add-cadence = Keep in touch every DAYS days ("" to stop)
help-add-grade = Relationship grade, 1 to 10
help-add-interests = What you have in common
help-add-how-met = How you met
help-add-referred-by = Id or name of the contact who referred them
help-add-occasion = A yearly occasion, LABEL=DATE, e.g. anniversary=2019-06-01 (repeatable)
help-add-profile = Free-text profile

## edit
help-edit = Change a contact's details; an empty value ("") clears a field
    .example =
        kith edit "Ana Ruiz" --title "Head of sales" --tag vip --tag fair-2025
        kith edit 12 --company ""
help-edit-contact = Id or name of the contact
help-edit-name = New display name
help-edit-company = { help-add-company }
help-edit-title = { help-add-title }
help-edit-kind = The kind of contact
help-edit-email = { help-add-email }
help-edit-phone = { help-add-phone }
help-edit-tag = { help-add-tag }
help-edit-birthday = { help-add-birthday }
help-edit-cadence = { help-add-cadence }
help-edit-grade = { help-add-grade }
help-edit-interests = { help-add-interests }
help-edit-how-met = { help-add-how-met }
help-edit-referred-by = { help-add-referred-by }
help-edit-occasion = { help-add-occasion }
help-edit-profile = { help-add-profile }

## archive
help-archive = Archive a contact (a customer who left), with the reason
    .example =
        kith archive "Ana Ruiz" --reason "moved to a competitor"
help-archive-contact = Id or name of the contact
help-archive-reason = Why: moved, price, service, competitor, not-needed (counted by `kith stats`), or your own words (kept with the contact; `kith show` says it)

## unarchive
help-unarchive = Bring an archived contact back
    .example =
        kith unarchive "Ana Ruiz"
help-unarchive-contact = Id or name of the archived contact

## log
help-log = Log an interaction; the note is TEXT or, when absent, standard input
    .example =
        kith log ana "Lunch: she wants the quote by Friday. fri: send the quote"
        kith log 12 --channel call --at "2026-03-02 16:00" "Called about the renewal"
        kith log ana --amount "120.50 EUR" "Bought the winter set"
help-log-contact = Id or name of the contact
help-log-channel = How you were in touch (default: in_person, or purchase with --amount)
help-log-at = When it happened, "YYYY-MM-DD HH:MM" (default: now)
help-log-amount = What was spent, e.g. "120.50 EUR"
help-log-sentiment = What they thought of it
help-log-text = The note (read from standard input when absent)
help-note = Edit a saved note: its new text is --text or, when absent, standard input
    .example =
        kith note edit 4182 --text "Paid the invoice; wants samples on Friday"
        kith note edit 4182 < corrected.txt
help-note-what = What to do with the note
help-note-what-edit = Replace the note's text (its time, channel and amount stay)
help-note-id = The note's id, as kith show prints it
help-note-text = The new text (read from standard input when absent)

## list
help-list = List contacts in name order
    .example =
        kith list --kind customer --tag vip
        kith list --archived --json
help-list-kind = Only contacts of this kind
help-list-tag = Only contacts with this tag
help-list-archived = List archived contacts instead of those in use
help-list-json = Print JSON

## show
help-show = Show a contact: profile, follow-ups and timeline
    .example =
        kith show "Ana Ruiz"
        kith show 12 --json
help-show-contact = Id or name of the contact
help-show-json = Print JSON

## demo
help-demo = Fill an empty notebook with a realistic sample to try kith on
    .example =
        kith --db kith-demo.redb demo --contacts 500 --interactions 5000
help-demo-contacts = How many contacts
help-demo-interactions = How many interactions in all
help-demo-seed = Seed for the generator: the same seed gives the same notebook
help-demo-no-invoices = Leave out the invoices sent and bills to pay
help-demo-no-promises = Leave out the promises kept, late and broken and the complaints resolved or open

## due
help-due = What needs attention: overdue, today, the next days, gone quiet, occasions, waiting on them
    .example =
        kith due
        kith due --days 14 --json
help-due-days = How many days ahead to look for follow-ups (occasions: at least 14)
help-due-json = Print JSON

## followup
help-followup = Add a follow-up: "WHEN: WHAT", e.g. "fri: send the quote" (a promise unless told otherwise)
    .example =
        kith followup ana "fri: send the quote"
        kith followup ana --they-owe "next monday: the signed contract"
help-followup-contact = Id or name of the contact
help-followup-spec = WHEN: WHAT — WHEN is tomorrow, fri, next monday, in 3 days, 2026-12-01, 12-01…
help-followup-they-owe = Something they owe you
help-followup-reminder = A plain reminder

## search
help-search = Search contacts (name, company, tags, emails, phone digits, filters) or, with --notes or a leading #, note text
    .example =
        kith search acme tag:vip
        kith search --notes renewal
        kith search due:overdue --json
help-search-query = Words and filters: kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
help-search-notes = Search note text
help-search-limit = How many results at most
help-search-json = Print JSON

## export
help-export = Write the notebook to a file other tools read (json: the full backup)
    .long =
        Write the notebook to a file other tools read.

        The formats (--format):
          json   the full backup: contacts, notes, follow-ups and drafts, which `kith import` restores
          vcard  every contact as vCard 4.0 (3.0 with --vcard3), one file, or one file per contact with --dir
          csv    every contact, in Google Contacts' layout (Outlook and Thunderbird read it too)
          ics    open follow-ups as to-dos, birthdays and occasions as yearly events, for a calendar
    .example =
        kith export --format json -o backup.json
        kith export --format vcard --dir ~/contacts
        kith export --format csv -o contacts.csv
        kith export --format ics --alarm-before 30 -o kith.ics
help-export-format = What to write
help-export-format-json = The full backup, which `kith import` restores
help-export-format-vcard = Every contact (vCard 4.0, or 3.0 with --vcard3)
help-export-format-csv = Every contact, in Google Contacts' layout
help-export-format-ics = Open follow-ups, birthdays and occasions, for a calendar
help-export-vcard3 = vCard 3.0 instead of 4.0, for older tools
help-export-alarm-before = ics: remind this many minutes before a follow-up is due (default: when it is due; an all-day follow-up is due at the start of its day)
help-export-output = Where to write it (default: standard output)
help-export-dir = vcard: one file per contact in this folder, named by UID (a vdir, as khard reads)
help-export-force = With --dir: replace files in the folder that kith did not write (an earlier export's card for the same contact is always replaced)
help-export-strict = Write nothing if any record is damaged, instead of writing the rest and naming the damaged ones on stderr

## import
help-import = Import vCard files (.vcf, or a folder of them), CSV files (Google, Outlook, Thunderbird) or restore a kith JSON backup
    .long =
        Import vCard files (.vcf, or a folder of them), CSV files (Google, Outlook, Thunderbird) or restore a kith JSON backup.

        Each PATH is read by what it is:
          vCard (.vcf, any other name)  contacts from phones and address books (vCard 2.1, 3.0, 4.0); merged with the contacts they match
          a folder                      every .vcf file in it (a vdir, as khard and vdirsyncer keep)
          CSV (.csv)                    contacts exported by Google Contacts, Outlook or Thunderbird; merged the same way
          JSON backup (.json)           the whole notebook, as `kith export --format json` wrote it: notes, follow-ups and drafts too; restored only into an empty notebook
    .example =
        kith import contacts.vcf ~/phone-contacts/
        kith import --dry-run google.csv
        kith --db new.redb import backup.json
help-import-paths = .vcf files, folders of .vcf files, .csv files, or a backup written by `kith export --format json`
help-import-dry-run = Say what would be created, merged and left alone; change nothing
help-import-skip-bad = Import the cards that read and list the damaged ones (by default a file, or a folder, with a damaged card is refused whole)
help-import-encoding = The files' character encoding when kith guesses wrong (e.g. windows-1252, shift_jis, utf-16le); by default UTF-8, UTF-16 by its BOM, else Windows-1252 (or Shift-JIS)

## sync
help-sync = Sync the contacts with a CardDAV address book (Radicale, Nextcloud, Fastmail…), both ways: sends what changed here, takes what changed there
    .example =
        kith sync --url https://dav.example.com/ --user anita --password-cmd 'pass show dav'
        kith sync
        kith sync --conflicts
        kith sync --resolve "Anita Sharma" --keep theirs
help-sync-url = The server, a principal or an address book (the address book is found, or made); else `url` under [sync] in the config
help-sync-user = The user name on the server; else `user` under [sync]
help-sync-password-cmd = A command that prints the password (its first line), e.g. 'pass show dav'; else KITH_SYNC_PASSWORD, else `password_cmd` under [sync]
help-sync-conflicts = List the contacts changed here and on the server since the last sync, with what differs
help-sync-resolve = Resolve a contact's conflict (with --keep)
help-sync-keep = Which version --resolve keeps
help-sync-keep-mine = this notebook's: it is sent at the next sync
help-sync-keep-theirs = the server's: it replaces the contact here

## duplicates
help-duplicates = List contacts that are likely the same person (same email, phone or name), with why
    .example =
        kith duplicates
        kith duplicates --json
help-duplicates-json = Print JSON: [{"{"}"first", "second", "reasons"{"}"}]

## merge
help-merge = Merge two records of one person: everything of the second (interactions, notes, follow-ups, its draft, whom it referred, fields the first lacks) goes to the first, and the second record is removed
    .example =
        kith merge "Ana Ruiz" "A. Ruiz"
help-merge-keep = The contact to keep (name or id)
help-merge-absorb = The contact merged into it and removed (name or id)

## done
help-done = Mark a follow-up done
    .example =
        kith done 31
help-done-id = The follow-up's id (as `kith due` and `kith show` list it)

## snooze
help-snooze = Move a follow-up to another day
    .example =
        kith snooze 31 next monday
help-snooze-id = { help-done-id }
help-snooze-when = The new day: tomorrow, fri, next monday, in 3 days, 2026-12-01…

## drop
help-drop = Drop a follow-up that is no longer wanted
    .example =
        kith drop 31
help-drop-id = { help-done-id }

## check
help-check = Verify the whole notebook file: pages, records, indexes, counts (exit 3 on damage)
    .example =
        kith check
        kith check --repair
help-check-repair = Let redb repair the file, and rebuild every index (names, due dates, note search…) from the records; records that do not decode are left in place and reported
help-check-json = Print the report as JSON

## completions
help-completions = Print the completion script for SHELL to standard output
    .example =
        kith completions bash > ~/.local/share/bash-completion/completions/kith
help-completions-shell = The shell to complete kith in

## undo, redo, delete
help-undo = Take back the last change to the notebook (from this screen, a command or a script); says what it undid
    .example =
        kith undo
        kith undo --list
help-undo-list = Show the last changes instead, newest first, and which were undone
help-undo-yes = Undo without asking first (a script is never asked)
help-redo = Do the last change undone again
    .example =
        kith redo
help-redo-yes = Redo without asking first (a script is never asked)
help-delete = Delete a contact with its interactions, notes and follow-ups (asks first; kith undo brings it back)
    .example =
        kith delete "Ana Ruiz"
        kith delete 12 --yes
help-delete-contact = Id or name of the contact
help-delete-yes = Delete without asking (for scripts)

## invoice, bill, paid, owed (money owed both ways: cli/owed/)
help-invoice = Record an invoice you sent: the contact owes you the amount by the due day
    .example =
        kith invoice ana 1200.00 EUR --due "in 30 days" --ref INV-2026-014
        kith invoice "Acme Ltd" "45000 INR" --issued 2026-11-01 --due 2026-12-01
help-invoice-contact = Id or name of the contact
help-invoice-amount = The amount and its currency: 1200.50 EUR, EUR 1200.50, 45000 INR
help-invoice-due = The due day, counted from the day it was issued: in 30 days, 2026-12-01, fri…
help-invoice-issued = The day it was issued (today unless told): yesterday, 2026-11-01…
help-invoice-reference = Its number or reference, to name it in `kith paid`
help-bill = Record a bill a supplier sent: you owe them the amount by the due day
    .example =
        kith bill "Paper Mill" 80.00 EUR --due "in 14 days" --ref PM-7781
help-bill-contact = Id or name of the contact
help-bill-amount = { help-invoice-amount }
help-bill-due = { help-invoice-due }
help-bill-issued = { help-invoice-issued }
help-bill-reference = { help-invoice-reference }
help-invoice-edit = Change an invoice or a bill, named by its reference or id: its amount (never below what was paid), due day or reference (kith undo takes it back)
    .example =
        kith invoice edit INV-2026-014 --amount 1500 EUR
        kith invoice edit 42 --due 2026-12-15 --ref INV-2026-015
help-invoice-edit-invoice = { help-paid-invoice }
help-invoice-edit-amount = The new amount and its currency: 1500.00 EUR
help-invoice-edit-due = The new due day, counted from the day it was issued: in 45 days, 2026-12-15…
help-invoice-edit-reference = The new number or reference
help-invoice-delete = Delete an invoice or a bill, named by its reference or id, with its payments (asks first; kith undo brings it back)
    .example =
        kith invoice delete INV-2026-014
        kith invoice delete 42 --yes
help-invoice-delete-invoice = { help-paid-invoice }
help-invoice-delete-yes = Delete it without asking (for scripts)
help-bill-edit = { help-invoice-edit }
    .example =
        kith bill edit PM-7781 --amount 95.00 EUR
        kith bill edit 42 --due "in 30 days"
help-bill-edit-invoice = { help-paid-invoice }
help-bill-edit-amount = { help-invoice-edit-amount }
help-bill-edit-due = { help-invoice-edit-due }
help-bill-edit-reference = { help-invoice-edit-reference }
help-bill-delete = { help-invoice-delete }
    .example =
        kith bill delete PM-7781
        kith bill delete 42 --yes
help-bill-delete-invoice = { help-paid-invoice }
help-bill-delete-yes = { help-invoice-delete-yes }
help-paid = Record a payment against an invoice or a bill, named by its reference or id
    .example =
        kith paid INV-2026-014 200.00 EUR
        kith paid 42 80 EUR --on yesterday
help-paid-invoice = The invoice's or bill's reference, or its id
help-paid-amount = What was paid, in the invoice's currency: 200.00 EUR
help-paid-on = The day it was paid (today unless told): yesterday, 2026-11-20…
help-writeoff = Write off an invoice or a bill, named by its reference or id: what is left will not be paid (asks first; kith undo takes it back)
    .example =
        kith writeoff INV-2026-014 --reason "the shop closed"
        kith writeoff 42 --yes
help-writeoff-invoice = { help-paid-invoice }
help-writeoff-reason = Why, kept as a note on the contact's timeline
help-writeoff-yes = Write it off without asking (for scripts)
help-void = Void an invoice or a bill, named by its reference or id: it was never owed (asks first; kith undo takes it back)
    .example =
        kith void INV-2026-014
        kith void 42 --yes
help-void-invoice = { help-paid-invoice }
help-void-yes = Void it without asking (for scripts)
help-owed = Money owed both ways: invoices not yet paid and bills to pay, per currency, in aging buckets
    .example =
        kith owed
        kith owed ana --json
help-owed-contact = Only this contact (id or name): all their invoices and bills
help-owed-json = Print JSON
help-promises = How promises were kept: the on-time rate of what I owe and what I am owed, overall or for one contact, and the promises of mine that were broken
    .example =
        kith promises
        kith promises ana --since 2026-01-01 --until 2026-03-31
        kith promises --json
help-promises-contact = Only this contact (id or name)
help-promises-since = Count the promises due on or after this day: 2026-01-01, "3 months ago"…
help-promises-until = Count the promises due on or before this day
help-promises-json = Print JSON
help-complaints = Complaints: those still open with how long they have been, and how long resolved ones took (median and average)
    .example =
        kith complaints
        kith complaints --since 2026-01-01 --json
help-complaints-since = Count the complaints resolved on or after this day
help-complaints-until = Count the complaints resolved on or before this day
help-complaints-json = Print JSON
help-resolve = Record how a complaint was settled: it is open until resolved
    .example =
        kith resolve 1234 "refunded the delivery and apologised"
        kith resolve 1234 "replaced the part" --on yesterday
help-resolve-note = The complaint's note id (kith show lists them, kith complaints too)
help-resolve-text = How it was settled
help-resolve-on = The day it was settled (today unless told)
help-referrals = Referrals: the contacts whose referrals bought the most (per currency), or whom one contact referred and what that brought
    .example =
        kith referrals
        kith referrals "Anna Puig"
        kith referrals --json
help-referrals-contact = Whose referrals to show (a name, part of one, or an id)
help-referrals-json = Print JSON
help-event = Record a life event (a child turning 21, a new shop, a move): a one-time reminder on its day, or with --yearly an occasion the review shows every year
    .example =
        kith event "Anna Puig" "Pau turns 21" --on 2027-05-03
        kith event "Anna Puig" "New shop opens" --on 2027-03-01 --before 7
        kith event "Joan Vila" "Wedding anniversary" --on 2015-06-20 --yearly
help-event-contact = Whose life event it is (a name, part of one, or an id)
help-event-label = What happens, in a few words
help-event-on = The day it happens
help-event-yearly = It comes back every year (an occasion of the contact) instead of once
help-event-before = Remind this many days before the day (a one-time event; 0 unless told)
help-demo-no-referrals = Leave out the referrals, the first-purchase anniversaries of the coming days and the life events
help-stats = Retention and value: interactions per week by channel, customers gained, lost and kept per month with why they left, money owed by age, promises kept, top customers, value by kind and tag, and who is at risk
    .example =
        kith stats
        kith stats --months 6 --weeks 8 --json
help-stats-months = Months of customers gained and lost, the current one last
help-stats-weeks = ISO weeks of interactions, the current one last
help-stats-top = Top customers listed per currency
help-stats-json = Print JSON
help-at-risk = Contacts whose silence has passed their usual rhythm (learned from their history, else their set cadence), furthest past first
    .example =
        kith at-risk
        kith at-risk --json
help-at-risk-limit = List at most this many (all are counted)
help-at-risk-json = Print JSON
help-value = What contacts are worth (purchases minus refunds, per currency): one contact, or the top customers and the value by kind and by tag
    .example =
        kith value ana
        kith value --by tag --top 5
        kith value --json
help-value-who = Only this contact (id or name)
help-value-by = Only the value by kind or only by tag
help-value-by-kind = By kind
help-value-by-tag = By tag
help-value-top = Top customers listed per currency
help-value-json = Print JSON
help-demo-no-retention = Leave out the year's customers lost (with why) and gained, and the refunds
help-demo-no-occasions = Leave out the local occasions some people and tags are greeted for
help-celebrate = Greet a contact, or every contact with a tag, on local occasions (Diwali, Holi, Durga Puja, Pohela Boishakh, Eid, Sant Jordi, La Diada, name days, new years): the review lists them under Greetings. Without occasions it says what reaches the contact and why
    .example =
        kith celebrate "Anita Sharma" diwali holi
        kith celebrate --tag barcelona sant-jordi name-day
        kith celebrate "Anita Sharma" holi --remove
        kith celebrate "Anita Sharma"
help-celebrate-words = The contact (a name, part of one, or an id), then the occasions' ids; with --tag only the occasions
help-celebrate-tag = Every contact with this tag, now and later, instead of one contact
help-celebrate-remove = Take the occasions away instead of adding them
help-occasions = The coming local occasions with their dates and who will be greeted
    .example =
        kith occasions
        kith occasions --days 90 --json
help-occasions-days = How many days ahead to look
help-occasions-json = Print JSON
