### The command line's help: what `kith --help`, `kith COMMAND --help` and the shell completions
### say of each command and option. Ids follow the clap command tree: help-<command> for a command,
### help-<command>-<option> for its options and arguments (help-kith-<option> for the global ones),
### with `-` for `_`; src/cli/help.rs asks for them by those names, and a test makes sure every
### command and option has one. A `.long` attribute is the longer text `--help` shows where it
### differs from `-h`. Every option has words here: a test refuses an empty one.

## kith itself, and the options every command takes
help-kith = টার্মিনালের জন্য কিবোর্ড-চালিত সম্পর্কের নোটবুক
    .long =
        টার্মিনালের জন্য কিবোর্ড-চালিত সম্পর্কের নোটবুক।

        কোনো কমান্ড না দিলে kith নোটবুকের স্ক্রিন খোলে।
    .example =
        kith                        নোটবুকের স্ক্রিন খুলুন
        kith init ~/notes/kith.redb  আপনার পছন্দের ফোল্ডারে একটা নোটবুক বানান
        kith --db ~/notes/kith.redb list
help-kith-db = নোটবুক ফাইল (ডিফল্ট: প্ল্যাটফর্মের ডেটা ডিরেক্টরি, যেমন ~/.local/share/kith/kith.redb)
help-kith-config = কনফিগ ফাইল (ডিফল্ট: প্ল্যাটফর্মের কনফিগ ডিরেক্টরি, যেমন ~/.config/kith/config.toml)
help-kith-wait = অন্য কোনো kith প্রসেস লেখা শেষ করা পর্যন্ত লেখার কমান্ড কতক্ষণ অপেক্ষা করবে
# The heading of the three options above in every command's help, and of the examples at its end.
help-global-options = সব কমান্ডের অপশন
help-examples = উদাহরণ:

## init
help-init = একটা নতুন, খালি নোটবুক (আর তার ফোল্ডার) বানান; আগে থেকে থাকা নোটবুক যেমন আছে তেমনই থাকে
    .long =
        একটা নতুন, খালি নোটবুক বানান, আর যে ফোল্ডারে সেটা থাকবে সেগুলোও।

        --db বা KITH_DB দিয়ে দেওয়া নোটবুকের জন্য কমান্ডগুলো কখনো ফোল্ডার বানায় না: ভুল টাইপ করা পাথ একটা ভুল, নতুন নোটবুক নয়। ফোল্ডারটা থাকলে, প্রথম যে কমান্ড কিছু লেখে সেটাই ফাইল তৈরি করে (আর তা জানিয়ে দেয়); যেসব কমান্ড শুধু পড়ে সেগুলো খালি নোটবুক দেখায়, কিছু তৈরি করে না। PATH-এ আগে থেকে নোটবুক থাকলে সেটা যেমন আছে তেমনই থাকে।
    .example =
        kith init ~/notes/kith.redb
        kith --db ~/notes/kith.redb add "Ana Ruiz"
help-init-path = নোটবুক কোথায় যাবে (ডিফল্ট: --db, KITH_DB বা ডিফল্ট জায়গা)

## add
help-add = একটা কন্টাক্ট যোগ করুন
    .example =
        kith add "Ana Ruiz" --company Acme --email work:ana@acme.com --tag fair-2025
        kith add "Marc Puig" --kind prospect --birthday 05-14 --cadence 30
help-add-name = দেখানোর নাম
help-add-company = তাঁরা যে কোম্পানি বা প্রতিষ্ঠানে আছেন
help-add-title = তাঁদের পদবি বা ভূমিকা
help-add-kind = কন্টাক্টের ধরন (ডিফল্ট: customer, স্ক্রিনের ফর্মের মতো)
help-add-email = একটা ইমেইল, চাইলে লেবেলসহ: work:ana@example.com (একাধিকবার দেওয়া যায়)
help-add-phone = একটা ফোন নম্বর, চাইলে লেবেলসহ: mobile:+880 1711 111222 (একাধিকবার দেওয়া যায়)
help-add-tag = একটা ট্যাগ (একাধিকবার দেওয়া যায়)
help-add-birthday = MM-DD বা YYYY-MM-DD
help-add-cadence = প্রতি DAYS দিনে যোগাযোগ রাখুন (বন্ধ করতে "")
help-add-grade = সম্পর্কের গ্রেড, 1 থেকে 10
help-add-interests = আপনাদের মধ্যে যা মিল আছে
help-add-how-met = কীভাবে পরিচয় হয়েছিল
help-add-referred-by = যে কন্টাক্ট এঁকে রেফার করেছেন তাঁর id বা নাম
help-add-occasion = বছরে একবারের বিশেষ দিন, LABEL=DATE, যেমন বিবাহবার্ষিকী=2019-06-01 (একাধিকবার দেওয়া যায়)
help-add-profile = প্রোফাইল, যা খুশি লিখুন

