# The notebook screen (src/tui/): what each pane, overlay and message says.
#
# Spacing around a message (the blank before a title, the padding after a label) is kept by
# the code, not here. Key names ($key and the like) are arguments: they name keys and are not
# translated; what a key does is.

## The status bar: the counts on the right, and what the screen says about itself.

status-overdue = { $count }টি সময় পার
status-today = আজ { $count }টি
status-read-only = শুধু পড়া
status-read-only-refused = এই নোটবুক শুধু পড়ার জন্য খোলা: দেখা আর খোঁজা যাবে, কিছু বদলানো যাবে না
status-unwritable = { $problem }: নোট সেভ হয়নি, { $kept }
status-copy-in = কপি আছে { $path }-এ
status-no-copy = এখনো কোথাও কোনো কপি নেই
status-counts-failed = কী কী বাকি তা গোনা গেল না: { $error }

## How long ago, in at most four columns (the list and the header).

time-today = আজ
time-days = { $days }দি
time-years = { $years }বছর

## The contact list.

list-title = কন্টাক্ট ({ $total })
list-title-filtered = কন্টাক্ট { $shown }/{ $total }
list-title-notes = নোট { $count }
list-title-notes-more = নোট { $count }+
list-kind-customer = ক্রেতা
list-kind-prospect = লিড{" "}
list-kind-employee = কর্মী
list-kind-partner = অংশী
list-kind-supplier = ডিলার
list-kind-other = অন্য{" "}
list-gone = { $name } আর তালিকায় নেই: অন্য একটা kith এটা আর্কাইভ করেছে বা সরিয়ে দিয়েছে
list-gone-selected = বাছাই করা কন্টাক্ট আর তালিকায় নেই: অন্য একটা kith এটা আর্কাইভ করেছে বা সরিয়ে দিয়েছে
list-unreadable = কন্টাক্টের তালিকা পড়া গেল না: { $error }
list-row-unreadable = ⚠ কন্টাক্ট { $id } পড়া যাচ্ছে না: { $error }

## The contact header.

header-grade = গ্রেড { $grade }/10
header-tags = ট্যাগ
header-birthday = জন্মদিন
header-birthday-today = আজ!
header-birthday-in = { $days } দিন পরে
header-last = শেষ
header-never = কখনো নয়
header-every = প্রতি
header-cadence = { $days } দিনে
header-cadence-over = প্রতি { $cadence } দিনে: { $days } দিন পেরিয়ে গেছে
header-value = মোট কেনা
header-promises = প্রতিশ্রুতি
header-promises-open = { $open }টি খোলা
header-promises-open-kept = { $open }টি খোলা, { $percent }% সময়মতো রাখা
header-next = পরের
header-archived = আর্কাইভ করা হয়েছে { $date }: { $reason }

## The timeline, the whole-note reader, and the welcome of an empty notebook.

timeline-title = টাইমলাইন ({ $count })
timeline-empty = এখনো কিছু লেখা হয়নি। প্রথম নোট লিখতে { $key } চাপুন।
timeline-amount = অঙ্ক: { $amount }
timeline-damaged = এই কন্টাক্টের { $count }টি রেকর্ড পড়া যায়নি
timeline-deleted = যোগাযোগটা মুছে ফেলা হয়েছে
timeline-delete-failed = মোছা গেল না: { $error }
timeline-welcome = kith-এ স্বাগতম, এটা আপনার সম্পর্কের নোটবুক।
timeline-welcome-add = প্রথম কন্টাক্ট যোগ করতে { $key } চাপুন,
timeline-welcome-shell = অথবা শেল থেকে:
timeline-welcome-import = ফোন থেকে কন্টাক্ট আনতে:
timeline-welcome-demo = একটা নমুনা নোটবুকে kith চালিয়ে দেখতে:
timeline-welcome-keys = { $help } চাপলে সব কী দেখা যায়, { $quit } চাপলে kith বন্ধ হয়।

## The notes editor, and what becomes of its text when the notebook does not take it.

