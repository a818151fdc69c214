# Retention and value: archive reasons, the stats, the at-risk list and what contacts are worth.

stats-reason-moved = s'ha traslladat
stats-reason-price = preu
stats-reason-service = servei
stats-reason-competitor = se n'ha anat a la competència
stats-reason-not-needed = ja no ho necessita
stats-reason-other = altres

## kith stats, at-risk and value
stats-weeks-title = Interaccions per setmana
stats-week-line = { $week } (des del { $monday }): { $total }
stats-count-of = { $what } { $count }
stats-months-title = Clients per mes: guanyats, perduts i actius a final de mes
stats-month-line = { $month }: +{ $gained } −{ $lost } = { $kept }
stats-owed-title = Deutes, per dies de retard
stats-owed-none = No hi ha deutes, ni a favor ni en contra.
stats-owed-to-me = em deuen
stats-owed-by-me = dec
stats-promises-title = Compromisos amb venciment des del { $since }
stats-mine = meus
stats-theirs = seus
stats-kept-line = { $on_time } a temps, { $late } amb retard, { $overdue } vençuts ({ $rate } a temps)
stats-top-title = Millors clients (compres menys devolucions)
stats-top-line = { $rank }. { $name }: { $value } ({ $purchases ->
    [one] 1 compra
   *[other] { $purchases } compres
})
stats-by-kind-title = Valor per tipus
stats-by-tag-title = Valor per etiqueta
stats-group-line = { $group }: { $value } ({ $contacts ->
    [one] 1 contacte
   *[other] { $contacts } contactes
})
stats-none = cap
stats-between-purchases = Temps mitjà entre compres: { $days } dies
stats-at-risk-title = En risc: { $count }
stats-at-risk-none = No hi ha ningú en risc.
stats-at-risk-line = { $name } ({ $kind }, { $id }): darrer contacte { $last }, sol ser cada { $rhythm } dies, { $past } dies de més
stats-at-risk-line-cadence = { $name } ({ $kind }, { $id }): darrer contacte { $last }, mantenir el contacte cada { $rhythm } dies, { $past } dies de més
stats-more = … i { $count } més
value-nothing-bought = { $name } encara no ha comprat res.
value-contact = { $name }: { $value }
value-purchases = { $purchases ->
    [one] 1 compra
   *[other] { $purchases } compres
}, { $refunds ->
    [one] 1 devolució
   *[other] { $refunds } devolucions
}, primera { $first }, darrera { $last }
value-rhythm-learned = En contacte cada { $days } dies, normalment
value-rhythm-cadence = Mantenir el contacte cada { $days } dies (la freqüència fixada; massa poc historial per saber-ne el ritme)

## The screen's archive question: the common reasons, each picked by its digit
stats-pick-moved = trasllat
stats-pick-price = preu
stats-pick-service = servei
stats-pick-competitor = competència
stats-pick-not-needed = no cal
