# Retention and value: archive reasons, the stats, the at-risk list and what contacts are worth.

stats-reason-moved = অন্য জায়গায় চলে গেছেন
stats-reason-price = দাম
stats-reason-service = সার্ভিস
stats-reason-competitor = প্রতিযোগীর কাছে গেছেন
stats-reason-not-needed = আর দরকার নেই
stats-reason-other = অন্যান্য

## kith stats, at-risk and value
stats-weeks-title = সপ্তাহে যোগাযোগ
stats-week-line = { $week } ({ $monday } থেকে): { $total }
stats-count-of = { $what } { $count }
stats-months-title = মাসে ক্রেতা: নতুন, হারানো, মাসের শেষে আছেন
stats-month-line = { $month }: +{ $gained } −{ $lost } = { $kept }
stats-owed-title = বাকি টাকা, সময়সীমা পেরোনোর দিন অনুযায়ী
stats-owed-none = কোনো দিকেই কিছু বাকি নেই।
stats-owed-to-me = আমার পাওনা
stats-owed-by-me = আমার দেনা
stats-promises-title = { $since } থেকে যেসব প্রতিশ্রুতির সময় হয়েছে
stats-mine = আমার
stats-theirs = ওঁদের
stats-kept-line = { $on_time }টি সময়মতো, { $late }টি দেরিতে, { $overdue }টি সময় পেরিয়ে গেছে ({ $rate } সময়মতো)
stats-top-title = সেরা ক্রেতা (কেনাকাটা বাদ রিফান্ড)
stats-top-line = { $rank }. { $name }: { $value } ({ $purchases ->
   *[other] { $purchases }টি কেনাকাটা
})
stats-by-kind-title = ধরন অনুযায়ী মূল্য
stats-by-tag-title = ট্যাগ অনুযায়ী মূল্য
stats-group-line = { $group }: { $value } ({ $contacts ->
   *[other] { $contacts }টি কন্টাক্ট
})
stats-none = কিছু নেই
stats-between-purchases = দুটো কেনাকাটার মাঝে গড় সময়: { $days } দিন
stats-at-risk-title = ঝুঁকিতে: { $count }
stats-at-risk-none = কেউ ঝুঁকিতে নেই।
stats-at-risk-line = { $name } ({ $kind }, { $id }): শেষ যোগাযোগ { $last }, সাধারণত প্রতি { $rhythm } দিনে, তার থেকে { $past } দিন বেশি হয়ে গেছে
stats-at-risk-line-cadence = { $name } ({ $kind }, { $id }): শেষ যোগাযোগ { $last }, প্রতি { $rhythm } দিনে যোগাযোগ রাখার কথা, তার থেকে { $past } দিন বেশি হয়ে গেছে
stats-more = … আর আরও { $count }টি
value-nothing-bought = { $name } এখনো কিছু কেনেননি।
value-contact = { $name }: { $value }
value-purchases = { $purchases ->
   *[other] { $purchases }টি কেনাকাটা
}, { $refunds ->
   *[other] { $refunds }টি রিফান্ড
}, প্রথম { $first }, শেষ { $last }
value-rhythm-learned = সাধারণত প্রতি { $days } দিনে যোগাযোগ হয়
value-rhythm-cadence = প্রতি { $days } দিনে যোগাযোগ রাখুন (এঁদের জন্য ঠিক করা সময়; এঁদের ছন্দ বোঝার মতো যথেষ্ট ইতিহাস নেই)

## The screen's archive question: the common reasons, each picked by its digit
stats-pick-moved = চলে গেছেন
stats-pick-price = দাম
stats-pick-service = সার্ভিস
stats-pick-competitor = প্রতিযোগী
stats-pick-not-needed = দরকার নেই