editor-title = নতুন নোট · { $name }
editor-channel = মাধ্যম
editor-channel-hint = { $key } দিয়ে বদলান
editor-when = কখন
editor-amount = অঙ্ক
editor-amount-hint = কেনাকাটার জন্য, যেমন 120.50 EUR
editor-note = নোট
editor-hint = কী কথা হলো লিখুন। { $save } দিলে সেভ হয়, { $leave } দিলে খসড়া হিসেবে থাকে।
editor-no-contact = আগে একটা কন্টাক্ট যোগ করুন ({ $key })
editor-open-failed = এডিটর খোলা গেল না: { $error }
editor-resumed = { $at }-এর সেভ-না-হওয়া খসড়াটা আবার খোলা হলো
editor-saved = { $count ->
    [0] নোট সেভ হয়েছে
   *[other] নোট সেভ হয়েছে, সাথে { $count }টি ফলো-আপ
}
editor-saved-but = নোট সেভ হয়েছে, কিন্তু এর { $problem }
editor-save-failed = নোট সেভ করা গেল না ({ $error }); আপনার লেখা এখানেই আছে
editor-busy = অন্য একটা kith নোটবুকে লিখছে: নোটটা এখানেই আছে, ওটা শেষ হলেই সেভ হবে
editor-writable-again = নোটবুকে আবার লেখা যাচ্ছে: আপনার খসড়া রাখা আছে
editor-refused-copy = { $problem }: নোটটা এখানেই আছে, সেভ হয়নি; একটা কপি আছে { $path }-এ
editor-refused-nowhere = { $problem }: নোটটা শুধু এখানেই আছে, আর কোথাও নেই; kith চেষ্টা চালিয়ে যাচ্ছে
editor-not-saved = { $problem }: নোটটা এখানেই আছে, সেভ হয়নি
editor-stays-open = { $problem }: নোটটা কোথাও রাখা গেল না, তাই এডিটর খোলা থাকছে
editor-draft-kept = খসড়া রাখা হয়েছে: আবার শুরু করতে এই কন্টাক্টে { $key } চাপুন
editor-draft-failed = খসড়া রাখা গেল না ({ $error })
editor-draft-not-cleared = { $problem }: পুরোনো খসড়া মোছা গেল না

## The review (r).

review-title = রিভিউ · { $date }
review-nothing = কিছু নেই
review-more = … আরও { $count }টি
review-silent = { $days } দিন চুপচাপ
review-unreadable = রিভিউ পড়া গেল না: { $error }
review-not-listed = ওই কন্টাক্ট তালিকায় নেই
review-not-a-followup = শুধু ফলো-আপই সম্পন্ন, পিছানো বা বাদ দেওয়া যায়; এর বদলে { $key } একটা নোট লেখে
review-done = সম্পন্ন: { $what }
review-dropped = বাদ দেওয়া হলো: { $what }
review-snoozed = { $date } পর্যন্ত পিছানো হলো: { $what }
review-change-failed = ফলো-আপ বদলানো গেল না: { $error }

## Search (/).

search-no-match-try-notes = কিছু মেলেনি · # দিলে নোটে খোঁজে
search-no-match-try-contacts = কিছু মেলেনি · # ছাড়া কন্টাক্টে খোঁজে
search-archived = ওই কন্টাক্ট আর্কাইভে আছে; kith show তার নোটগুলো দেখায়
search-unnamed = কন্টাক্ট { $id }
search-notes-failed = নোটে খোঁজা গেল না: { $error }
search-contacts-failed = কন্টাক্ট পড়া গেল না: { $error }
search-failed = খোঁজা গেল না: { $error }

## The help overlay (?) and its sections, which the README's key table shares.

help-title = কী-তালিকা — { $key } চাপলে বন্ধ হয়
help-section-everywhere = সব জায়গায়
help-section-browse = কন্টাক্ট আর টাইমলাইন
help-section-reading = নোট পড়া
help-section-writing = নোট এডিটর আর ফর্ম
help-section-questions = প্রশ্ন
help-section-search = খোঁজা
help-section-review = রিভিউ
help-section-help = সাহায্য

## The forms: add or edit a contact, a new follow-up (f).

