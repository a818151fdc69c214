# Due dates as people type them (domain/when/), said back, and the warnings about a day already
# past: on the command line (cli/followups.rs, cli/notes.rs) and on the screen (the follow-up
# form, a snooze, a note's `>>`/`<<` lines).

## A date that does not read: what was typed, then every form kith reads.
date-unreadable-when = '{ $input }' তারিখটা kith পড়তে পারছে না: এগুলোর যেকোনোটা লিখুন — আজ, আগামীকাল, গতকাল, পরশু, শুক্রবার (আসছে শুক্রবার), আগামী শুক্রবার (একই), ৩ দিনে, ৩ দিন পরে, ২ সপ্তাহে, আগামী সপ্তাহে, আগামী মাসে, ৪ ডিসেম্বর, 12-04 বা 2026-12-04 (ইংরেজিতেও: today, tomorrow, fri, in 3 days, next week, 4 dec)
date-when-missing = কবে করতে হবে তা লিখুন (যেমন আগামীকাল, শুক্রবার, ৩ দিনে বা 2026-12-01)

## The command line goes on, and says so. `input` is what was typed, `day` the day it means.
date-past-warning = kith: সতর্কতা: '{ $input }' মানে { $day }, যে দিনটা পেরিয়ে গেছে
date-past-line-warning = kith: সতর্কতা: লাইন { $line }: '{ $input }' মানে { $day }, যে দিনটা পেরিয়ে গেছে

## The screen asks once before a follow-up, snooze or note's capture line lands on a day already
## past (tui/parts/questions).
question-past-title = দিনটা পেরিয়ে গেছে
question-past-ask = '{ $input }' মানে { $day }, যে দিনটা পেরিয়ে গেছে।
question-past-line = লাইন { $line }: '{ $input }' মানে { $day }, যে দিনটা পেরিয়ে গেছে।
question-past-yes = রেখে দিন
question-past-no = ফিরে যান

## The note editor says back the day of each `>>`/`<<` line under the note (tui/parts/editor).
editor-capture-day = লাইন { $line } → { $day }
editor-capture-past = লাইন { $line } → { $day }, পেরিয়ে গেছে
editor-capture-unread = লাইন { $line }: তারিখ নয়
# A save refused: `problem` names the line and why (the note stays in the editor).
editor-capture-refused = সেভ হয়নি: { $problem }
