# kith-এর ভাষা ও দিনের নাম (words/lang.rs, words/dates.rs): CLDR-এর ছোট নাম; অনুবাদক দেখে নিন।

help-kith-lang = kith-এর ভাষা (না হলে কনফিগের [ui] language, না হলে LC_ALL, LC_MESSAGES, LANG)
help-kith-lang-en = ইংরেজি
help-kith-lang-hi = হিন্দি
help-kith-lang-bn = বাংলা
help-kith-lang-ca = কাতালান
help-kith-digits = সংখ্যা ভাষার নিজস্ব অঙ্কে (হিন্দি, বাংলা) বা 0-9-এ (না হলে কনফিগের [ui] digits)
help-kith-digits-native = ভাষার নিজস্ব অঙ্ক
help-kith-digits-ascii = 0 থেকে 9

date-weekday-1 = সোম
date-weekday-2 = মঙ্গল
date-weekday-3 = বুধ
date-weekday-4 = বৃহস্পতি
date-weekday-5 = শুক্র
date-weekday-6 = শনি
date-weekday-7 = রবি
date-month-1 = জানু
date-month-2 = ফেব
date-month-3 = মার্চ
date-month-4 = এপ্রি
date-month-5 = মে
date-month-6 = জুন
date-month-7 = জুল
date-month-8 = আগ
date-month-9 = সেপ
date-month-10 = অক্টো
date-month-11 = নভে
date-month-12 = ডিসে

date-long = { $weekday } { $day } { $month } { $year }
    .pad = 1
date-short-bare = { $weekday } { $day } { $month }
    .pad = 1
date-long-bare = { $weekday } { $day } { $month } { $year }
    .pad = 1
date-short = { $weekday } { $day } { $month }
    .pad = 1
date-day-month = { $day } { $month }
    .pad = 1
date-day-month-bare = { $day } { $month }
    .pad = 1
# A month of a year (the stats' months): নভে 2026.
date-month-year = { $month } { $year }
date-weekday-iso = { $weekday } { $iso }
