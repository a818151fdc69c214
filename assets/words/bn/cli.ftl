### What the command line says: results, confirmations, tables, warnings and errors. Ids begin
### with the command they belong to (cli- for what several commands say). Data (names, paths,
### notes, numbers) comes in as arguments; padding and alignment stay in the code, which is why
### no message here begins or ends with a space.

## Said by kith itself and by several commands
cli-error = kith: { $error }
cli-busy-unchanged = kith: কিছুই বদলানো হয়নি; আবার চালান, অথবা --wait SECS দিয়ে আরও বেশি সময় অপেক্ষা করুন
cli-no-home = হোম ডিরেক্টরি পাওয়া যাচ্ছে না: --db PATH দিন অথবা KITH_DB সেট করুন
cli-wait-seconds = --wait-এর পরে সেকেন্ডের সংখ্যা দিন, যেমন 10 বা 0.5
cli-migrating = নোটবুক আপডেট হচ্ছে: নোটগুলোর ইনডেক্স তৈরি হচ্ছে, { $total }-এর { $percent }%
cli-skipped = kith: বাদ দেওয়া হলো { $record }
cli-damage-skipped = { $count }টি ক্ষতিগ্রস্ত রেকর্ড বাদ দেওয়া হয়েছে (উপরে নাম দেওয়া আছে): `kith check` চালান
cli-contact-by-id = কন্টাক্ট { $id }
cli-never = কখনো নয়
cli-ago = { $days ->
    [0] আজ
   *[other] { $days } দিন আগে
}

## The contact table (list, search)
cli-no-contacts = কোনো কন্টাক্ট নেই।
cli-table-id = ID
cli-table-name = নাম
cli-table-kind = ধরন
cli-table-company = কোম্পানি
cli-table-last-contact = শেষ যোগাযোগ

## add, edit (edit takes add's options), archive, unarchive
add-added = { $name } যোগ করা হয়েছে (id { $id })
add-not-days = '{ $value }' দিনের সঠিক সংখ্যা নয়
add-not-grade = '{ $value }' 1 থেকে 10-এর মধ্যে সঠিক গ্রেড নয়
add-bad-birthday = জন্মদিন { $problem }
edit-updated = { $name } আপডেট করা হয়েছে (id { $id })
archive-archived = { $name } আর্কাইভ করা হয়েছে (id { $id })
archive-no-reason = কন্টাক্টটা কেন আর্কাইভ করছেন তা --reason দিয়ে লিখুন
archive-already = { $name } আগেই আর্কাইভে আছেন
unarchive-restored = { $name } আবার ফিরিয়ে আনা হয়েছে (id { $id })
unarchive-not-archived = { $name } আর্কাইভে নেই

## show: the heading, the fields (each label with its colon), the follow-ups and the timeline
show-heading = { $name }  (id { $id }, { $kind })
show-archived = আর্কাইভ করা হয়েছে { $date }: { $reason }
show-company = কোম্পানি:
show-title = পদবি:
show-email = ইমেইল:
show-phone = ফোন:
show-tags = ট্যাগ:
show-birthday = জন্মদিন:
show-occasions = বিশেষ দিন:
show-occasion = { $label } { $date }
show-interests = আগ্রহ:
show-how-we-met = কীভাবে পরিচয়:
show-referred-by = যাঁর মাধ্যমে পরিচয়:
show-grade = গ্রেড:
show-grade-value = { $grade }/10
show-last-contacted = শেষ যোগাযোগ:
show-last-contacted-ago = { $date } ({ $ago })
show-keep-in-touch = যোগাযোগ রাখুন:
show-every = প্রতি { $cadence } দিনে
show-every-overdue = প্রতি { $cadence } দিনে, { $days } দিন পেরিয়ে গেছে
show-lifetime-value = মোট কেনাকাটা:
show-promises-kept = প্রতিশ্রুতি রাখা:
show-on-time = { $percent }% সময়মতো
show-profile = প্রোফাইল
show-followups = ফলো-আপ
# The mark is a space (open), x (done) or - (dropped); id and direction come padded.
show-followup = [{ $mark }] { $id }  সময়সীমা { $due }  { $direction }  { $text }
show-timeline = টাইমলাইন
show-nothing-logged = এখনো কিছু লেখা হয়নি
# The amount comes with two spaces before it, or empty.
show-interaction = { $at }  { $channel }{ $amount }  (id { $id })