## edit
help-edit = কন্টাক্টের তথ্য বদলান; খালি মান ("") দিলে ঘরটা মুছে যায়
    .example =
        kith edit "Ana Ruiz" --title "বিক্রয় প্রধান" --tag vip --tag fair-2025
        kith edit 12 --company ""
help-edit-contact = কন্টাক্টের id বা নাম
help-edit-name = নতুন দেখানোর নাম
help-edit-company = { help-add-company }
help-edit-title = { help-add-title }
help-edit-kind = কন্টাক্টের ধরন
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
help-archive = একটা কন্টাক্ট আর্কাইভ করুন (যেমন যে ক্রেতা আর আসেন না), কারণসহ
    .example =
        kith archive "Ana Ruiz" --reason "অন্য দোকানে চলে গেছেন"
help-archive-contact = কন্টাক্টের id বা নাম
help-archive-reason = কেন (কন্টাক্টের সাথে রাখা থাকে; `kith show` তা দেখায়)

## unarchive
help-unarchive = আর্কাইভ করা কন্টাক্ট ফিরিয়ে আনুন
    .example =
        kith unarchive "Ana Ruiz"
help-unarchive-contact = আর্কাইভ করা কন্টাক্টের id বা নাম

## log
help-log = একটা যোগাযোগ লিখে রাখুন; নোট হলো TEXT, না দিলে স্ট্যান্ডার্ড ইনপুট
    .example =
        kith log ana "দুপুরে খাওয়া: শুক্রবারের মধ্যে কোটেশন চান। শুক্রবার: কোটেশন পাঠাতে হবে"
        kith log 12 --channel call --at "2026-03-02 16:00" "রিনিউয়ালের ব্যাপারে ফোন করেছিলাম"
        kith log ana --amount "120.50 EUR" "শীতের সেটটা কিনলেন"
help-log-contact = কন্টাক্টের id বা নাম
help-log-channel = কোন মাধ্যমে যোগাযোগ হয়েছিল (ডিফল্ট: in_person, --amount দিলে purchase)
help-log-at = কখন হয়েছিল, "YYYY-MM-DD HH:MM" (ডিফল্ট: এখন)
help-log-amount = কত খরচ হয়েছে, যেমন "120.50 EUR"
help-log-sentiment = তাঁদের কেমন লেগেছে
help-log-text = নোট (না দিলে স্ট্যান্ডার্ড ইনপুট থেকে পড়া হয়)
help-note = সেভ করা নোট এডিট করুন: নতুন লেখা হলো --text, না দিলে স্ট্যান্ডার্ড ইনপুট
    .example =
        kith note edit 4182 --text "ইনভয়েসের টাকা দিয়েছেন; শুক্রবার স্যাম্পল চান"
        kith note edit 4182 < corrected.txt
help-note-what = নোটটা নিয়ে কী করবেন
help-note-what-edit = নোটের লেখা বদলে দিন (সময়, মাধ্যম আর অঙ্ক একই থাকে)
help-note-id = নোটের id, kith show যেভাবে দেখায়
help-note-text = নতুন লেখা (না দিলে স্ট্যান্ডার্ড ইনপুট থেকে পড়া হয়)

## list
help-list = নামের ক্রমে কন্টাক্টের তালিকা
    .example =
        kith list --kind customer --tag vip
        kith list --archived --json
help-list-kind = শুধু এই ধরনের কন্টাক্ট
help-list-tag = শুধু এই ট্যাগের কন্টাক্ট
help-list-archived = চালু কন্টাক্টের বদলে আর্কাইভ করা কন্টাক্টের তালিকা
help-list-json = JSON দেখান

## show
help-show = একটা কন্টাক্ট দেখুন: প্রোফাইল, ফলো-আপ আর টাইমলাইন
    .example =
        kith show "Ana Ruiz"
        kith show 12 --json
help-show-contact = কন্টাক্টের id বা নাম
help-show-json = JSON দেখান

## demo
help-demo = kith চালিয়ে দেখার জন্য একটা খালি নোটবুক বাস্তবসম্মত নমুনা দিয়ে ভরে দিন
    .example =
        kith --db kith-demo.redb demo --contacts 500 --interactions 5000
