# kith की भाषा और दिनों के नाम (words/lang.rs, words/dates.rs): CLDR के छोटे नाम; अनुवादक जाँच लें।

help-kith-lang = kith की भाषा (नहीं तो कॉन्फ़िग की [ui] language, नहीं तो LC_ALL, LC_MESSAGES, LANG)
help-kith-lang-en = अंग्रेज़ी
help-kith-lang-hi = हिन्दी
help-kith-lang-bn = बांग्ला
help-kith-lang-ca = कातालान
help-kith-digits = संख्याएँ भाषा के अपने अंकों (हिन्दी, बांग्ला) में या 0-9 में (नहीं तो कॉन्फ़िग का [ui] digits)
help-kith-digits-native = भाषा के अपने अंक
help-kith-digits-ascii = 0 से 9

date-weekday-1 = सोम
date-weekday-2 = मंगल
date-weekday-3 = बुध
date-weekday-4 = गुरु
date-weekday-5 = शुक्र
date-weekday-6 = शनि
date-weekday-7 = रवि
date-month-1 = जन॰
date-month-2 = फ़र॰
date-month-3 = मार्च
date-month-4 = अप्रैल
date-month-5 = मई
date-month-6 = जून
date-month-7 = जुल॰
date-month-8 = अग॰
date-month-9 = सित॰
date-month-10 = अक्तू॰
date-month-11 = नव॰
date-month-12 = दिस॰

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
# A month of a year (the stats' months): Nov 2026.
date-month-year = { $month } { $year }
date-weekday-iso = { $weekday } { $iso }