## duplicates, merge
duplicates-none = একই মানুষের একাধিক রেকর্ড বলে মনে হচ্ছে না।
duplicates-pair = { $first } (id { $first_id }) আর { $second } (id { $second_id }): { $reasons }
duplicates-crowded = kith: { $what }: জোড়া মেলানোর পক্ষে সংখ্যায় অনেক বেশি
merge-merged = { $absorbed } (id { $absorbed_id })-কে { $kept } (id { $kept_id })-এর সাথে একত্র করা হয়েছে: সরানো হয়েছে { $interactions }টি যোগাযোগ, { $followups }টি ফলো-আপ, { $referrals }টি রেফারেল{ $draft ->
    [yes] {" "}আর একটা সেভ-না-হওয়া নোট
   *[no] {""}
}

## log
log-nothing = লেখার মতো কিছু নেই: নোটটা TEXT হিসেবে বা স্ট্যান্ডার্ড ইনপুটে দিন
log-logged = লেখা হলো: { $name }-এর সাথে { $channel }, { $at } (যোগাযোগ { $id })
log-captured = { $direction }, সময়সীমা { $due }: { $text } (ফলো-আপ { $id })
log-unreadable = kith: সতর্কতা: নোটটা সেভ হয়েছে, কিন্তু এর { $problem }
log-type-the-note = নোটটা লিখুন, তারপর নতুন লাইনে Ctrl-D চাপুন:
log-cannot-read = নোটটা পড়া যাচ্ছে না: { $error }

## followup, due, done, snooze, drop
followup-how = ফলো-আপ এভাবে লিখুন "WHEN: WHAT", যেমন "শুক্রবার: কোটেশন পাঠাতে হবে"
followup-added = { $direction ->
    [request] অপেক্ষায়:
    [reminder] রিমাইন্ডার:
   *[promise] প্রতিশ্রুতি:
} { $name }, সময়সীমা { $due }: { $text } (ফলো-আপ { $id })
due-review-for = { $date }-এর রিভিউ
due-section = { $title } ({ $count })
due-section-empty = —
due-quiet-for = { $days } দিন
due-item-what = { $direction }: { $what }
due-more = … আরও { $count }টি
done-done = সম্পন্ন: { $text } (ফলো-আপ { $id })
snooze-snoozed = { $due } পর্যন্ত পিছিয়ে দেওয়া হলো: { $text } (ফলো-আপ { $id })
drop-dropped = বাদ দেওয়া হলো: { $text } (ফলো-আপ { $id })