form-name = নাম
form-company = কোম্পানি
form-title = পদবি
form-kind = ধরন
form-emails = ইমেইল
form-phones = ফোন
form-tags = ট্যাগ
form-birthday = জন্মদিন
form-cadence = প্রতি (দিন)
form-hint-labeled = কমা দিয়ে আলাদা; লেবেলের জন্য label:value
form-hint-tags = কমা দিয়ে আলাদা
form-hint-birthday = MM-DD বা YYYY-MM-DD
form-hint-cadence = প্রতি N দিনে যোগাযোগ রাখুন
form-hint-kind = বদলাতে { $key } বা { $arrows }
form-title-add = কন্টাক্ট যোগ করুন
form-title-edit = কন্টাক্ট এডিট করুন
form-edit-none = এডিট করতে একটা কন্টাক্ট বাছুন
form-contact-added = কন্টাক্ট যোগ হয়েছে
form-contact-saved = কন্টাক্ট সেভ হয়েছে
form-contact-failed = কন্টাক্ট সেভ করা গেল না: { $error }
form-nothing-changed = কিছুই বদলায়নি
form-followup-title = ফলো-আপ · { $name }
form-followup-what = বিষয়
form-followup-when = কবে
form-followup-when-hint = আগামীকাল, শুক্রবার, আগামী সোমবার, ৩ দিনে, 2026-12-01…
form-followup-not-a-date = ✗ kith এই তারিখ পড়তে পারে না
form-followup-who = কার দায়
form-followup-promise = প্রতিশ্রুতি: আমি দেব
form-followup-request = অনুরোধ: তাঁরা দেবেন
form-followup-reminder = রিমাইন্ডার
form-followup-none = আগে একটা কন্টাক্ট বাছুন
form-followup-what-missing = কী করতে হবে লিখুন
form-followup-added = ফলো-আপ যোগ হয়েছে, সময়সীমা { $date }
form-followup-failed = ফলো-আপ যোগ করা গেল না: { $error }

## Questions asked before the screen acts, and what follows the answer.

question-cancel = বাতিল
question-quit-title = সেভ না করেই বেরোবেন?
question-quit-not-saved = নোটটা নোটবুকে নেই ({ $problem })।
question-quit-copy = একটা কপি আছে { $path }-এ
question-quit-no-copy = কোথাও কোনো কপি লেখা যায়নি: বেরিয়ে গেলে এটা হারিয়ে যাবে।
question-quit-yes = বেরিয়ে যান
question-quit-no = থাকুন, লিখতে থাকুন
question-import-title = কন্টাক্ট ইমপোর্ট
question-import-what = একটা .vcf বা .csv ফাইল, .vcf ফাইলের ফোল্ডার, অথবা kith-এর ব্যাকআপ:
question-import-path = পাথ:
question-import-yes = ইমপোর্ট
question-import-no-path = একটা .vcf, .csv বা ব্যাকআপ ফাইলের পাথ, অথবা .vcf ফাইলের ফোল্ডারের পাথ লিখুন
question-importing = { $path } ইমপোর্ট হচ্ছে…
question-import-progress = ইমপোর্ট হচ্ছে: { $step }
question-snooze-title = পিছিয়ে দিন
question-snooze-when = কবে:
question-snooze-hint = আগামীকাল, শুক্রবার, ৩ দিনে, 12-01…
question-snooze-yes = পিছান
question-archive-title = কন্টাক্ট আর্কাইভ
question-archive-ask = { $name }-কে আর্কাইভ করবেন? আগের সব তথ্য রাখা থাকবে।
question-archive-reason = কারণ:
question-archive-yes = আর্কাইভ
question-archive-none = আর্কাইভ করতে একটা কন্টাক্ট বাছুন
question-archive-no-reason = কন্টাক্টটা কেন আর্কাইভ করছেন লিখুন
question-archived = কন্টাক্ট আর্কাইভ হয়েছে; `kith list --archived` এটা দেখায়
question-archive-failed = আর্কাইভ করা গেল না: { $error }
question-merge-who-title = এই কন্টাক্টের সাথে একত্র করুন
question-merge-who = { $name }-এর অন্য কোন রেকর্ডটা একই মানুষ?
question-merge-who-label = নাম বা id:
question-merge-find = খুঁজুন
question-merge-none = যে কন্টাক্ট রাখবেন সেটা বাছুন, তারপর { $key } চাপুন
question-merge-no-name = অন্য রেকর্ডটার নাম বা id লিখুন
question-merge-itself = এটা তো এই কন্টাক্টই; অন্য রেকর্ডটার নাম দিন
question-merge-refused = একত্র করা যাবে না: { $error }
question-merge-title = কন্টাক্ট একত্র করুন
question-merge-ask = { $absorb }-কে { $keep }-এর সাথে একত্র করবেন?
question-merge-moving = { $interactions }টি যোগাযোগ আর { $followups }টি ফলো-আপ সরে যাবে; অন্য রেকর্ডটা মুছে যাবে।
question-merge-yes = একত্র করুন
question-merge-no = দুটোই রাখুন
question-merged = একত্র হয়েছে: { $interactions }টি যোগাযোগ আর { $followups }টি ফলো-আপ সরানো হয়েছে, অন্য রেকর্ডটা মুছে ফেলা হয়েছে
question-merge-failed = একত্র করা গেল না: { $error }
question-delete-title = যোগাযোগ মুছুন
question-delete-ask = এই যোগাযোগটা চিরতরে মুছে ফেলবেন?
question-delete-yes = মুছুন
question-delete-no = রাখুন
question-delete-none = মুছতে একটা যোগাযোগ বাছুন

