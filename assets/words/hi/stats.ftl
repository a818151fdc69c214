# Retention and value: archive reasons, the stats, the at-risk list and what contacts are worth.

stats-reason-moved = कहीं और चले गए
stats-reason-price = दाम
stats-reason-service = सर्विस
stats-reason-competitor = किसी प्रतियोगी के पास गए
stats-reason-not-needed = अब ज़रूरत नहीं
stats-reason-other = अन्य

## kith stats, at-risk and value
stats-weeks-title = हर हफ़्ते की बातचीत
stats-week-line = { $week } ({ $monday } से): { $total }
stats-count-of = { $what } { $count }
stats-months-title = हर महीने के ग्राहक: नए, गए, महीने के आख़िर में बचे
stats-month-line = { $month }: +{ $gained } −{ $lost } = { $kept }
stats-owed-title = बकाया पैसा, तारीख निकलने के दिनों के हिसाब से
stats-owed-none = किसी तरफ़ कुछ बकाया नहीं।
stats-owed-to-me = मुझे मिलना है
stats-owed-by-me = मुझे देना है
stats-promises-title = { $since } से जिन वादों की तारीख थी
stats-mine = मेरे
stats-theirs = उनके
stats-kept-line = { $on_time } समय पर, { $late } देर से, { $overdue } तारीख निकल चुकी ({ $rate } समय पर)
stats-top-title = सबसे बड़े ग्राहक (ख़रीद में से रिफ़ंड घटाकर)
stats-top-line = { $rank }. { $name }: { $value } ({ $purchases ->
    [one] { $purchases } ख़रीद
   *[other] { $purchases } ख़रीद
})
stats-by-kind-title = प्रकार के हिसाब से कमाई
stats-by-tag-title = टैग के हिसाब से कमाई
stats-group-line = { $group }: { $value } ({ $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
})
stats-none = कोई नहीं
stats-between-purchases = दो ख़रीद के बीच औसत समय: { $days } दिन
stats-at-risk-title = ख़तरे में: { $count }
stats-at-risk-none = कोई ख़तरे में नहीं है।
stats-at-risk-line = { $name } ({ $kind }, { $id }): आख़िरी संपर्क { $last }, आम तौर पर हर { $rhythm } दिन में, उससे { $past } दिन ऊपर
stats-at-risk-line-cadence = { $name } ({ $kind }, { $id }): आख़िरी संपर्क { $last }, हर { $rhythm } दिन में संपर्क रखना है, उससे { $past } दिन ऊपर
stats-more = … और { $count }
value-nothing-bought = { $name } ने अभी तक कुछ नहीं ख़रीदा।
value-contact = { $name }: { $value }
value-purchases = { $purchases ->
    [one] { $purchases } ख़रीद
   *[other] { $purchases } ख़रीद
}, { $refunds ->
    [one] { $refunds } रिफ़ंड
   *[other] { $refunds } रिफ़ंड
}, पहली { $first }, आख़िरी { $last }
value-rhythm-learned = आम तौर पर हर { $days } दिन में संपर्क
value-rhythm-cadence = हर { $days } दिन में संपर्क रखना है (तय किया गया अंतराल; इनकी आदत समझने के लिए इतिहास कम है)

## The screen's archive question: the common reasons, each picked by its digit
stats-pick-moved = चले गए
stats-pick-price = दाम
stats-pick-service = सर्विस
stats-pick-competitor = प्रतियोगी
stats-pick-not-needed = ज़रूरत नहीं
