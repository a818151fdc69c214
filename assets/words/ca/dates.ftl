# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = «{ $input }» no és una data que kith pugui llegir: feu servir today, tomorrow, yesterday, fri (el divendres vinent), next fri (el mateix), this fri (avui, si és divendres), in 3 days, in 2 weeks, in 1 month, next week, next month, 4 dec, dec 4, 12-04 o 2026-12-04
date-when-missing = digueu per a quan és (per exemple tomorrow, fri o 2026-12-01)

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
