# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = '{ $input }' is not a date kith can read: use today, tomorrow, yesterday, fri (the coming Friday), next fri (the same), this fri (today on a Friday), in 3 days, in 2 weeks, in 1 month, next week, next month, 4 dec, dec 4, 12-04 or 2026-12-04
date-when-missing = say when it is due (for example tomorrow, fri or 2026-12-01)

## The command line goes on, and says so. `input` is what was typed, `day` the day it means.
date-past-warning = kith: warning: '{ $input }' is { $day }, a day already past
date-past-line-warning = kith: warning: line { $line }: '{ $input }' is { $day }, a day already past
