# What the notebook file says: opening it, its versions, a busy or damaged file, the disk under
# it, records it cannot find, and the wording of `kith check`, `--repair` and a restore.
# `path` is the notebook's path; `table` and `key` name where a damaged record sits.

## Opening the notebook (store/error.rs)
store-already-open = { $path } এমন একটা প্রোগ্রামে খোলা আছে যেটা এটা একা ধরে রাখে (পুরোনো কোনো kith?); আগে সেটা বন্ধ করুন
store-not-a-notebook = { $path } kith-এর নোটবুক নয়, অথবা ক্ষতিগ্রস্ত: { $reason }
store-newer-schema = { $path } লেখা হয়েছে নতুন কোনো kith দিয়ে (নোটবুক স্কিমা { $found }; এই kith স্কিমা { $supported } আর তার আগেরগুলো পড়ে): খুলতে kith আপডেট করুন
store-older-schema = { $path } লেখা হয়েছে পুরোনো কোনো kith দিয়ে (নোটবুক স্কিমা { $found }): আপ-টু-ডেট করতে একবার `kith` দিয়ে বা লেখার কোনো কমান্ড দিয়ে খুলুন
store-missing = { $path }-এ এখনো কোনো নোটবুক নেই: `kith add NAME` বা `kith` এটা তৈরি করে
store-needs-recovery = { $path } ঠিকভাবে বন্ধ হয়নি (লেখার সময় kith বা কম্পিউটার থেমে গিয়েছিল): লেখার পরের কমান্ড, বা `kith` খুললে, এটা সারিয়ে নেবে
store-not-writable = { $path } এখানে শুধু পড়া যায় (লেখার অনুমতি নেই, বা ডিস্ক শুধু পড়ার জন্য): যেসব কমান্ড শুধু পড়ে সেগুলো চলবে
store-cannot-open = { $path } খোলা যাচ্ছে না
store-opened-read-only = নোটবুকটা শুধু পড়ার জন্য খোলা
# `seconds` as the time waited, e.g. 10 or 0.5.
store-busy = অন্য একটা kith প্রসেস { $seconds } সেকেন্ড ধরে নোটবুক ব্যস্ত রেখেছিল
store-storage = স্টোরেজের সমস্যা: { $why }
store-damaged-file = নোটবুক ফাইলটা ক্ষতিগ্রস্ত ({ $why }): `kith check` চালান

## Records (store/error.rs): `what` is contact, interaction or follow-up
store-damaged-record = { $table }-এ ক্ষতিগ্রস্ত রেকর্ড, কী { $key }: { $reason }
store-not-found = id { $id }-এর কোনো { $what ->
        [contact] কন্টাক্ট
        [interaction] যোগাযোগ
        [follow-up] ফলো-আপ
        [invoice] ইনভয়েস
       *[other] { $what }
    } নেই
store-index-names-a-missing-record = একটা ইনডেক্সে এর নাম আছে, কিন্তু রেকর্ডটা নেই
store-unknown-contact = '{ $query }'-এর সাথে কোনো কন্টাক্ট মেলে না
# `list` is the matching contacts, one a line: id and name.
store-ambiguous =
    '{ $query }'-এর সাথে { $count }টি কন্টাক্ট মেলে:
    { $list }
    এদের একজনকে তাঁর id দিয়ে বলুন
# A contact in that list, with the company that tells it apart.
store-candidate-at-company = { $name } ({ $company })

## The disk under the notebook (store/error.rs)
store-disk-full = ডিস্ক ভরে গেছে
store-disk-read-only = নোটবুকের ডিস্ক শুধু পড়ার জন্য
store-disk-size-limit = নোটবুক ফাইল সাইজের সীমায় পৌঁছে গেছে
store-disk-file-gone = kith খোলা থাকার সময় নোটবুক ফাইলটা সরানো বা মুছে ফেলা হয়েছে
store-disk-closed = I/O সমস্যার পরে নোটবুকটা বন্ধ করা হয়েছে
store-disk-other = I/O সমস্যা ({ $error })
# Where a table stopped being readable: the key after which it stopped, or the first.
store-key-after = { $key }-এর পরে
store-key-first = প্রথম
store-rest-unreadable = টেবিলের বাকিটা পড়া যাচ্ছে না: { $why }
store-record-off-its-key = রেকর্ডটা তার কী-এর সাথে মেলে না: { $what }
store-record-says-id = এতে লেখা id { $id }
store-note-says = এতে লেখা id { $id }, কন্টাক্ট { $contact }, সময় { $at }
store-contact-page-unreadable = এর পেজ পড়া যাচ্ছে না: { $why }
store-key-names-a-missing-note = এটা এমন একটা যোগাযোগের দিকে নির্দেশ করে যা নেই
store-value-empty = মানটা খালি
store-record-version-unknown = রেকর্ড ভার্সন { $found } অজানা (এই kith ভার্সন { $expected } লেখে)
store-value-too-large = মানটা { $limit } বাইটের সীমার চেয়ে বড়
store-value-malformed = মানটা ডিকোড হয় না: { $why }
# A note-index chunk that does not decode.
store-chunk-id-too-long = একটা id খুব লম্বা
store-chunk-cut-short = শেষ id-টা মাঝপথে কাটা