help-demo-contacts = কতগুলো কন্টাক্ট
help-demo-interactions = মোট কতগুলো যোগাযোগ
help-demo-seed = জেনারেটরের seed: একই seed দিলে একই নোটবুক হয়
help-demo-no-invoices = পাঠানো ইনভয়েস আর দেওয়ার বিল বাদ রাখুন
help-demo-no-promises = রাখা, দেরিতে রাখা আর ভাঙা প্রতিশ্রুতি, আর মেটানো বা খোলা অভিযোগ বাদ রাখুন

## due
help-due = কী কী দেখতে হবে: সময় পেরোনো, আজ, সামনের দিনগুলো, অনেকদিন যোগাযোগ নেই, বিশেষ দিন, তাঁদের অপেক্ষায়
    .example =
        kith due
        kith due --days 14 --json
help-due-days = ফলো-আপের জন্য কত দিন সামনে পর্যন্ত দেখবেন (বিশেষ দিন: অন্তত 14)
help-due-json = JSON দেখান

## followup
help-followup = একটা ফলো-আপ যোগ করুন: "WHEN: WHAT", যেমন "শুক্রবার: কোটেশন পাঠাতে হবে" (অন্য কিছু না বললে এটা আপনার প্রতিশ্রুতি)
    .example =
        kith followup ana "শুক্রবার: কোটেশন পাঠাতে হবে"
        kith followup ana --they-owe "আগামী সোমবার: সই করা চুক্তিপত্র"
help-followup-contact = কন্টাক্টের id বা নাম
help-followup-spec = WHEN: WHAT — WHEN হতে পারে আগামীকাল, শুক্রবার, আগামী সোমবার, ৩ দিনে, আগামী সপ্তাহে, ৪ ডিসেম্বর, 2026-12-01, 12-01…
help-followup-they-owe = তাঁরা আপনাকে যা দেবেন
help-followup-reminder = সাধারণ রিমাইন্ডার

## search
help-search = কন্টাক্ট খুঁজুন (নাম, কোম্পানি, ট্যাগ, ইমেইল, ফোনের অঙ্ক, ফিল্টার), অথবা --notes বা শুরুতে # দিলে নোটের লেখা
    .example =
        kith search acme tag:vip
        kith search --notes renewal
        kith search due:overdue --json
help-search-query = শব্দ আর ফিল্টার: kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
help-search-notes = নোটের লেখায় খুঁজুন
help-search-limit = সর্বোচ্চ কতগুলো ফলাফল
help-search-json = JSON দেখান

## export
help-export = নোটবুকটা এমন ফাইলে লিখুন যা অন্য টুল পড়তে পারে (json: পুরো ব্যাকআপ)
    .long =
        নোটবুকটা এমন ফাইলে লিখুন যা অন্য টুল পড়তে পারে।

        ফরম্যাট (--format):
          json   পুরো ব্যাকআপ: কন্টাক্ট, নোট, ফলো-আপ আর খসড়া, যা `kith import` ফিরিয়ে আনে
          vcard  প্রতিটা কন্টাক্ট vCard 4.0 হিসেবে (--vcard3 দিলে 3.0), একটা ফাইলে, বা --dir দিলে প্রতি কন্টাক্টে একটা ফাইল
          csv    প্রতিটা কন্টাক্ট, Google Contacts-এর বিন্যাসে (Outlook আর Thunderbird-ও পড়তে পারে)
          ics    খোলা ফলো-আপ to-do হিসেবে, জন্মদিন আর বিশেষ দিন বার্ষিক ইভেন্ট হিসেবে, ক্যালেন্ডারের জন্য
    .example =
        kith export --format json -o backup.json
        kith export --format vcard --dir ~/contacts
        kith export --format csv -o contacts.csv
        kith export --format ics --alarm-before 30 -o kith.ics
help-export-format = কী লিখবেন
help-export-format-json = পুরো ব্যাকআপ, যা `kith import` ফিরিয়ে আনে
help-export-format-vcard = প্রতিটা কন্টাক্ট (vCard 4.0, বা --vcard3 দিলে 3.0)
help-export-format-csv = প্রতিটা কন্টাক্ট, Google Contacts-এর বিন্যাসে
help-export-format-ics = খোলা ফলো-আপ, জন্মদিন আর বিশেষ দিন, ক্যালেন্ডারের জন্য
help-export-vcard3 = 4.0-এর বদলে vCard 3.0, পুরোনো টুলের জন্য
help-export-alarm-before = ics: ফলো-আপের সময় হওয়ার এত মিনিট আগে মনে করিয়ে দিন (ডিফল্ট: সময় হলে; সারাদিনের ফলো-আপের সময় সেই দিনের শুরুতে)
help-export-output = কোথায় লিখবেন (ডিফল্ট: স্ট্যান্ডার্ড আউটপুট)
help-export-dir = vcard: এই ফোল্ডারে প্রতি কন্টাক্টে একটা ফাইল, UID অনুযায়ী নাম (একটা vdir, khard যেভাবে পড়ে)
help-export-force = --dir-এর সাথে: ফোল্ডারে যেসব ফাইল kith লেখেনি সেগুলোও বদলে দিন (একই কন্টাক্টের আগের এক্সপোর্টের কার্ড সবসময় বদলানো হয়)
help-export-strict = কোনো রেকর্ড ক্ষতিগ্রস্ত হলে কিছুই লিখবেন না, বাকিগুলো লিখে ক্ষতিগ্রস্তগুলোর নাম stderr-এ দেওয়ার বদলে

