# La llengua en què parla kith (words/lang.rs, cli/language.rs) i com diu els dies
# (words/dates.rs). Els patrons decideixen l'ordre de les parts d'un dia.

## Les opcions globals que trien la llengua i les xifres.
help-kith-lang = La llengua en què parla kith (si no, la del [ui] language de la configuració, si no LC_ALL, LC_MESSAGES, LANG)
help-kith-lang-en = anglès
help-kith-lang-hi = hindi
help-kith-lang-bn = bengalí
help-kith-lang-ca = català
help-kith-digits = Els nombres en les xifres pròpies de la llengua (hindi, bengalí) o en 0-9 (si no, el [ui] digits de la configuració)
help-kith-digits-native = les xifres pròpies de la llengua
help-kith-digits-ascii = del 0 al 9

## Dies de la setmana (dilluns és 1) i mesos (gener és 1), abreujats.
date-weekday-1 = dl.
date-weekday-2 = dt.
date-weekday-3 = dc.
date-weekday-4 = dj.
date-weekday-5 = dv.
date-weekday-6 = ds.
date-weekday-7 = dg.
date-month-1 = gen.
date-month-2 = febr.
date-month-3 = març
date-month-4 = abr.
date-month-5 = maig
date-month-6 = juny
date-month-7 = jul.
date-month-8 = ag.
date-month-9 = set.
date-month-10 = oct.
date-month-11 = nov.
date-month-12 = des.

## Un dia dit: l'ordre català, el dia abans del mes.
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
# Un mes d'un any (els mesos de les estadístiques): nov. 2026.
date-month-year = { $month } { $year }
date-weekday-iso = { $weekday } { $iso }
