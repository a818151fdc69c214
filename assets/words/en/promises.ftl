# Promises kept and complaints resolved: the rules, the commands' words and the review's words.

complaint-resolution-no-text = a resolution needs a text saying how the complaint was settled
complaint-resolution-too-large = the resolution text is longer than 1 MiB
complaint-not-a-complaint = note { $id } is no complaint: only a note logged with the complaint sentiment can be resolved
complaint-undo-resolve = resolve a complaint of { $name }
complaint-undo-changed = the resolution of note { $id }

## kith promises
promises-mine = Promises I made (I owe them)
promises-theirs = Promises made to me (they owe me)
promises-rate = kept on time { $on_time }, late { $late }, still open past their day { $overdue }: { $rate } on time
promises-none-broken = No promise of mine was broken.
promises-broken = Broken promises of mine ({ $count }):
promises-done-late = done { $days ->
        [one] 1 day
       *[other] { $days } days
    } late
promises-still-open = still open, { $days ->
        [one] 1 day
       *[other] { $days } days
    } past its day
promises-more = … and { $count } more

## kith complaints and kith resolve
complaints-open = Open complaints: { $count }
complaints-age = { $days ->
        [one] 1 day
       *[other] { $days } days
    } open
complaints-resolved = Resolved: { $count }, median { $median } days, average { $average } days to resolve
complaints-none-resolved = No complaint was resolved in that time.
complaints-resolved-one = Resolved the complaint in note { $id } ({ $name }) on { $day }, { $days ->
        [one] 1 day
       *[other] { $days } days
    } after it was made

## Backups
backup-resolution-field = the resolution of note { $id }'s { $field }
backup-resolution-without-note = the backup has a resolution for note { $id }, which it does not hold

## The review
complaints-review-title = Open complaints
complaints-review-item = { $what } (open { $days ->
        [one] 1 day
       *[other] { $days } days
    })

## The screen
key-apologise = apologise for a promise of mine past its day
key-resolve = resolve the complaint
review-apology-not-overdue = Only a promise of mine past its day takes an apology
review-apology-text = apologise for: { $what }
review-resolve-not-a-complaint = Only an open complaint can be resolved
review-resolved = Complaint resolved (u takes it back)
review-resolve-failed = Could not resolve the complaint: { $error }
question-resolve-title = Resolve the complaint
question-resolve-ask = How was it settled? { $what }
question-resolve-text = Settled by:
question-resolve-yes = resolve it