## import
help-import = vCard ফাইল (.vcf, বা তার ফোল্ডার), CSV ফাইল (Google, Outlook, Thunderbird) ইমপোর্ট করুন, অথবা kith-এর JSON ব্যাকআপ ফিরিয়ে আনুন
    .long =
        vCard ফাইল (.vcf, বা তার ফোল্ডার), CSV ফাইল (Google, Outlook, Thunderbird) ইমপোর্ট করুন, অথবা kith-এর JSON ব্যাকআপ ফিরিয়ে আনুন।

        প্রতিটা PATH তার ধরন অনুযায়ী পড়া হয়:
          vCard (.vcf, বা অন্য যেকোনো নাম)  ফোন আর অ্যাড্রেস বুকের কন্টাক্ট (vCard 2.1, 3.0, 4.0); যে কন্টাক্টের সাথে মেলে তার সাথে একত্র করা হয়
          ফোল্ডার                          এর ভেতরের প্রতিটা .vcf ফাইল (একটা vdir, khard আর vdirsyncer যেভাবে রাখে)
          CSV (.csv)                        Google Contacts, Outlook বা Thunderbird থেকে এক্সপোর্ট করা কন্টাক্ট; একইভাবে একত্র করা হয়
          JSON ব্যাকআপ (.json)              পুরো নোটবুক, `kith export --format json` যেভাবে লিখেছে: নোট, ফলো-আপ আর খসড়াও; শুধু খালি নোটবুকে ফিরিয়ে আনা যায়
    .example =
        kith import contacts.vcf ~/phone-contacts/
        kith import --dry-run google.csv
        kith --db new.redb import backup.json
help-import-paths = .vcf ফাইল, .vcf ফাইলের ফোল্ডার, .csv ফাইল, বা `kith export --format json` দিয়ে লেখা ব্যাকআপ
help-import-dry-run = কী তৈরি হবে, কী একত্র হবে আর কী যেমন আছে থাকবে তা বলুন; কিছু বদলাবেন না
help-import-skip-bad = যে কার্ডগুলো পড়া যায় সেগুলো ইমপোর্ট করুন আর ক্ষতিগ্রস্তগুলোর তালিকা দিন (ডিফল্টে, কোনো ফাইল বা ফোল্ডারে একটাও ক্ষতিগ্রস্ত কার্ড থাকলে পুরোটাই বাতিল হয়)
help-import-encoding = kith ভুল অনুমান করলে ফাইলের অক্ষর-এনকোডিং (যেমন windows-1252, shift_jis, utf-16le); ডিফল্টে UTF-8, BOM থাকলে UTF-16, নাহলে Windows-1252 (বা Shift-JIS)

## sync
help-sync = পরিচিতিগুলো CardDAV ঠিকানা-বইয়ের (Radicale, Nextcloud, Fastmail…) সঙ্গে দুই দিকে সিঙ্ক করুন: এখানকার বদল পাঠায়, ওখানকার বদল আনে
    .example =
        kith sync --url https://dav.example.com/ --user anita --password-cmd 'pass show dav'
        kith sync
        kith sync --conflicts
        kith sync --resolve "Anita Sharma" --keep theirs
help-sync-url = সার্ভার, প্রিন্সিপাল বা ঠিকানা-বই (ঠিকানা-বই খুঁজে নেওয়া হয়, বা বানানো হয়); নাহলে কনফিগের [sync]-এর নিচে `url`
help-sync-user = সার্ভারে ব্যবহারকারীর নাম; নাহলে [sync]-এর নিচে `user`
help-sync-password-cmd = যে কমান্ড পাসওয়ার্ড ছাপে (তার প্রথম লাইন), যেমন 'pass show dav'; নাহলে KITH_SYNC_PASSWORD, নাহলে [sync]-এর নিচে `password_cmd`
help-sync-conflicts = শেষ সিঙ্কের পর এখানে ও সার্ভারে দুই জায়গাতেই বদলানো পরিচিতি দেখান, কী আলাদা তা সহ
help-sync-resolve = একটি পরিচিতির সংঘাত মেটান (--keep সহ)
help-sync-keep = --resolve কোন সংস্করণ রাখবে
help-sync-keep-mine = এই নোটবুকের: পরের সিঙ্কে পাঠানো হয়
help-sync-keep-theirs = সার্ভারের: এখানকার পরিচিতির জায়গা নেয়

