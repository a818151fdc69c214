# The stats screen (`s`, src/tui/parts/stats/): a tab per chart, the chart, the selected
# number said in words under it, and the people behind a number.

statscreen-title = Estadístiques · { $date }
key-stats = estadístiques i gràfics

## The tabs, in the order Tab visits them.
statscreen-tab-weeks = Setmanes
statscreen-tab-customers = Clients
statscreen-tab-owed = Deutes
statscreen-tab-promises = Compromisos
statscreen-tab-top = Millors clients
statscreen-tab-value = Valor
statscreen-tab-at-risk = En risc

## The keys on the stats screen.
key-stats-next-bar = barra o fila següent
key-stats-previous-bar = barra o fila anterior
key-stats-first-bar = primera barra o fila
key-stats-last-bar = darrera barra o fila
key-stats-next-part = un canal o motiu de la barra, el següent
key-stats-previous-part = un canal o motiu de la barra, l'anterior
key-stats-next-chart = gràfic següent
key-stats-previous-chart = gràfic anterior
key-stats-open = qui hi ha al darrere / obre el contacte
key-stats-close = enrere / tanca les estadístiques
help-section-stats = Estadístiques

## A chart with nothing to show yet.
statscreen-no-interactions = No s'ha registrat cap interacció en aquestes setmanes.
statscreen-no-customers = No s'ha guanyat ni perdut cap client en aquests mesos.
statscreen-no-owed = Ningú no us deu res i no deveu res a ningú: cap factura emesa ni rebuda pendent.

## Channels as the weeks chart names them (`channel` is the stable name: in_person, call, …).
statscreen-channel = { $channel ->
    [in_person] en persona
    [call] trucades
    [video] vídeo
    [email] correus
    [message] missatges
    [purchase] compres
   *[other] altres
}

## The selected number, in words, under each chart.
statscreen-week-said = Setmana { $week } (des del { $day }): { $count ->
    [one] 1 interacció
   *[other] { $count } interaccions
}{ $channels ->
    [none] {""}
   *[other] {" "}— { $channels } · ←/→ un canal
} · Enter: qui
statscreen-month-said = { $month }: { $gained } guanyats, { $lost } perduts{ $reasons ->
    [none] {""}
   *[other] {" "}({ $reasons })
}, { $kept } clients a final de mes · Enter: { $which ->
    [gained] qui s'ha guanyat
    [lost] qui s'ha perdut{ $reasons ->
        [none] {""}
       *[other] {" "}(←/→ un motiu)
    }
   *[kept] qui s'ha mantingut
}
statscreen-week-channel-said = Setmana { $week } (des del { $day }), { $channel }: { $count } · ←/→ un altre canal · Enter: qui
statscreen-month-reason-said = { $month }: { $count } perduts per { $reason } · ←/→ un altre motiu · Enter: qui
statscreen-kept-line = Clients actius
statscreen-aging = { $aging ->
    [current] no vençut
   *[other] { $aging }
}
statscreen-owed-title = { $owing ->
    [they-owe-me] Us deuen
   *[other] Deveu
} · { $currency }
statscreen-owed-said = { $owing ->
    [they-owe-me] Us deuen
   *[other] Deveu
}, { $aging ->
    [current] encara no vençut
   *[other] { $aging } dies de retard
}: { $amount } en { $count ->
    [one] 1 factura
   *[other] { $count } factures
} · Enter: qui
statscreen-promise-bar = { $direction ->
    [promise] meus
   *[other] seus
} { $bar ->
    [on-time] a temps
    [late] tard
   *[other] vençuts
}
statscreen-promises-said = { $direction ->
    [promise] Els meus compromisos
   *[other] El que els altres m'han promès
} des del { $since }: { $on_time } complerts a temps, { $late } amb retard, { $overdue } vençuts ({ $share } % a temps) · Enter: de qui
statscreen-top-summary = Entre dues compres del mateix client: { $days } dies de mitjana
statscreen-top-summary-none = Encara no ha comprat ningú dues vegades.
statscreen-top-heading = Millors clients en { $currency }
statscreen-purchases = { $count ->
    [one] 1 compra
   *[other] { $count } compres
}
statscreen-contacts = { $count ->
    [one] 1 contacte
   *[other] { $count } contactes
}
statscreen-value-summary = Compres menys devolucions, per moneda
statscreen-value-by-kind = Per tipus
statscreen-value-by-tag = Per etiqueta
statscreen-list-group = Enter: qui hi ha a { $group }
statscreen-at-risk-summary = { $count ->
    [0] Ningú no ha estat en silenci més temps del que sol.
    [one] 1 contacte ha estat en silenci més temps del que sol
   *[other] { $count } contactes han estat en silenci més temps del que solen (es mostren els { $shown } que més se n'han passat)
}
statscreen-at-risk-row = darrer { $last } · cada { $rhythm } dies ({ $learned ->
    [learned] el seu costum
   *[other] fixat
}) · { $past } dies de més
statscreen-open-contact = Enter: obre { $name }

## The people behind a number.
statscreen-people-title = { $what }: { $count ->
    [one] 1 contacte
   *[other] { $count } contactes
}
statscreen-people-week = En contacte la setmana del { $day }
statscreen-people-gained = Clients guanyats: { $month }
statscreen-people-lost = Clients perduts: { $month }
statscreen-people-kept = Clients a final de mes: { $month }
statscreen-people-owed = { $owing ->
    [they-owe-me] Us deuen
   *[other] Deveu
} { $currency }, { $aging ->
    [current] encara no vençut
   *[other] { $aging } dies de retard
}
statscreen-people-promises = { $direction ->
    [promise] Els meus compromisos
   *[other] Els seus compromisos
} { $bar ->
    [on-time] complerts a temps
    [late] complerts amb retard
   *[other] vençuts
}
statscreen-people-top = Millors clients en { $currency }
statscreen-people-kind = Tipus { $kind } ({ $currency })
statscreen-people-tag = Etiqueta #{ $tag } ({ $currency })
statscreen-people-at-risk = En risc
statscreen-nobody = No hi ha ningú darrere d'aquest nombre.
statscreen-not-listed = Aquest contacte no és a la llista (arxivat?): Z llista els contactes arxivats.
statscreen-unreadable = No s'han pogut llegir les estadístiques: { $error }
statscreen-people-unreadable = No s'ha pogut llegir qui hi ha darrere d'aquest nombre: { $error }
