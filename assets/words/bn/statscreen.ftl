# The stats screen (`s`, src/tui/parts/stats/): a tab per chart, the chart, the selected
# number said in words under it, and the people behind a number.

statscreen-title = পরিসংখ্যান · { $date }
key-stats = পরিসংখ্যান ও চার্ট

## The tabs, in the order Tab visits them.
statscreen-tab-weeks = সপ্তাহ
statscreen-tab-customers = ক্রেতা
statscreen-tab-owed = বাকি
statscreen-tab-promises = প্রতিশ্রুতি
statscreen-tab-top = সেরা ক্রেতা
statscreen-tab-value = মূল্য
statscreen-tab-at-risk = ঝুঁকিতে

## The keys on the stats screen.
key-stats-next-bar = পরের বার বা সারি
key-stats-previous-bar = আগের বার বা সারি
key-stats-first-bar = প্রথম বার বা সারি
key-stats-last-bar = শেষ বার বা সারি
key-stats-next-part = বারের একটি মাধ্যম বা কারণ, পরেরটি
key-stats-previous-part = বারের একটি মাধ্যম বা কারণ, আগেরটি
key-stats-next-chart = পরের চার্ট
key-stats-previous-chart = আগের চার্ট
key-stats-open = পেছনে কারা / কন্টাক্ট খুলুন
key-stats-close = ফিরে যান / পরিসংখ্যান বন্ধ
help-section-stats = পরিসংখ্যান

## A chart with nothing to show yet.
statscreen-no-interactions = এই সপ্তাহগুলোতে কোনো যোগাযোগ লগ করা হয়নি।
statscreen-no-customers = এই মাসগুলোতে কোনো ক্রেতা আসেননি বা হারাননি।
statscreen-no-owed = কেউ আপনার কাছে ঋণী নন, আপনিও কারও কাছে নন: কোনো খোলা ইনভয়েস বা বিল নেই।

## Channels as the weeks chart names them (`channel` is the stable name: in_person, call, …).
statscreen-channel = { $channel ->
    [in_person] সামনাসামনি
    [call] কল
    [video] ভিডিও
    [email] ইমেল
    [message] বার্তা
    [purchase] কেনাকাটা
   *[other] অন্যান্য
}