## duplicates
help-duplicates = যেসব কন্টাক্ট সম্ভবত একই মানুষ (একই ইমেইল, ফোন বা নাম), কারণসহ তাদের তালিকা
    .example =
        kith duplicates
        kith duplicates --json
help-duplicates-json = JSON দেখান: [{"{"}"first", "second", "reasons"{"}"}]

## merge
help-merge = একই মানুষের দুটো রেকর্ড একত্র করুন: দ্বিতীয়টার সবকিছু (যোগাযোগ, নোট, ফলো-আপ, খসড়া, যাঁদের রেফার করেছেন, প্রথমটায় যেসব ঘর নেই) প্রথমটায় যায়, আর দ্বিতীয় রেকর্ডটা মুছে যায়
    .example =
        kith merge "Ana Ruiz" "A. Ruiz"
help-merge-keep = যে কন্টাক্ট রাখবেন (নাম বা id)
help-merge-absorb = যে কন্টাক্ট এর সাথে একত্র হয়ে মুছে যাবে (নাম বা id)

## done
help-done = একটা ফলো-আপ সম্পন্ন হিসেবে চিহ্নিত করুন
    .example =
        kith done 31
help-done-id = ফলো-আপের id (`kith due` আর `kith show` যেভাবে দেখায়)

## snooze
help-snooze = একটা ফলো-আপ অন্য দিনে সরিয়ে দিন
    .example =
        kith snooze 31 আগামী সোমবার
help-snooze-id = { help-done-id }
help-snooze-when = নতুন দিন: আগামীকাল, শুক্রবার, আগামী সোমবার, ৩ দিনে, 2026-12-01…

## drop
help-drop = যে ফলো-আপ আর দরকার নেই সেটা বাদ দিন
    .example =
        kith drop 31
help-drop-id = { help-done-id }

## check
help-check = পুরো নোটবুক ফাইল যাচাই করুন: পেজ, রেকর্ড, ইনডেক্স, গণনা (ক্ষতি পেলে exit 3)
    .example =
        kith check
        kith check --repair
help-check-repair = redb-কে ফাইলটা সারাতে দিন, আর রেকর্ড থেকে প্রতিটা ইনডেক্স (নাম, সময়সীমা, নোট খোঁজা…) নতুন করে তৈরি করুন; যে রেকর্ড ডিকোড হয় না সেগুলো যেমন আছে থাকে আর রিপোর্টে জানানো হয়
help-check-json = রিপোর্টটা JSON হিসেবে দেখান

## completions
help-completions = SHELL-এর জন্য কমপ্লিশন স্ক্রিপ্ট স্ট্যান্ডার্ড আউটপুটে দেখান
    .example =
        kith completions bash > ~/.local/share/bash-completion/completions/kith
help-completions-shell = যে শেলে kith কমপ্লিট হবে

## undo, redo, delete
help-undo = নোটবুকের শেষ পরিবর্তনটা ফিরিয়ে নিন (এই স্ক্রিন, কোনো কমান্ড বা স্ক্রিপ্ট থেকে করা); কী ফিরিয়ে নিল তা জানায়
    .example =
        kith undo
        kith undo --list
help-undo-list = তার বদলে শেষের পরিবর্তনগুলো দেখান, নতুনগুলো আগে, আর কোনগুলো ফিরিয়ে নেওয়া হয়েছে
help-undo-yes = আগে জিজ্ঞেস না করেই আনডু করুন (স্ক্রিপ্টকে কখনো জিজ্ঞেস করা হয় না)
help-redo = শেষ যে পরিবর্তন আনডু করা হয়েছিল সেটা আবার করুন
    .example =
        kith redo
help-redo-yes = আগে জিজ্ঞেস না করেই রিডু করুন (স্ক্রিপ্টকে কখনো জিজ্ঞেস করা হয় না)
help-delete = একটা কন্টাক্ট তার যোগাযোগ, নোট আর ফলো-আপসহ মুছে ফেলুন (আগে জিজ্ঞেস করে; kith undo আবার ফিরিয়ে আনে)
    .example =
        kith delete "Ana Ruiz"
        kith delete 12 --yes
