# The language kith speaks (words/lang.rs, cli/language.rs) and how it says days
# (words/dates.rs). A translation controls the order of a day's parts through the patterns.

## The global options that choose the language and the digits.
help-kith-lang = The language kith speaks (else the config's [ui] language, else LC_ALL, LC_MESSAGES, LANG)
help-kith-lang-en = English
help-kith-lang-hi = Hindi
help-kith-lang-bn = Bengali
help-kith-lang-ca = Catalan
help-kith-digits = Numbers in the language's own digits (Hindi, Bengali) or in 0-9 (else the config's [ui] digits)
help-kith-digits-native = the language's own digits
help-kith-digits-ascii = 0 to 9

## Weekdays (Monday is 1) and months (January is 1), short, as a day is said on the screen
## and the command line.
date-weekday-1 = Mon
date-weekday-2 = Tue
date-weekday-3 = Wed
date-weekday-4 = Thu
date-weekday-5 = Fri
date-weekday-6 = Sat
date-weekday-7 = Sun
date-month-1 = Jan
date-month-2 = Feb
date-month-3 = Mar
date-month-4 = Apr
date-month-5 = May
date-month-6 = Jun
date-month-7 = Jul
date-month-8 = Aug
date-month-9 = Sep
date-month-10 = Oct
date-month-11 = Nov
date-month-12 = Dec

## A day said: `weekday` and `month` are the names above, `day` the day of the month, `year`
## the year, `iso` the day as 2026-12-04. Each pattern is one place's way; a translation may
## order the parts as its language does. `.pad` is how many digits the day has at least
## (2: 04, 1: 4).
# Review and form headings, a follow-up's due day: "Fri 04 Dec 2026".
date-long = { $weekday } { $day } { $month } { $year }
    .pad = 2
# A day this year said back: "Fri 4 Dec"; another year's: "Mon 4 Jan 2027".
date-short-bare = { $weekday } { $day } { $month }
    .pad = 1
date-long-bare = { $weekday } { $day } { $month } { $year }
    .pad = 1
# The review's items: "Fri 04 Dec".
date-short = { $weekday } { $day } { $month }
    .pad = 2
# The header's next occasion: "04 Dec"; the list's: "4 Dec".
date-day-month = { $day } { $month }
    .pad = 2
date-day-month-bare = { $day } { $month }
    .pad = 1
# A month of a year (the stats' months): Nov 2026.
date-month-year = { $month } { $year }
# The command line's days: "Fri 2026-12-04".
date-weekday-iso = { $weekday } { $iso }
