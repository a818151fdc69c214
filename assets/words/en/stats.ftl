# Retention and value: archive reasons, the stats, the at-risk list and what contacts are worth.

stats-reason-moved = moved away
stats-reason-price = price
stats-reason-service = service
stats-reason-competitor = went to a competitor
stats-reason-not-needed = no longer needed
stats-reason-other = other

## kith stats, at-risk and value
stats-weeks-title = Interactions per week
stats-week-line = { $week } (from { $monday }): { $total }
stats-count-of = { $what } { $count }
stats-months-title = Customers per month: gained, lost, kept at the month's end
stats-month-line = { $month }: +{ $gained } −{ $lost } = { $kept }
stats-owed-title = Money owed, by days past due
stats-owed-none = Nothing owed either way.
stats-owed-to-me = owed to me
stats-owed-by-me = I owe
stats-promises-title = Promises due since { $since }
stats-mine = mine
stats-theirs = theirs
stats-kept-line = { $on_time } on time, { $late } late, { $overdue } overdue ({ $rate } on time)
stats-top-title = Top customers (purchases minus refunds)
stats-top-line = { $rank }. { $name }: { $value } ({ $purchases ->
    [one] 1 purchase
   *[other] { $purchases } purchases
})
stats-by-kind-title = Value by kind
stats-by-tag-title = Value by tag
stats-group-line = { $group }: { $value } ({ $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
})
stats-none = none
stats-between-purchases = Average time between purchases: { $days } days
stats-at-risk-title = At risk: { $count }
stats-at-risk-none = Nobody is at risk.
stats-at-risk-line = { $name } ({ $kind }, { $id }): last in touch { $last }, usually every { $rhythm } days, { $past } days past that
stats-at-risk-line-cadence = { $name } ({ $kind }, { $id }): last in touch { $last }, keep in touch every { $rhythm } days, { $past } days past that
stats-more = … and { $count } more
value-nothing-bought = { $name } has bought nothing yet.
value-contact = { $name }: { $value }
value-purchases = { $purchases ->
    [one] 1 purchase
   *[other] { $purchases } purchases
}, { $refunds ->
    [one] 1 refund
   *[other] { $refunds } refunds
}, first { $first }, last { $last }
value-rhythm-learned = In touch every { $days } days, usually
value-rhythm-cadence = Keep in touch every { $days } days (their set cadence; too little history to learn their rhythm)