help-delete-contact = কন্টাক্টের id বা নাম
help-delete-yes = জিজ্ঞেস না করেই মুছুন (স্ক্রিপ্টের জন্য)

## invoice, bill, paid, owed (money owed both ways: cli/owed/)
help-invoice = আপনার পাঠানো একটা ইনভয়েস লিখে রাখুন: কন্টাক্ট শেষ তারিখের মধ্যে আপনাকে টাকাটা দেবেন
    .example =
        kith invoice ana 1200.00 EUR --due "৩০ দিনে" --ref INV-2026-014
        kith invoice "Acme Ltd" "45000 INR" --issued 2026-11-01 --due 2026-12-01
help-invoice-contact = কন্টাক্টের id বা নাম
help-invoice-amount = টাকার অঙ্ক আর মুদ্রা: 1200.50 EUR, EUR 1200.50, 45000 INR
help-invoice-due = শেষ তারিখ, ইস্যুর দিন থেকে গোনা: ৩০ দিনে, 2026-12-01, শুক্রবার…
help-invoice-issued = ইস্যুর দিন (না বললে আজ): গতকাল, 2026-11-01…
help-invoice-reference = এর নম্বর বা রেফারেন্স, `kith paid`-এ এটা বোঝাতে
help-bill = সাপ্লায়ারের পাঠানো একটা বিল লিখে রাখুন: শেষ তারিখের মধ্যে আপনি তাঁদের টাকাটা দেবেন
    .example =
        kith bill "Paper Mill" 80.00 EUR --due "১৪ দিনে" --ref PM-7781
help-bill-contact = কন্টাক্টের id বা নাম
help-bill-amount = { help-invoice-amount }
help-bill-due = { help-invoice-due }
help-bill-issued = { help-invoice-issued }
help-bill-reference = { help-invoice-reference }
help-invoice-edit = রেফারেন্স বা id দিয়ে বলা একটা ইনভয়েস বা বিল বদলান: এর অঙ্ক (যা পরিশোধ হয়েছে তার কম কখনো নয়), শেষ তারিখ বা রেফারেন্স (kith undo আবার ফিরিয়ে নেয়)
    .example =
        kith invoice edit INV-2026-014 --amount 1500 EUR
        kith invoice edit 42 --due 2026-12-15 --ref INV-2026-015
help-invoice-edit-invoice = { help-paid-invoice }
help-invoice-edit-amount = নতুন অঙ্ক আর মুদ্রা: 1500.00 EUR
help-invoice-edit-due = নতুন শেষ তারিখ, ইস্যুর দিন থেকে গোনা: ৪৫ দিনে, 2026-12-15…
help-invoice-edit-reference = নতুন নম্বর বা রেফারেন্স
help-invoice-delete = রেফারেন্স বা id দিয়ে বলা একটা ইনভয়েস বা বিল তার পেমেন্টসহ মুছে ফেলুন (আগে জিজ্ঞেস করে; kith undo আবার ফিরিয়ে আনে)
    .example =
        kith invoice delete INV-2026-014
        kith invoice delete 42 --yes
help-invoice-delete-invoice = { help-paid-invoice }
help-invoice-delete-yes = জিজ্ঞেস না করেই মুছুন (স্ক্রিপ্টের জন্য)
help-bill-edit = { help-invoice-edit }
    .example =
        kith bill edit PM-7781 --amount 95.00 EUR
        kith bill edit 42 --due "৩০ দিনে"
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
help-paid = রেফারেন্স বা id দিয়ে বলা একটা ইনভয়েস বা বিলের বিপরীতে পেমেন্ট লিখে রাখুন
    .example =
        kith paid INV-2026-014 200.00 EUR
        kith paid 42 80 EUR --on গতকাল
help-paid-invoice = ইনভয়েস বা বিলের রেফারেন্স, অথবা তার id
help-paid-amount = কত পরিশোধ হয়েছে, ইনভয়েসের মুদ্রায়: 200.00 EUR
help-paid-on = পরিশোধের দিন (না বললে আজ): গতকাল, 2026-11-20…
help-writeoff = রেফারেন্স বা id দিয়ে বলা একটা ইনভয়েস বা বিল রাইট-অফ করুন: বাকি টাকা আর পরিশোধ হবে না (আগে জিজ্ঞেস করে; kith undo আবার ফিরিয়ে নেয়)
    .example =
        kith writeoff INV-2026-014 --reason "দোকান বন্ধ হয়ে গেছে"
        kith writeoff 42 --yes
