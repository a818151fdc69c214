# The stats screen (`s`, src/tui/parts/stats/): a tab per chart, the chart, the selected
# number said in words under it, and the people behind a number.

statscreen-title = आँकड़े · { $date }
key-stats = आँकड़े और चार्ट

## The tabs, in the order Tab visits them.
statscreen-tab-weeks = हफ़्ते
statscreen-tab-customers = ग्राहक
statscreen-tab-owed = बकाया
statscreen-tab-promises = वादे
statscreen-tab-top = बड़े ग्राहक
statscreen-tab-value = कमाई
statscreen-tab-at-risk = ख़तरे में

## The keys on the stats screen.
key-stats-next-bar = अगला बार या पंक्ति
key-stats-previous-bar = पिछला बार या पंक्ति
key-stats-first-bar = पहला बार या पंक्ति
key-stats-last-bar = आख़िरी बार या पंक्ति
key-stats-next-part = बार का एक चैनल या वजह, अगला
key-stats-previous-part = बार का एक चैनल या वजह, पिछला
key-stats-next-chart = अगला चार्ट
key-stats-previous-chart = पिछला चार्ट
key-stats-open = इसके पीछे कौन है / संपर्क खोलें
key-stats-close = वापस / आँकड़े बंद करें
help-section-stats = आँकड़े

## A chart with nothing to show yet.
statscreen-no-interactions = इन हफ़्तों में कोई बातचीत दर्ज नहीं।
statscreen-no-customers = इन महीनों में न कोई ग्राहक जुड़ा, न गया।
statscreen-no-owed = न किसी पर आपका बकाया है, न आप पर किसी का: कोई खुला इनवॉइस या बिल नहीं।

## Channels as the weeks chart names them (`channel` is the stable name: in_person, call, …).
statscreen-channel = { $channel ->
    [in_person] मिलकर
    [call] कॉल
    [video] वीडियो
    [email] ईमेल
    [message] मैसेज
    [purchase] ख़रीद
   *[other] अन्य
}

## The selected number, in words, under each chart.
statscreen-week-said = हफ़्ता { $week } ({ $day } से): { $count ->
    [one] { $count } बातचीत
   *[other] { $count } बातचीत
}{ $channels ->
    [none] {""}
   *[other] {" "}— { $channels } · ←/→ एक चैनल
} · Enter: कौन
statscreen-month-said = { $month }: { $gained } जुड़े, { $lost } गए{ $reasons ->
    [none] {""}
   *[other] {" "}({ $reasons })
}, महीने के आख़िर में { $kept } ग्राहक · Enter: { $which ->
    [gained] कौन जुड़े
    [lost] कौन गए{ $reasons ->
        [none] {""}
       *[other] {" "}(←/→ एक वजह)
    }
   *[kept] कौन बचे
}
statscreen-week-channel-said = हफ़्ता { $week } ({ $day } से), { $channel }: { $count } · ←/→ दूसरा चैनल · Enter: कौन
statscreen-month-reason-said = { $month }: { $reason } की वजह से { $count } गए · ←/→ दूसरी वजह · Enter: कौन
statscreen-kept-line = बचे ग्राहक
statscreen-aging = { $aging ->
    [current] समय बाक़ी
   *[other] { $aging }
}
statscreen-owed-title = { $owing ->
    [they-owe-me] आपको मिलना है
   *[other] आपको देना है
} · { $currency }
statscreen-owed-said = { $owing ->
    [they-owe-me] आपको मिलना है
   *[other] आपको देना है
}, { $aging ->
    [current] अभी तारीख नहीं आई
   *[other] { $aging } दिन की देरी
}: { $count ->
    [one] { $count } इनवॉइस
   *[other] { $count } इनवॉइस
} में { $amount } · Enter: कौन
statscreen-promise-bar = { $direction ->
    [promise] मेरे
   *[other] उनके
} { $bar ->
    [on-time] समय पर
    [late] देर से
   *[other] अधूरे
}
statscreen-promises-said = { $since } से { $direction ->
    [promise] मेरे वादे
   *[other] दूसरों के मुझसे किए वादे
}: { $on_time } समय पर निभाए, { $late } देर से, { $overdue } तारीख निकल चुकी ({ $share } % समय पर) · Enter: किसके
statscreen-top-summary = एक ही ग्राहक की दो ख़रीद के बीच: औसतन { $days } दिन
statscreen-top-summary-none = अभी तक किसी ने दो बार नहीं ख़रीदा।
statscreen-top-heading = { $currency } में सबसे बड़े ग्राहक
statscreen-purchases = { $count ->
    [one] { $count } ख़रीद
   *[other] { $count } ख़रीद
}
statscreen-contacts = { $count ->
    [one] { $count } संपर्क
   *[other] { $count } संपर्क
}
statscreen-value-summary = ख़रीद में से रिफ़ंड घटाकर, हर मुद्रा में अलग
statscreen-value-by-kind = प्रकार अनुसार
statscreen-value-by-tag = टैग अनुसार
statscreen-list-group = Enter: { $group } में कौन
statscreen-at-risk-summary = { $count ->
    [0] कोई भी अपनी आम लय से ज़्यादा चुप नहीं है।
    [one] { $count } संपर्क अपनी आम लय से ज़्यादा चुप है
   *[other] { $count } संपर्क अपनी आम लय से ज़्यादा चुप हैं (सबसे ज़्यादा देर वाले { $shown } दिखाए गए)
}
statscreen-at-risk-row = आख़िरी { $last } · हर { $rhythm } दिन ({ $learned ->
    [learned] इनकी आदत
   *[other] तय किया
}) · { $past } दिन ऊपर
statscreen-open-contact = Enter: { $name } खोलें

## The people behind a number.
statscreen-people-title = { $what }: { $count ->
    [one] { $count } संपर्क
   *[other] { $count } संपर्क
}
statscreen-people-week = { $day } वाले हफ़्ते में संपर्क हुआ
statscreen-people-gained = { $month } में जुड़े ग्राहक
statscreen-people-lost = { $month } में गए ग्राहक
statscreen-people-kept = { $month } के आख़िर में ग्राहक
statscreen-people-owed = { $owing ->
    [they-owe-me] जिनसे आपको लेना है
   *[other] जिन्हें आपको देना है
} { $currency }, { $aging ->
    [current] अभी तारीख नहीं आई
   *[other] { $aging } दिन की देरी
}
statscreen-people-promises = { $direction ->
    [promise] मेरे वादे
   *[other] उनके वादे
} { $bar ->
    [on-time] समय पर निभाए
    [late] देर से निभाए
   *[other] तारीख निकल चुकी
}
statscreen-people-top = { $currency } में सबसे बड़े ग्राहक
statscreen-people-kind = प्रकार { $kind } ({ $currency })
statscreen-people-tag = टैग #{ $tag } ({ $currency })
statscreen-people-at-risk = ख़तरे में
statscreen-nobody = इस संख्या के पीछे कोई नहीं है।
statscreen-not-listed = यह संपर्क सूची में नहीं है (आर्काइव किया?): Z आर्काइव किए संपर्क दिखाता है।
statscreen-unreadable = आँकड़े पढ़े नहीं जा सके: { $error }
statscreen-people-unreadable = इस संख्या के पीछे कौन है, यह पढ़ा नहीं जा सका: { $error }
