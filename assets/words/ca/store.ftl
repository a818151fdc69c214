# What the notebook file says: opening it, its versions, a busy or damaged file, the disk under
# it, records it cannot find, and the wording of `kith check`, `--repair` and a restore.
# `path` is the notebook's path; `table` and `key` name where a damaged record sits.

## Opening the notebook (store/error.rs)
store-already-open = { $path } està obert en un programa que en fa un ús exclusiu (un kith antic?); tanqueu-lo primer
store-not-a-notebook = { $path } no és una llibreta de kith o està malmès: { $reason }
store-newer-schema = { $path } l'ha escrit un kith més nou (esquema de llibreta { $found }; aquest kith llegeix l'esquema { $supported } i anteriors): actualitzeu kith per obrir-lo
store-older-schema = { $path } l'ha escrit un kith més antic (esquema de llibreta { $found }): obriu-lo una vegada amb `kith` o amb qualsevol ordre que escrigui per actualitzar-lo
store-missing = encara no hi ha cap llibreta a { $path }: `kith add NAME` o `kith` la crea
store-needs-recovery = { $path } no es va tancar correctament (kith o l'ordinador es van aturar mentre escrivien): la propera ordre que hi escrigui, o obrir `kith`, el repararà
store-not-writable = { $path } aquí només es pot llegir (no hi ha permís d'escriptura o el disc és de només lectura): les ordres que només llegeixen funcionen
store-cannot-open = no es pot obrir { $path }
store-opened-read-only = la llibreta és oberta només per a lectura
# `seconds` as the time waited, e.g. 10 or 0.5.
store-busy = un altre procés de kith ha mantingut la llibreta ocupada durant { $seconds } s
store-storage = error d'emmagatzematge: { $why }
store-damaged-file = el fitxer de la llibreta està malmès ({ $why }): executeu `kith check`

## Records (store/error.rs): `what` is contact, interaction or follow-up
store-damaged-record = registre malmès a { $table }, clau { $key }: { $reason }
store-not-found = cap { $what ->
        [contact] contacte
        [interaction] interacció
        [follow-up] seguiment
       *[other] { $what }
    } no té l'id { $id }
store-index-names-a-missing-record = un índex l'esmenta, però el registre no hi és
store-unknown-contact = cap contacte coincideix amb «{ $query }»
# `list` is the matching contacts, one a line: id and name.
store-ambiguous =
    «{ $query }» coincideix amb { $count } contactes:
    { $list }
    indiqueu-ne un pel seu id
# A contact in that list, with the company that tells it apart.
store-candidate-at-company = { $name } ({ $company })

## The disk under the notebook (store/error.rs)
store-disk-full = disc ple
store-disk-read-only = el disc de la llibreta és de només lectura
store-disk-size-limit = el fitxer de la llibreta ha arribat al límit de mida
store-disk-file-gone = el fitxer de la llibreta s'ha mogut o suprimit mentre kith el tenia obert
store-disk-closed = la llibreta s'ha tancat després d'un error d'E/S
store-disk-other = error d'E/S ({ $error })
# Where a table stopped being readable: the key after which it stopped, or the first.
store-key-after = després de { $key }
store-key-first = inicial
store-rest-unreadable = la resta de la taula no es pot llegir: { $why }
store-record-off-its-key = el registre no coincideix amb la seva clau: { $what }
store-record-says-id = diu que té l'id { $id }
store-note-says = diu que té l'id { $id }, el contacte { $contact }, a { $at }
store-contact-page-unreadable = la seva pàgina no es pot llegir: { $why }
store-key-names-a-missing-note = apunta a una interacció que no hi és
store-value-empty = el valor és buit
store-record-version-unknown = la versió de registre { $found } és desconeguda (aquest kith escriu la versió { $expected })
store-value-too-large = el valor supera el límit de { $limit } bytes
store-value-malformed = el valor no es pot descodificar: { $why }
# A note-index chunk that does not decode.
store-chunk-id-too-long = un id és massa llarg
store-chunk-cut-short = l'últim id és incomplet

## A file that is not a notebook (store/open.rs, store/schema.rs)
store-is-a-folder = és una carpeta
store-foreign-redb = és una base de dades redb d'un altre programa
store-foreign-redb-tables = és una base de dades redb d'un altre programa (taules: { $tables })

## A page redb could not read (store/contain.rs)
store-page-unreadable = no s'ha pogut llegir una pàgina
store-redb-stopped = redb s'ha aturat: { $why }
store-redb-stopped-at = redb s'ha aturat: { $why } a { $file }:{ $line }
store-redb-stopped-on-a-page = redb s'ha aturat en una pàgina que no ha pogut llegir

## A contact that stands in for an unreadable one (store/dump.rs)
store-stand-in-name = Contacte illegible { $id }
store-stand-in-profile = kith no ha pogut llegir aquest contacte d'una llibreta malmesa; les notes i els seguiments que en formen part s'han conservat amb aquest nom.

## Changes the store refuses (store/write.rs, store/write/merge.rs)
store-followup-cannot-move = un seguiment no es pot moure a un altre contacte
store-merge-into-itself = un contacte no es pot fusionar amb si mateix

## `kith check` and `--repair`: what an index problem shows, what was not repaired
check-row-missing = falta { $row }
check-row-wrong = valor erroni a { $row }
check-row-extra = cap registre no demana { $row }
check-next-id-low = l'id següent, { $next }, no és superior a l'id més alt en ús ({ $highest })
check-next-id-raised = l'id següent ha passat de { $was } a { $now }
check-chunk-unreadable = un fragment no es pot descodificar: { $chunk }
check-cannot-copy = no es pot copiar la llibreta per comprovar-la: { $error }
check-source-unreadable = { $index }: { $source } no es pot llegir fins al final i, per tant, l'índex no se'n pot reconstruir; restaureu la llibreta des d'una còpia de seguretat
store-cannot-repair = no s'ha reconstruït cap índex: redb no pot reparar el fitxer i, per tant, no s'hi pot escriure res; restaureu la llibreta des d'una còpia de seguretat o exporteu-ne el que es pugui llegir

## Restoring a backup into the notebook (store/restore.rs, store/write/restore.rs)
restore-not-empty = una còpia de seguretat només es restaura en una llibreta buida
# `what` is contact, interaction or follow-up.
backup-no-id = { $what ->
        [contact] un contacte
        [interaction] una interacció
        [follow-up] un seguiment
       *[other] un element ({ $what })
    } de la còpia de seguretat no té id
backup-shared-id = { $what ->
        [contact] dos contactes
        [interaction] dues interaccions
        [follow-up] dos seguiments
       *[other] dos elements ({ $what })
    } de la còpia de seguretat comparteixen l'id { $id }
backup-draft-without-contact = un esborrany pertany al contacte { $contact }, que no és a la còpia de seguretat
