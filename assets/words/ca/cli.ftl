### What the command line says: results, confirmations, tables, warnings and errors. Ids begin
### with the command they belong to (cli- for what several commands say). Data (names, paths,
### notes, numbers) comes in as arguments; padding and alignment stay in the code, which is why
### no message here begins or ends with a space.

## Said by kith itself and by several commands
cli-error = kith: { $error }
cli-busy-unchanged = kith: no s'ha canviat res; torneu-ho a executar o espereu més amb --wait SECS
cli-no-home = no es troba cap directori personal: indiqueu --db PATH o definiu KITH_DB
cli-wait-seconds = --wait pren un nombre de segons, com ara 10 o 0.5
cli-migrating = S'està actualitzant la llibreta: s'estan indexant les notes, { $percent }% de { $total }
cli-skipped = kith: s'ha omès { $record }
cli-damage-skipped = { $count ->
    [one] S'ha omès { $count } registre malmès
   *[other] S'han omès { $count } registres malmesos
} (indicats més amunt): executeu `kith check`
cli-contact-by-id = contacte { $id }
cli-never = mai
cli-ago = { $days ->
    [0] avui
    [one] fa { $days } dia
   *[other] fa { $days } dies
}

## The contact table (list, search)
cli-no-contacts = No hi ha cap contacte.
cli-table-id = ID
cli-table-name = NOM
cli-table-kind = TIPUS
cli-table-company = EMPRESA
cli-table-last-contact = ÚLTIM CONTACTE

## add, edit (edit takes add's options), archive, unarchive
add-added = S'ha afegit { $name } (id { $id })
add-not-days = «{ $value }» no és un nombre de dies vàlid
add-not-grade = «{ $value }» no és una puntuació vàlida de l'1 al 10
add-bad-birthday = aniversari: { $problem }
edit-updated = S'ha actualitzat { $name } (id { $id })
archive-archived = S'ha arxivat { $name } (id { $id })
archive-no-reason = digueu per què s'arxiva el contacte amb --reason
archive-already = { $name } ja és a l'arxiu
unarchive-restored = S'ha restaurat { $name } (id { $id })
unarchive-not-archived = { $name } no és a l'arxiu

## show: the heading, the fields (each label with its colon), the follow-ups and the timeline
show-heading = { $name }  (id { $id }, { $kind ->
        [customer] client
        [prospect] client potencial
        [employee] empleat
        [partner] soci
        [supplier] proveïdor
        [other] altre
       *[unknown] { $kind }
    })
show-archived = ARXIVAT { $date }: { $reason }
show-company = Empresa:
show-title = Càrrec:
show-email = Correu:
show-phone = Telèfon:
show-tags = Etiquetes:
show-birthday = Aniversari:
show-occasions = Dates assenyalades:
show-occasion = { $label } { $date }
show-interests = Interessos:
show-how-we-met = Com ens vam conèixer:
show-referred-by = Recomanat per:
show-grade = Puntuació:
show-grade-value = { $grade }/10
show-last-contacted = Últim contacte:
show-last-contacted-ago = { $date } ({ $ago })
show-keep-in-touch = Mantenir el contacte:
show-every = cada { $cadence ->
    [one] { $cadence } dia
   *[other] { $cadence } dies
}
show-every-overdue = cada { $cadence ->
    [one] { $cadence } dia
   *[other] { $cadence } dies
}, { $days } d de retard
show-lifetime-value = Valor acumulat:
show-promises-kept = Compromisos complerts:
show-on-time = { $percent }% a temps
show-profile = Perfil
show-followups = Seguiments
# The mark is a space (open), x (done) or - (dropped); id and direction come padded.
show-followup = [{ $mark }] { $id }  per al { $due }  { $direction }  { $text }
show-timeline = Historial
show-nothing-logged = encara no s'ha registrat res
# The amount comes with two spaces before it, or empty.
show-interaction = { $at }  { $channel }{ $amount }  (id { $id })

## duplicates, merge
duplicates-none = No hi ha cap duplicat probable.
duplicates-pair = { $first } (id { $first_id }) i { $second } (id { $second_id }): { $reasons }
duplicates-crowded = kith: { $what }: massa per aparellar-los
merge-merged = S'ha fusionat { $absorbed } (id { $absorbed_id }) amb { $kept } (id { $kept_id }): s'han mogut { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
}, { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
}, { $referrals ->
    [one] { $referrals } recomanació
   *[other] { $referrals } recomanacions
}{ $draft ->
    [yes] {" "}i una nota sense desar
   *[no] {""}
}

## log
log-nothing = no hi ha res per registrar: doneu la nota com a TEXT o per l'entrada estàndard
log-logged = S'ha registrat { $channel ->
        [call] una trucada
        [video] una videotrucada
        [email] un correu
        [message] un missatge
        [purchase] una compra
       *[other] una interacció ({ $channel })
    } amb { $name } el { $at } (interacció { $id })
log-captured = { $direction ->
        [promise] Compromís
        [request] A l'espera
        [reminder] Recordatori
       *[other] { $direction }
    } per al { $due }: { $text } (seguiment { $id })
