# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = '{ $input }' ऐसी तारीख नहीं है जिसे kith पढ़ सके: इनमें से कोई लिखें: आज, कल, परसों, शुक्रवार (आने वाला शुक्रवार), अगले शुक्रवार (वही), 3 दिन में, 2 हफ़्ते में, 1 महीने में, अगले हफ़्ते, अगले महीने, 4 दिसंबर, 12-04 या 2026-12-04 (अंग्रेज़ी में भी: today, tomorrow, fri, in 3 days, next week, 4 dec)
date-when-missing = बताइए कब तक करना है (जैसे कल, शुक्रवार, 3 दिन में या 2026-12-01)

## The command line goes on, and says so. `input` is what was typed, `day` the day it means.
date-past-warning = kith: चेतावनी: '{ $input }' यानी { $day }, जो दिन बीत चुका है
date-past-line-warning = kith: चेतावनी: पंक्ति { $line }: '{ $input }' यानी { $day }, जो दिन बीत चुका है

## The screen asks once before a follow-up, snooze or note's capture line lands on a day already
## past (tui/parts/questions).
question-past-title = यह दिन बीत चुका है
question-past-ask = '{ $input }' यानी { $day }, जो दिन बीत चुका है।
question-past-line = पंक्ति { $line }: '{ $input }' यानी { $day }, जो दिन बीत चुका है।
question-past-yes = रहने दें
question-past-no = वापस जाएँ

## The note editor says back the day of each `>>`/`<<` line under the note (tui/parts/editor).
editor-capture-day = पंक्ति { $line } → { $day }
editor-capture-past = पंक्ति { $line } → { $day }, बीत चुका
editor-capture-unread = पंक्ति { $line }: तारीख नहीं है
# A save refused: `problem` names the line and why (the note stays in the editor).
editor-capture-refused = सेव नहीं हुआ: { $problem }
