# The stats screen (`s`, src/tui/parts/stats/): a tab per chart, the chart, the selected
# number said in words under it, and the people behind a number.

statscreen-title = Stats · { $date }
key-stats = stats and charts

## The tabs, in the order Tab visits them.
statscreen-tab-weeks = Weeks
statscreen-tab-customers = Customers
statscreen-tab-owed = Owed
statscreen-tab-promises = Promises
statscreen-tab-top = Top customers
statscreen-tab-value = Value
statscreen-tab-at-risk = At risk

## The keys on the stats screen.
key-stats-next-bar = next bar or row
key-stats-previous-bar = previous bar or row
key-stats-first-bar = first bar or row
key-stats-last-bar = last bar or row
key-stats-next-part = one channel or reason of the bar, the next
key-stats-previous-part = one channel or reason of the bar, the previous
key-stats-next-chart = next chart
key-stats-previous-chart = previous chart
key-stats-open = who is behind it / open the contact
key-stats-close = back / close the stats
help-section-stats = Stats

## A chart with nothing to show yet.
statscreen-no-interactions = No interactions logged in these weeks.
statscreen-no-customers = No customers gained or lost in these months.
statscreen-no-owed = Nobody owes you and you owe nobody: no open invoices or bills.

## Channels as the weeks chart names them (`channel` is the stable name: in_person, call, …).
statscreen-channel = { $channel ->
    [in_person] in person
    [call] calls
    [video] video
    [email] emails
    [message] messages
    [purchase] purchases
   *[other] other
}

## The selected number, in words, under each chart.
statscreen-week-said = Week { $week } (from { $day }): { $count ->
    [one] 1 interaction
   *[other] { $count } interactions
}{ $channels ->
    [none] {""}
   *[other] {" "}— { $channels } · ←/→ one channel
} · Enter: who
statscreen-month-said = { $month }: { $gained } gained, { $lost } lost{ $reasons ->
    [none] {""}
   *[other] {" "}({ $reasons })
}, { $kept } customers at the month's end · Enter: { $which ->
    [gained] who was gained
    [lost] who was lost{ $reasons ->
        [none] {""}
       *[other] {" "}(←/→ one reason)
    }
   *[kept] who was kept
}
statscreen-week-channel-said = Week { $week } (from { $day }), { $channel }: { $count } · ←/→ another channel · Enter: who
statscreen-month-reason-said = { $month }: { $count } lost because of { $reason } · ←/→ another reason · Enter: who
statscreen-kept-line = Customers kept
statscreen-aging = { $aging ->
    [current] not due
   *[other] { $aging }
}
statscreen-owed-title = { $owing ->
    [they-owe-me] Owed to you
   *[other] You owe
} · { $currency }
statscreen-owed-said = { $owing ->
    [they-owe-me] Owed to you
   *[other] You owe
}, { $aging ->
    [current] not yet due
   *[other] { $aging } days late
}: { $amount } in { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
} · Enter: who
statscreen-promise-bar = { $direction ->
    [promise] mine
   *[other] theirs
} { $bar ->
    [on-time] on time
    [late] late
   *[other] overdue
}
statscreen-promises-said = { $direction ->
    [promise] My promises
   *[other] What others promised me
} since { $since }: { $on_time } kept on time, { $late } late, { $overdue } overdue ({ $share } % on time) · Enter: whose
statscreen-top-summary = Between two purchases of the same customer: { $days } days on average
statscreen-top-summary-none = Nobody has bought twice yet.
statscreen-top-heading = Top customers in { $currency }
statscreen-purchases = { $count ->
    [one] 1 purchase
   *[other] { $count } purchases
}
statscreen-contacts = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
statscreen-value-summary = Purchases less refunds, per currency
statscreen-value-by-kind = By kind
statscreen-value-by-tag = By tag
statscreen-list-group = Enter: who in { $group }
statscreen-at-risk-summary = { $count ->
    [0] Nobody has gone quiet past their usual rhythm.
    [one] 1 contact has gone quiet past their usual rhythm
   *[other] { $count } contacts have gone quiet past their usual rhythm (the { $shown } furthest past shown)
}
statscreen-at-risk-row = last { $last } · every { $rhythm } days ({ $learned ->
    [learned] their habit
   *[other] set
}) · { $past } days past
statscreen-open-contact = Enter: open { $name }

## The people behind a number.
statscreen-people-title = { $what }: { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
statscreen-people-week = In touch the week of { $day }
statscreen-people-gained = Customers gained in { $month }
statscreen-people-lost = Customers lost in { $month }
statscreen-people-kept = Customers at the end of { $month }
statscreen-people-owed = { $owing ->
    [they-owe-me] Owe you
   *[other] You owe
} { $currency }, { $aging ->
    [current] not yet due
   *[other] { $aging } days late
}
statscreen-people-promises = { $direction ->
    [promise] My promises
   *[other] Their promises
} { $bar ->
    [on-time] kept on time
    [late] kept late
   *[other] overdue
}
statscreen-people-top = Top customers in { $currency }
statscreen-people-kind = Kind { $kind } ({ $currency })
statscreen-people-tag = Tag #{ $tag } ({ $currency })
statscreen-people-at-risk = At risk
statscreen-nobody = Nobody is behind that number.
statscreen-not-listed = That contact is not in the list (archived?): Z lists the archived contacts.
statscreen-unreadable = The stats could not be read: { $error }
statscreen-people-unreadable = Who is behind that number could not be read: { $error }