log-unreadable = kith: avís: la nota s'ha desat, però la { $problem }
log-type-the-note = Escriviu la nota i després premeu Ctrl-D en una línia nova:
log-cannot-read = no es pot llegir la nota: { $error }

## followup, due, done, snooze, drop
followup-how = escriviu el seguiment com a "WHEN: WHAT", p. ex. "divendres: enviar el pressupost"
followup-added = { $direction ->
    [request] A l'espera de { $name }
    [reminder] Recordatori per a { $name }
   *[promise] Compromís amb { $name }
} per al { $due }: { $text } (seguiment { $id })
due-review-for = Revisió del { $date }
due-section = { $title } ({ $count })
due-section-empty = —
due-quiet-for = { $days } dies
due-item-what = { $direction ->
        [promise] compromís
        [request] a l'espera
        [reminder] recordatori
       *[other] { $direction }
    }: { $what }
due-more = … i { $count } més
done-done = Fet: { $text } (seguiment { $id })
snooze-snoozed = Ajornat al { $due }: { $text } (seguiment { $id })
drop-dropped = Descartat: { $text } (seguiment { $id })

## search
search-more = … i { $count } més (--limit)
search-none-try-notes = kith: cap contacte coincideix; kith search --notes (o una cerca que comenci amb #) cerca en el text de les notes
search-none-try-contacts = kith: cap nota coincideix; sense --notes ni #, kith search cerca als contactes
search-no-notes = Cap nota coincideix.
search-more-notes = … i més (--limit)

## export
export-wrote = S'ha escrit a { $path }: { $what }
export-wrote-cards = { $count ->
    [one] S'ha escrit { $count } targeta
   *[other] S'han escrit { $count } targetes
} a { $dir }
export-contacts = { $count ->
    [one] { $count } contacte
   *[other] { $count } contactes
}
export-calendar = el calendari
export-backup = { $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}, { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
} i { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
}
export-cannot-write = no es pot escriure { $path }: { $error }
export-csv-failed = no es pot escriure el CSV: { $error }
export-strict = no s'ha exportat res: { $count ->
    [one] { $count } registre malmès
   *[other] { $count } registres malmesos
} (--strict); executeu `kith check`
export-not-a-folder = { $path } no és una carpeta
export-cannot-make = no es pot crear { $path }: { $error }
export-and-more = i { $count } més
export-folder-in-the-way = no s'ha exportat res: hi ha una carpeta on ha d'anar una targeta: { $paths }
export-foreign = no s'ha exportat res: { $count ->
    [one] { $count } fitxer de { $dir } no l'ha escrit kith per al mateix contacte: { $paths }; moveu-lo o afegiu --force per substituir-lo
   *[other] { $count } fitxers de { $dir } no els ha escrit kith per al mateix contacte: { $paths }; moveu-los o afegiu --force per substituir-los
}
export-read-differently = la llibreta s'ha llegit de manera diferent la segona vegada; no s'ha escrit res més

## import
import-unknown-encoding = «{ $name }» no és una codificació que kith conegui (p. ex. utf-8, windows-1252, shift_jis, utf-16le)

## check
check-damaged = la llibreta està malmesa (vegeu l'informe)
check-notebook = Llibreta { $path }
check-file = Fitxer: { $state }
check-file-clean = totes les pàgines superen la suma de verificació
check-file-repaired = redb ha trobat danys i els ha reparat
check-file-repairable = les pàgines de l'última confirmació no superen les sumes de verificació; `kith check --repair` fa que redb torni a la confirmació anterior (es perd l'últim canvi)
check-file-damaged = massa malmès perquè redb el pugui reparar: { $why }
check-file-not-run = no s'ha executat: { $why }
check-tables = Taules:
check-table-damaged = malmesos: { $count }
check-table-unreadable = no es pot llegir fins al final
check-damaged-records = Registres malmesos ({ $count }):
check-damaged-record = { $table }, clau { $key }: { $reason }
check-rebuilt = Reconstruïts ({ $count }):
check-indexes-disagree = Índexs que no concorden amb els registres ({ $count }):
check-index-problem = { $index }: files que falten { $missing }, errònies { $wrong }, sobrants { $extra }; p. ex. { $example }
check-not-repaired = No s'ha reparat: { $why }
check-sound = La llibreta està en bon estat.
check-run-repair = Executeu `kith check --repair` per reconstruir els índexs a partir dels registres.
check-cannot-repair =
    redb no pot reparar aquest fitxer. Deseu el que es pugui llegir i comenceu una llibreta nova a partir d'això:
      kith export --format json -o rescue.json
      kith --db NEW.redb import rescue.json
check-export-the-rest = Els registres malmesos no es poden reconstruir: `kith export --format json` desa tota la resta; recupereu els malmesos d'una còpia de seguretat.

## demo
demo-not-empty = la llibreta de { $path } ja té { $count ->
    [one] { $count } contacte
   *[other] { $count } contactes
}; la demostració només omple una llibreta buida (proveu-la al costat de la vostra amb --db kith-demo.redb)
demo-filled = S'ha omplert { $path } amb { $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}, { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
} i { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
} en { $seconds } s
