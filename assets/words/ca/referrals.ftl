# Referrals and thanks: whom a contact referred and what it brought, the referrers ranked, the
# hint when a referred contact first buys, the review's thanks and greetings, life events.

referral-undo-changed = l'agraïment { $id }

## The review
referral-review-title = Agrair una recomanació
referral-review-item = { $referred } ha fet la primera compra: agraïu-ne la recomanació
review-first-purchase = primera compra
review-first-purchase-years = { $years ->
        [one] 1 any des de la primera compra
       *[other] { $years } anys des de la primera compra
    }

## kith show and kith referrals
referral-show-title = Recomanacions
referral-show-referred = Ha recomanat { $count }: { $names }{ $more ->
        [0] {""}
       *[other] {" "}… i { $more } més
    }
referral-show-value = Les seves recomanacions han aportat { $value } ({ $purchases ->
        [one] 1 compra
       *[other] { $purchases } compres
    })
referral-none-referred = encara no ha recomanat ningú
referral-none = Cap contacte recomanat no ha comprat res encara.
referral-ranking = Qui recomana, per les compres dels seus recomanats ({ $currency }):
referral-ranking-line = { $name }: { $value } ({ $referred } recomanats, { $purchases ->
        [one] 1 compra
       *[other] { $purchases } compres
    })

## kith log
referral-first-purchase-hint = { $name } ha fet la primera compra: l'ha recomanat { $referrer } — cal donar-li les gràcies (la revisió ho llista a «Agrair una recomanació»)

## kith event
event-no-label = un esdeveniment necessita unes quantes paraules que diguin què és
event-undo = afegir un esdeveniment a { $name }
event-yearly = S'ha afegit «{ $label }» a les dates assenyalades de { $name }: tornarà a sortir a la revisió cada any.
event-reminder = { $label } ({ $day })
event-once = Recordatori de «{ $label }» ({ $name }) per al { $day }, id { $id }.

## The screen
referral-header = Ha recomanat
referral-header-names = { $count } ({ $names }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })
referral-header-brought = ha aportat
key-thank = agraeix, felicita
review-thank-nothing = T agraeix una recomanació o envia una felicitació per un aniversari o una data assenyalada: trieu-ne una
review-thank-referral-text = Agrair-li que hagi recomanat { $referred }
review-thank-birthday-text = Felicitació d'aniversari enviada
review-thank-anniversary-text = Agraïment enviat: { $what }
review-thank-occasion-text = Felicitació enviada: { $what }
review-thank-undo = agrair a { $name }
review-thank-referral-done = Avui toca un compromís: donar les gràcies a { $name }.
review-thank-occasion-done = S'ha registrat la felicitació a { $name }: la revisió la tornarà a mostrar l'any que ve.
review-thank-failed = No s'ha pogut registrar l'agraïment: { $error }

## Backups
backup-thanks-field = el camp { $field } de l'agraïment { $id }