## The selected number, in words, under each chart.
statscreen-week-said = সপ্তাহ { $week } ({ $day } থেকে): { $count ->
   *[other] { $count }টি যোগাযোগ
}{ $channels ->
    [none] {""}
   *[other] {" "}— { $channels } · ←/→ একটি মাধ্যম
} · Enter: কারা
statscreen-month-said = { $month }: { $gained } নতুন, { $lost } হারানো{ $reasons ->
    [none] {""}
   *[other] {" "}({ $reasons })
}, মাসের শেষে { $kept } ক্রেতা · Enter: { $which ->
    [gained] কারা নতুন
    [lost] কারা হারানো{ $reasons ->
        [none] {""}
       *[other] {" "}(←/→ একটি কারণ)
    }
   *[kept] কারা আছেন
}
statscreen-week-channel-said = সপ্তাহ { $week } ({ $day } থেকে), { $channel }: { $count } · ←/→ অন্য মাধ্যম · Enter: কারা
statscreen-month-reason-said = { $month }: { $reason } কারণে { $count } হারানো · ←/→ অন্য কারণ · Enter: কারা
statscreen-kept-line = যে ক্রেতারা আছেন
statscreen-aging = { $aging ->
    [current] সময় হয়নি
   *[other] { $aging }
}
statscreen-owed-title = { $owing ->
    [they-owe-me] আপনার পাওনা
   *[other] আপনার দেনা
} · { $currency }
statscreen-owed-said = { $owing ->
    [they-owe-me] আপনার পাওনা
   *[other] আপনার দেনা
}, { $aging ->
    [current] এখনো সময় হয়নি
   *[other] { $aging } দিন দেরি
}: { $count ->
   *[other] { $count }টি ইনভয়েসে
} { $amount } · Enter: কারা
statscreen-promise-bar = { $direction ->
    [promise] আমার
   *[other] ওঁদের
} { $bar ->
    [on-time] সময়মতো
    [late] দেরিতে
   *[other] পেরোনো
}
statscreen-promises-said = { $direction ->
    [promise] আমার প্রতিশ্রুতি
   *[other] অন্যরা আমাকে যা প্রতিশ্রুতি দিয়েছেন
} { $since } থেকে: { $on_time }টি সময়মতো রাখা, { $late }টি দেরিতে, { $overdue }টি সময় পেরিয়ে গেছে ({ $share } % সময়মতো) · Enter: কার
statscreen-top-summary = একই ক্রেতার দুটো কেনাকাটার মাঝে: গড়ে { $days } দিন
statscreen-top-summary-none = এখনো কেউ দুবার কেনেননি।
statscreen-top-heading = { $currency }-তে সেরা ক্রেতা
statscreen-purchases = { $count ->
   *[other] { $count }টি কেনাকাটা
}
statscreen-contacts = { $count ->
   *[other] { $count }টি কন্টাক্ট
}
statscreen-value-summary = কেনাকাটা বাদ রিফান্ড, মুদ্রা অনুযায়ী
statscreen-value-by-kind = ধরন অনুযায়ী
statscreen-value-by-tag = ট্যাগ অনুযায়ী
statscreen-list-group = Enter: { $group }-এ কারা
statscreen-at-risk-summary = { $count ->
    [0] কেউই তাঁদের স্বাভাবিক ছন্দের চেয়ে বেশি দিন চুপ নেই।
   *[other] { $count }টি কন্টাক্ট তাঁদের স্বাভাবিক ছন্দের চেয়ে বেশি দিন চুপ আছেন (সবচেয়ে বেশি পেরোনো { $shown }টি দেখানো হচ্ছে)
}
statscreen-at-risk-row = শেষ { $last } · প্রতি { $rhythm } দিনে ({ $learned ->
    [learned] ওঁদের অভ্যাস
   *[other] ঠিক করা
}) · { $past } দিন পেরিয়েছে
statscreen-open-contact = Enter: { $name } খুলুন

## The people behind a number.
statscreen-people-title = { $what }: { $count ->
   *[other] { $count }টি কন্টাক্ট
}
statscreen-people-week = { $day }-এর সপ্তাহে যোগাযোগ হয়েছে
statscreen-people-gained = { $month }-এ নতুন ক্রেতা
statscreen-people-lost = { $month }-এ হারানো ক্রেতা
statscreen-people-kept = { $month }-এর শেষে ক্রেতা
statscreen-people-owed = { $owing ->
    [they-owe-me] আপনার পাওনা
   *[other] আপনার দেনা
} { $currency }, { $aging ->
    [current] এখনো সময় হয়নি
   *[other] { $aging } দিন দেরি
}
statscreen-people-promises = { $direction ->
    [promise] আমার প্রতিশ্রুতি
   *[other] ওঁদের প্রতিশ্রুতি
} { $bar ->
    [on-time] সময়মতো রাখা
    [late] দেরিতে রাখা
   *[other] সময় পেরিয়ে গেছে
}
statscreen-people-top = { $currency }-তে সেরা ক্রেতা
statscreen-people-kind = ধরন { $kind } ({ $currency })
statscreen-people-tag = ট্যাগ #{ $tag } ({ $currency })
statscreen-people-at-risk = ঝুঁকিতে
statscreen-nobody = এই সংখ্যার পেছনে কেউ নেই।
statscreen-not-listed = ওই কন্টাক্ট তালিকায় নেই (আর্কাইভ করা?): Z চাপলে আর্কাইভ করা কন্টাক্টের তালিকা দেখায়।
statscreen-unreadable = পরিসংখ্যান পড়া গেল না: { $error }
statscreen-people-unreadable = এই সংখ্যার পেছনে কারা, তা পড়া গেল না: { $error }