help-writeoff-invoice = { help-paid-invoice }
help-writeoff-reason = কেন, কন্টাক্টের টাইমলাইনে নোট হিসেবে রাখা হয়
help-writeoff-yes = জিজ্ঞেস না করেই রাইট-অফ করুন (স্ক্রিপ্টের জন্য)
help-void = রেফারেন্স বা id দিয়ে বলা একটা ইনভয়েস বা বিল বাতিল করুন: এটা কখনো পাওনাই ছিল না (আগে জিজ্ঞেস করে; kith undo আবার ফিরিয়ে নেয়)
    .example =
        kith void INV-2026-014
        kith void 42 --yes
help-void-invoice = { help-paid-invoice }
help-void-yes = জিজ্ঞেস না করেই বাতিল করুন (স্ক্রিপ্টের জন্য)
help-owed = দুই দিকের পাওনা-দেনা: যে ইনভয়েসের টাকা এখনো আসেনি আর যে বিল দিতে হবে, মুদ্রা অনুযায়ী, কত পুরোনো সেই ভাগে
    .example =
        kith owed
        kith owed ana --json
help-owed-contact = শুধু এই কন্টাক্ট (id বা নাম): তাঁর সব ইনভয়েস আর বিল
help-owed-json = JSON দেখান
help-promises = প্রতিশ্রুতি কেমন রাখা হয়েছে: আমার দেওয়া আর আমাকে দেওয়া প্রতিশ্রুতির সময়মতো রাখার হার, সব মিলিয়ে বা একজন কন্টাক্টের জন্য, আর আমার যেসব প্রতিশ্রুতি ভেঙেছে
    .example =
        kith promises
        kith promises ana --since 2026-01-01 --until 2026-03-31
        kith promises --json
help-promises-contact = শুধু এই কন্টাক্ট (id বা নাম)
help-promises-since = এই দিনে বা তার পরে যেসব প্রতিশ্রুতির সময়সীমা, সেগুলো গুনুন: 2026-01-01, "3 months ago"…
help-promises-until = এই দিনে বা তার আগে যেসব প্রতিশ্রুতির সময়সীমা, সেগুলো গুনুন
help-promises-json = JSON দেখান
help-complaints = অভিযোগ: যেগুলো এখনো খোলা, কতদিন ধরে; আর মেটানোগুলোতে কত সময় লেগেছে (মিডিয়ান আর গড়)
    .example =
        kith complaints
        kith complaints --since 2026-01-01 --json
help-complaints-since = এই দিনে বা তার পরে মেটানো অভিযোগগুলো গুনুন
help-complaints-until = এই দিনে বা তার আগে মেটানো অভিযোগগুলো গুনুন
help-complaints-json = JSON দেখান
help-resolve = একটা অভিযোগ কীভাবে মেটানো হলো তা লিখে রাখুন: মেটানো না হওয়া পর্যন্ত এটা খোলা থাকে
    .example =
        kith resolve 1234 "ডেলিভারির টাকা ফেরত দিয়ে দুঃখপ্রকাশ করেছি"
        kith resolve 1234 "যন্ত্রাংশটা বদলে দিয়েছি" --on গতকাল
help-resolve-note = অভিযোগের নোটের id (kith show দেখায়, kith complaints-ও)
help-resolve-text = কীভাবে মেটানো হলো
help-resolve-on = যেদিন মেটানো হলো (না বললে আজ)
help-referrals = রেফারেল: কাদের রেফার করা ক্রেতারা সবচেয়ে বেশি কিনেছেন (মুদ্রা অনুযায়ী), অথবা একজন কন্টাক্ট কাকে কাকে রেফার করেছেন আর তাতে কী এসেছে
    .example =
        kith referrals
        kith referrals "Anna Puig"
        kith referrals --json
help-referrals-contact = কার রেফারেল দেখাবেন (নাম, নামের অংশ, বা id)
help-referrals-json = JSON দেখান
help-event = জীবনের একটা ঘটনা লিখে রাখুন (সন্তানের ২১ বছর হওয়া, নতুন দোকান, বাসা বদল): সেই দিনে একবারের রিমাইন্ডার, অথবা --yearly দিলে এমন বিশেষ দিন যা রিভিউ প্রতি বছর দেখায়
    .example =
        kith event "Anna Puig" "পাউ-এর ২১ বছর পূর্ণ" --on 2027-05-03
        kith event "Anna Puig" "নতুন দোকান খুলছে" --on 2027-03-01 --before 7
        kith event "Joan Vila" "বিবাহবার্ষিকী" --on 2015-06-20 --yearly
