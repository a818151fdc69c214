# The rules of the notebook's own values: contacts, notes, follow-ups, dates, money, cadences;
# what the review, the rescue file, the config file, written files and the search language say.
# Arguments are what a person wrote or what a record holds; `field` names the field a rule is about.

## A contact that breaks a rule (domain/contact/rules.rs)
contact-no-name = un contacte necessita un nom
contact-too-long = { $field ->
        [name] el nom supera
        [company] l'empresa supera
        [title] el càrrec supera
        [tag] l'etiqueta supera
       *[other] el camp «{ $field }» supera
    } els { $max } caràcters
contact-too-large = { $field ->
        [profile] el perfil supera
        [interests] els interessos superen
       *[other] el camp «{ $field }» supera
    } 1 MiB
contact-too-many = un contacte pot tenir com a màxim { $max } { $field ->
        [emails] adreces electròniques
        [phones] telèfons
        [tags] etiquetes
        [occasions] dates assenyalades
       *[other] elements ({ $field })
    }
contact-kept-card-too-large = les propietats de vCard conservades superen els { $max } MiB
contact-grade-outside = la puntuació { $grade } no és entre 1 i 10
contact-cadence-outside = una freqüència de { $days } dies no és entre 1 i 3650
contact-referred-by-themselves = un contacte no es pot haver recomanat a si mateix
# The contact form's "Every (days)" field, when it holds no number.
contact-cadence-not-a-number = «{ $input }» no és un nombre de dies
contact-occasion-unreadable = «{ $input }» no és una data assenyalada: escriviu LABEL=DATE, p. ex. casament=2019-06-01
contact-occasion-no-label = «{ $input }» no té cap etiqueta davant de «=»
# An occasion's date that does not read: its label, then what is wrong with the date.
contact-occasion-date = { $label } { $problem }
# Two contacts merged: the other's name is kept in the profile.
contact-also-known-as = També conegut com a { $name }

## A word that names one of a few choices (kind, channel, direction, sentiment)
domain-unknown-name = { $what ->
        [kind] tipus desconegut
        [channel] canal desconegut
        [direction] sentit desconegut
        [sentiment] opinió desconeguda
       *[other] { $what } desconegut
    } «{ $input }»: feu servir un d'aquests: { $names }

## Dates as people write them (domain/dates.rs; due dates are in dates.ftl)
date-not-a-date = { $date } no és una data
date-not-a-day-of-the-year = { $day } no és un dia de l'any
date-unreadable-day = «{ $input }» no és una data: feu servir MM-DD o AAAA-MM-DD (per exemple 05-14 o 1984-05-14)
date-unreadable-time = «{ $input }» no és una data i hora: feu servir "AAAA-MM-DD HH:MM" (per exemple "2026-03-14 09:30")

## Money (domain/money.rs)
money-not-a-currency = «{ $code }» no és un codi de moneda: feu servir tres lletres, com ara EUR, INR o USD
# `why` is one of the money-… reasons below.
money-not-an-amount = «{ $input }» no és un import ({ $why }): escriviu-lo com a "120.50 EUR"
money-needs-number-and-code = calen un nombre i un codi de moneda
money-not-digits = el nombre no està escrit amb xifres
money-decimal-places = { $currency } té { $decimals } decimals
money-too-large = el nombre és massa gran
money-bad-decimals = decimals incorrectes

## Notes and follow-ups (domain/interaction.rs, domain/followup.rs, domain/capture.rs)
note-too-large = la nota supera 1 MiB
note-empty = la nota és buida
note-amount-not-a-purchase = només es registra un import per a les compres, no per a «{ $channel }»
followup-already-closed = el seguiment { $id } ja està { $state ->
        [done] fet
        [dropped] descartat
       *[other] tancat ({ $state })
    } i no es pot { $verb ->
        [done] marcar com a fet
        [dropped] descartar
        [snoozed] ajornar
        [changed] canviar
        [edited] editar
       *[other] modificar ({ $verb })
    }
followup-no-text = un seguiment necessita un text que digui què cal fer
followup-too-large = el text del seguiment supera 1 MiB
# A follow-up line of a note that does not read: its line number, then why.
capture-line = línia { $line }: { $problem }
capture-no-colon = escriviu-ho com a >> WHEN: WHAT, p. ex. >> divendres: enviar el pressupost
capture-nothing-due = digueu què cal fer després dels «:»
# A stored date or time a damaged record holds, out of the range kith reads.
date-day-out-of-range = el dia { $days } és fora de l'interval
date-time-out-of-range = l'hora { $seconds } és fora de l'interval
date-time-of-day-out-of-range = l'hora del dia { $seconds } és fora de l'interval

## The review: its sections and what an item says (review.rs)
review-overdue = Endarrerits
review-today = Avui
review-upcoming = Propers { $days } dies
review-gone-quiet = Sense notícies
review-occasions = Aniversaris i dates assenyalades, propers { $days } dies
review-waiting-on-them = A l'espera d'ells
review-keep-in-touch = mantenir el contacte cada { $days } dies
review-birthday = aniversari
review-birthday-age = aniversari ({ $years })
review-occasion-years = { $label } ({ $years ->
        [one] { $years } any
       *[other] { $years } anys
    })

## A rescue file: its header lines, and why no folder took it (rescue.rs)
rescue-header = kith ha rescatat aquesta nota sense desar. Copieu-la amb `kith log` o amb l'editor de notes.
rescue-contact = contacte: { $name } (id { $id })
rescue-channel = canal: { $channel }
rescue-when = quan: { $when }
rescue-amount = import: { $amount }
rescue-kept = conservada: { $at }
rescue-folder-refused = { $folder }: { $error }

## The config file (config.rs)
config-unreadable = no es pot llegir el fitxer de configuració { $path }: { $error }
config-invalid = el fitxer de configuració { $path } no és vàlid: { $error }

## Writing a file (files.rs)
files-is-a-folder = és una carpeta; indiqueu un fitxer per escriure-hi
files-changed-while-writing = { $path } ha canviat mentre kith l'escrivia; no s'ha escrit res

## The search language (search/query.rs): `part` is what was typed, `why` one of the reasons below
query-unknown-filter = filtre desconegut «{ $key }:»: feu servir kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
query-bad-filter = «{ $part }»: { $why }
query-unknown-kind = tipus desconegut
query-due-values = due: és overdue o today
query-quiet-values = quiet: pren un nombre de dies, p. ex. quiet:30
query-archived-values = archived: és yes o no

## Why two contacts may be one person (search/duplicates.rs)
duplicates-same-email = la mateixa adreça electrònica, { $email }
duplicates-same-phone = el mateix telèfon, { $phone }
duplicates-same-name = el mateix nom, { $name }
# Too many contacts share one thing to list them in pairs: how many, and what they share.
duplicates-key-crowded = { $count } contactes tenen { $shown }
