# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = '{ $input }' is not a date kith can read: use today, tomorrow, yesterday, fri (the coming Friday), next fri (the same), this fri (today on a Friday), in 3 days, in 2 weeks, in 1 month, next week, next month, 4 dec, dec 4, 12-04 or 2026-12-04
date-when-missing = say when it is due (for example tomorrow, fri or 2026-12-01)

## The command line goes on, and says so. `input` is what was typed, `day` the day it means.
date-past-warning = kith: warning: '{ $input }' is { $day }, a day already past
date-past-line-warning = kith: warning: line { $line }: '{ $input }' is { $day }, a day already past

## The screen asks once before a follow-up, snooze or note's capture line lands on a day already
## past (tui/parts/questions).
question-past-title = A day already past
question-past-ask = '{ $input }' is { $day }, a day already past.
question-past-line = Line { $line }: '{ $input }' is { $day }, a day already past.
question-past-yes = keep it
question-past-no = go back

## The note editor says back the day of each `>>`/`<<` line under the note (tui/parts/editor).
editor-capture-day = line { $line } → { $day }
editor-capture-past = line { $line } → { $day }, past
editor-capture-unread = line { $line }: not a date
# A save refused: `problem` names the line and why (the note stays in the editor).
editor-capture-refused = Not saved: { $problem }