## What the screen says on the terminal as it ends: a quit with a note not kept, or a bug.

exit-note-rescued = kith: নোটটা নোটবুকে সেভ করা যায়নি ({ $problem }); এটা আছে { $path }-এ
exit-note-lost = kith: নোটটা নোটবুকে সেভ করা যায়নি ({ $problem }), কোনো রেসকিউ ফাইলেও না
exit-disk-slow = kith: ডিস্ক সময়মতো সাড়া দেয়নি। { $kept }
exit-close-failed = kith: নোটবুক বন্ধ করার সময়: { $error }
exit-rescued = আপনার সেভ-না-হওয়া নোটটা আছে { $path }-এ
exit-rescue-failed = আপনার সেভ-না-হওয়া নোটটা কোথাও লেখা যায়নি: { $error }
exit-crashed = kith { $version } একটা বাগের কারণে বন্ধ হয়ে গেছে: { $what }
exit-crash-safe =
    আপনার নোটবুক নিরাপদ আছে: সেভ করা প্রতিটা নোট আর শেষ রাখা খসড়া এতে আছে।
    দয়া করে উপরের বার্তা আর আপনি কী করছিলেন তা লিখে kith প্রজেক্টকে জানান।
exit-panic-unknown = অজানা panic
exit-panic-unnamed = নামহীন
exit-panic = { $what } (থ্রেড { $thread })
exit-panic-at = { $what } (থ্রেড { $thread }, { $place })

## The keys (src/tui/keymap.rs): what each does, in hints, help and the README's key table.

key-next = পরের
key-previous = আগের
key-first = প্রথম
key-last = শেষ
key-page-up = পেজ উপরে
key-page-down = পেজ নিচে
key-next-pane = পরের প্যানেল
key-previous-pane = আগের প্যানেল
key-open-timeline = টাইমলাইন খুলুন
key-read-note = পুরো নোট পড়ুন
key-back-to-contacts = কন্টাক্টে ফিরুন
key-new-note = নতুন নোট
key-add-contact = কন্টাক্ট যোগ
key-edit-contact = কন্টাক্ট এডিট
key-archive-contact = কন্টাক্ট আর্কাইভ
key-merge-contact = এই মানুষের অন্য রেকর্ড এতে একত্র করুন
key-delete-interaction = যোগাযোগ মুছুন
key-search = খুঁজুন
key-help = সাহায্য
key-quit = বেরোন
key-review = রিভিউ: কার দিকে নজর দিতে হবে
key-new-followup = নতুন ফলো-আপ
key-import = ফাইল থেকে কন্টাক্ট ইমপোর্ট
key-next-item = পরের আইটেম
key-previous-item = আগের আইটেম
key-first-item = প্রথম আইটেম
key-last-item = শেষ আইটেম
key-done = সম্পন্ন
key-snooze-day = এক দিন পিছান
key-snooze-to = কোনো তারিখে পিছান
key-drop = বাদ দিন
key-log-note = এঁর জন্য নোট লিখুন
key-open-contact = কন্টাক্ট খুলুন
key-close-review = রিভিউ বন্ধ করুন
key-scroll-down = নিচে স্ক্রল
key-scroll-up = উপরে স্ক্রল
key-close = বন্ধ
key-save = সেভ
key-next-field = পরের ঘর
key-previous-field = আগের ঘর
key-submit-field = পরের ঘর (শেষটায় সেভ হয়)
key-next-choice = পরের বিকল্প (মাধ্যম, ধরন, কার দায়)
key-previous-choice = আগের বিকল্প
key-change-channel = মাধ্যম বদলান
key-change-channel-back = মাধ্যম বদলান, উল্টো দিকে
key-leave-editor = বেরোন (খসড়া থাকে)
key-cancel = বাতিল
key-yes = হ্যাঁ
key-no = না
key-go-on = এগিয়ে যান
key-keep-selection = বাছাই রাখুন
key-next-match = পরের মিল
key-previous-match = আগের মিল
key-close-help = সাহায্য বন্ধ
key-quit-anywhere = বেরোন (খসড়া থাকে)
# The README's key table: its columns, and where a binding narrower than its section works.
key-table-where = কোথায়
key-table-keys = কী
key-table-what = কাজ
key-only-list = (তালিকা)
key-only-timeline = (টাইমলাইন)
key-only-editor = (এডিটর)
key-only-forms = (ফর্ম)
key-only-choice = (বিকল্পের ঘরে)