## A file that is not a notebook (store/open.rs, store/schema.rs)
store-is-a-folder = এটা একটা ফোল্ডার
store-foreign-redb = এটা অন্য কোনো প্রোগ্রামের redb ডেটাবেস
store-foreign-redb-tables = এটা অন্য কোনো প্রোগ্রামের redb ডেটাবেস (টেবিল: { $tables })

## A page redb could not read (store/contain.rs)
store-page-unreadable = একটা পেজ পড়া যায়নি
store-redb-stopped = redb থেমে গেছে: { $why }
store-redb-stopped-at = redb থেমে গেছে: { $why }, { $file }:{ $line }-এ
store-redb-stopped-on-a-page = redb এমন একটা পেজে থেমে গেছে যা পড়তে পারেনি

## A contact that stands in for an unreadable one (store/dump.rs)
store-stand-in-name = পড়া-যায়-না এমন কন্টাক্ট { $id }
store-stand-in-profile = ক্ষতিগ্রস্ত নোটবুক থেকে kith এই কন্টাক্টটা পড়তে পারেনি; এর নোট আর ফলো-আপগুলো এই নামে রাখা হয়েছে।

## Changes the store refuses (store/write.rs, store/write/merge.rs)
store-followup-cannot-move = ফলো-আপ অন্য কন্টাক্টে সরানো যায় না
store-merge-into-itself = কোনো কন্টাক্টকে তার নিজের সাথে একত্র করা যায় না

## `kith check` and `--repair`: what an index problem shows, what was not repaired
check-row-missing = { $row } নেই
check-row-wrong = { $row }-এ ভুল মান
check-row-extra = { $row }-এর জন্য কোনো রেকর্ড নেই
check-next-id-low = পরের id { $next } ব্যবহৃত সবচেয়ে বড় id ({ $highest })-এর চেয়ে বড় নয়
check-next-id-raised = পরের id { $was } থেকে বাড়িয়ে { $now } করা হয়েছে
check-chunk-unreadable = একটা চাঙ্ক ডিকোড হয় না: { $chunk }
check-cannot-copy = যাচাই করতে নোটবুক কপি করা যাচ্ছে না: { $error }
check-source-unreadable = { $index }: { $source } শেষ পর্যন্ত পড়া যায় না, তাই তা থেকে ইনডেক্স নতুন করে তৈরি করা যাবে না; নোটবুকটা কোনো ব্যাকআপ থেকে ফিরিয়ে আনুন
store-cannot-repair = কোনো ইনডেক্স নতুন করে তৈরি হয়নি: redb ফাইলটা সারাতে পারে না, তাই এতে কিছু লেখা যাবে না; নোটবুকটা ব্যাকআপ থেকে ফিরিয়ে আনুন, অথবা যা পড়া যায় তা এক্সপোর্ট করুন

## Restoring a backup into the notebook (store/restore.rs, store/write/restore.rs)
restore-not-empty = ব্যাকআপ শুধু খালি নোটবুকেই ফিরিয়ে আনা যায়
# `what` is contact, interaction or follow-up.
backup-no-id = ব্যাকআপের একটা { $what ->
        [contact] কন্টাক্টের
        [interaction] যোগাযোগের
        [follow-up] ফলো-আপের
       *[other] { $what }-এর
    } কোনো id নেই
backup-shared-id = ব্যাকআপের দুটো { $what ->
        [contact] কন্টাক্টের
        [interaction] যোগাযোগের
        [follow-up] ফলো-আপের
       *[other] { $what }-এর
    } id একই: { $id }
backup-draft-without-contact = একটা খসড়া কন্টাক্ট { $contact }-এর, যিনি ব্যাকআপে নেই
