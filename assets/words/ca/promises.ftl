# Promises kept and complaints resolved: the rules, the commands' words and the review's words.

complaint-resolution-no-text = una resolució necessita un text que digui com s'ha resolt la queixa
complaint-resolution-too-large = el text de la resolució supera 1 MiB
complaint-not-a-complaint = la nota { $id } no és una queixa: només es pot resoldre una nota registrada amb l'opinió complaint
complaint-undo-resolve = resoldre una queixa de { $name }
complaint-undo-changed = la resolució de la nota { $id }

## kith promises
promises-mine = Compromisos meus (els ho dec)
promises-theirs = Compromisos amb mi (m'ho deuen)
promises-rate = complerts a temps { $on_time }, amb retard { $late }, encara oberts i vençuts { $overdue }: { $rate } a temps
promises-none-broken = No he incomplert cap compromís.
promises-broken = Compromisos meus incomplerts ({ $count }):
promises-done-late = complert amb { $days ->
        [one] 1 dia
       *[other] { $days } dies
    } de retard
promises-still-open = encara obert, vençut fa { $days ->
        [one] 1 dia
       *[other] { $days } dies
    }
promises-more = … i { $count } més

## kith complaints and kith resolve
complaints-open = Queixes obertes: { $count }
complaints-age = oberta des de fa { $days ->
        [one] 1 dia
       *[other] { $days } dies
    }
complaints-resolved = Resoltes: { $count }; temps per resoldre-les: mediana { $median } dies, mitjana { $average } dies
complaints-none-resolved = No s'ha resolt cap queixa en aquest període.
complaints-resolved-one = S'ha resolt la queixa de la nota { $id } ({ $name }) el { $day }, { $days ->
        [one] 1 dia
       *[other] { $days } dies
    } després de presentar-la

## Backups
backup-resolution-field = la resolució de la nota { $id }, { $field }
backup-resolution-without-note = la còpia de seguretat té una resolució per a la nota { $id }, que no conté

## The review
complaints-review-title = Queixes obertes
complaints-review-item = { $what } (oberta des de fa { $days ->
        [one] 1 dia
       *[other] { $days } dies
    })

## The screen
key-apologise = demana disculpes per un compromís meu vençut
key-resolve = resol la queixa
review-apology-not-overdue = Només un compromís meu vençut admet disculpes
review-apology-text = disculpes per: { $what }
review-resolve-not-a-complaint = Només es pot resoldre una queixa oberta
review-resolved = S'ha resolt la queixa (u ho desfà)
review-resolve-failed = No s'ha pogut resoldre la queixa: { $error }
question-resolve-title = Resol la queixa
question-resolve-ask = Com s'ha resolt? { $what }
question-resolve-text = Resolució:
question-resolve-yes = resol-la
