# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = «{ $input }» no és una data que kith pugui llegir: feu servir avui, demà, ahir, demà passat, divendres (el divendres vinent), divendres que ve (el mateix), d'aquí a 3 dies, en 2 setmanes, en 1 mes, la setmana que ve, el mes que ve, 4 de desembre, 12-04 o 2026-12-04 (també en anglès: today, tomorrow, fri, in 3 days, next week, 4 dec)
date-when-missing = digueu per a quan és (per exemple demà, divendres o 2026-12-01)

## The command line goes on, and says so. `input` is what was typed, `day` the day it means.
date-past-warning = kith: avís: «{ $input }» és { $day }, un dia que ja ha passat
date-past-line-warning = kith: avís: línia { $line }: «{ $input }» és { $day }, un dia que ja ha passat

## The screen asks once before a follow-up, snooze or note's capture line lands on a day already
## past (tui/parts/questions).
question-past-title = Un dia ja passat
question-past-ask = «{ $input }» és { $day }, un dia que ja ha passat.
question-past-line = Línia { $line }: «{ $input }» és { $day }, un dia que ja ha passat.
question-past-yes = deixa-ho així
question-past-no = torna enrere

## The note editor says back the day of each `>>`/`<<` line under the note (tui/parts/editor).
editor-capture-day = línia { $line } → { $day }
editor-capture-past = línia { $line } → { $day }, ja passat
editor-capture-unread = línia { $line }: no és una data
# A save refused: `problem` names the line and why (the note stays in the editor).
editor-capture-refused = No s'ha desat: { $problem }