help-event-contact = কার জীবনের ঘটনা (নাম, নামের অংশ, বা id)
help-event-label = কী ঘটছে, কয়েকটা শব্দে
help-event-on = যেদিন ঘটবে
help-event-yearly = একবার নয়, প্রতি বছর ফিরে আসে (কন্টাক্টের একটা বিশেষ দিন)
help-event-before = দিনটার এত দিন আগে মনে করিয়ে দিন (একবারের ঘটনার জন্য; না বললে 0)
help-demo-no-referrals = রেফারেল, সামনের দিনগুলোর প্রথম কেনাকাটার বার্ষিকী আর জীবনের ঘটনাগুলো বাদ দিন
help-stats = ক্রেতা ধরে রাখা আর মূল্য: চ্যানেল অনুযায়ী সপ্তাহে যোগাযোগ, মাসে কত ক্রেতা নতুন এলেন, হারালেন ও রইলেন (কেন চলে গেলেন সহ), কতদিনের বাকি টাকা, রাখা প্রতিশ্রুতি, সেরা ক্রেতা, ধরন আর ট্যাগ অনুযায়ী মূল্য, আর কারা ঝুঁকিতে
    .example =
        kith stats
        kith stats --months 6 --weeks 8 --json
help-stats-months = নতুন ও হারানো ক্রেতার কত মাস দেখাবেন, চলতি মাস সবশেষে
help-stats-weeks = যোগাযোগের কত ISO সপ্তাহ দেখাবেন, চলতি সপ্তাহ সবশেষে
help-stats-top = প্রতিটি মুদ্রায় কতজন সেরা ক্রেতা দেখাবেন
help-stats-json = JSON দেখান
help-at-risk = যেসব কন্টাক্টের চুপ থাকা তাঁদের স্বাভাবিক ছন্দ পেরিয়ে গেছে (তাঁদের ইতিহাস থেকে বোঝা, নইলে ঠিক করা সময়), সবচেয়ে বেশি পেরোনো আগে
    .example =
        kith at-risk
        kith at-risk --json
help-at-risk-limit = সর্বোচ্চ এতজন দেখান (গোনা হয় সবাইকে)
help-at-risk-json = JSON দেখান
help-value = কন্টাক্টদের মূল্য কত (কেনাকাটা বাদ রিফান্ড, মুদ্রা অনুযায়ী): একজন কন্টাক্ট, অথবা সেরা ক্রেতা আর ধরন ও ট্যাগ অনুযায়ী মূল্য
    .example =
        kith value ana
        kith value --by tag --top 5
        kith value --json
help-value-who = শুধু এই কন্টাক্ট (id বা নাম)
help-value-by = শুধু ধরন অনুযায়ী বা শুধু ট্যাগ অনুযায়ী মূল্য
help-value-by-kind = ধরন অনুযায়ী
help-value-by-tag = ট্যাগ অনুযায়ী
help-value-top = প্রতিটি মুদ্রায় কতজন সেরা ক্রেতা দেখাবেন
help-value-json = JSON দেখান
help-demo-no-retention = বছরের হারানো (কারণসহ) ও নতুন ক্রেতা আর রিফান্ডগুলো বাদ দিন
help-demo-no-occasions = কিছু মানুষ ও ট্যাগের জন্য বাছা স্থানীয় উপলক্ষ বাদ দিন
help-celebrate = কোনো পরিচিতিকে, বা কোনো ট্যাগের সব পরিচিতিকে, স্থানীয় উপলক্ষে শুভেচ্ছা (দীপাবলি, হোলি, দুর্গাপূজা, পহেলা বৈশাখ, ঈদ, সান্ত জোর্দি, লা দিয়াদা, নাম-দিবস, নববর্ষ): রিভিউ তাদের "শুভেচ্ছা"-য় দেখায়। উপলক্ষ না দিলে জানায় পরিচিতির কাছে কী পৌঁছায় আর কেন
    .example =
        kith celebrate "Anita Sharma" diwali holi
        kith celebrate --tag barcelona sant-jordi name-day
        kith celebrate "Anita Sharma" holi --remove
        kith celebrate "Anita Sharma"
help-celebrate-words = পরিচিতি (নাম, নামের অংশ, বা id), তারপর উপলক্ষের id; --tag দিলে শুধু উপলক্ষ
help-celebrate-tag = একজন পরিচিতির বদলে এই ট্যাগের সব পরিচিতি, এখন আর পরেও
help-celebrate-remove = উপলক্ষ যোগ না করে সরান
help-occasions = আসন্ন স্থানীয় উপলক্ষ, তাদের তারিখ আর কাকে শুভেচ্ছা জানাতে হবে
    .example =
        kith occasions
        kith occasions --days 90 --json
help-occasions-days = কত দিন সামনে দেখবেন
help-occasions-json = JSON দেখান