## search
search-more = … আরও { $count }টি (--limit)
search-none-try-notes = kith: কোনো কন্টাক্ট মেলেনি; kith search --notes (বা # দিয়ে শুরু হওয়া খোঁজ) নোটের লেখায় খোঁজে
search-none-try-contacts = kith: কোনো নোট মেলেনি; --notes আর # ছাড়া kith search কন্টাক্টে খোঁজে
search-no-notes = কোনো নোট মেলেনি।
search-more-notes = … আরও আছে (--limit)

## export
export-wrote = { $what } লেখা হয়েছে { $path }-এ
export-wrote-cards = { $count }টি কার্ড লেখা হয়েছে { $dir }-এ
export-contacts = { $count }টি কন্টাক্ট
export-calendar = ক্যালেন্ডার
export-backup = { $contacts }টি কন্টাক্ট, { $interactions }টি যোগাযোগ আর { $followups }টি ফলো-আপ
export-cannot-write = { $path } লেখা যাচ্ছে না: { $error }
export-csv-failed = CSV লেখা যাচ্ছে না: { $error }
export-strict = কিছুই এক্সপোর্ট হয়নি: { $count }টি ক্ষতিগ্রস্ত রেকর্ড (--strict); `kith check` চালান
export-not-a-folder = { $path } কোনো ফোল্ডার নয়
export-cannot-make = { $path } তৈরি করা যাচ্ছে না: { $error }
export-and-more = আরও { $count }টি
export-folder-in-the-way = কিছুই এক্সপোর্ট হয়নি: যেখানে কার্ড যাবে সেখানে একটা ফোল্ডার আছে: { $paths }
export-foreign = কিছুই এক্সপোর্ট হয়নি: { $dir }-এর { $count }টি ফাইল kith একই কন্টাক্টের জন্য লেখেনি: { $paths }; ফাইলগুলো সরিয়ে দিন, অথবা বদলে দিতে --force দিন
export-read-differently = দ্বিতীয়বার পড়ার সময় নোটবুকে অন্যরকম পাওয়া গেছে; আর কিছু লেখা হয়নি

## import
import-unknown-encoding = '{ $name }' এমন কোনো এনকোডিং নয় যা kith চেনে (যেমন utf-8, windows-1252, shift_jis, utf-16le)

## check
check-damaged = নোটবুকটা ক্ষতিগ্রস্ত (রিপোর্ট দেখুন)
check-notebook = নোটবুক { $path }
check-file = ফাইল: { $state }
check-file-clean = প্রতিটা পেজের চেকসাম ঠিক আছে
check-file-repaired = ক্ষতি পাওয়া গেছে, redb সারিয়ে দিয়েছে
check-file-repairable = সর্বশেষ কমিটের পেজগুলোর চেকসাম মিলছে না; `kith check --repair` দিলে redb তার আগের কমিটে ফিরে যাবে (সর্বশেষ পরিবর্তনটা হারিয়ে যাবে)
check-file-damaged = এমন ক্ষতি যা redb সারাতে পারে না: { $why }
check-file-not-run = চালানো হয়নি: { $why }
check-tables = টেবিল:
check-table-damaged = { $count }টি ক্ষতিগ্রস্ত
check-table-unreadable = শেষ পর্যন্ত পড়া যায় না
check-damaged-records = ক্ষতিগ্রস্ত রেকর্ড ({ $count }):
check-damaged-record = { $table }, কী { $key }: { $reason }
check-rebuilt = নতুন করে তৈরি হয়েছে ({ $count }):
check-indexes-disagree = যেসব ইনডেক্স রেকর্ডের সাথে মিলছে না ({ $count }):
check-index-problem = { $index }: { $missing }টি সারি নেই, { $wrong }টি ভুল, { $extra }টি বাড়তি; যেমন { $example }
check-not-repaired = সারানো হয়নি: { $why }
check-sound = নোটবুকটা ঠিক আছে।
check-run-repair = রেকর্ড থেকে ইনডেক্সগুলো নতুন করে তৈরি করতে `kith check --repair` চালান।
check-cannot-repair =
    redb এই ফাইলটা সারাতে পারবে না। যা পড়া যায় তা সেভ করে তা থেকে একটা নতুন নোটবুক শুরু করুন:
      kith export --format json -o rescue.json
      kith --db NEW.redb import rescue.json
check-export-the-rest = ক্ষতিগ্রস্ত রেকর্ড নতুন করে তৈরি করা যায় না: `kith export --format json` বাকি সবকিছু সেভ করে; ক্ষতিগ্রস্তগুলো কোনো ব্যাকআপ থেকে নিন।

## demo
demo-not-empty = { $path }-এর নোটবুকে আগে থেকেই { $count }টি কন্টাক্ট আছে; ডেমো শুধু খালি নোটবুক ভরে (আপনারটার পাশে --db kith-demo.redb দিয়ে চালিয়ে দেখুন)
demo-filled = { $path } ভরা হয়েছে { $contacts }টি কন্টাক্ট, { $interactions }টি যোগাযোগ আর { $followups }টি ফলো-আপ দিয়ে, { $seconds } সেকেন্ডে
