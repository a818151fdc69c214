# The notebook screen (src/tui/): what each pane, overlay and message says.
#
# Spacing around a message (the blank before a title, the padding after a label) is kept by
# the code, not here. Key names ($key and the like) are arguments: they name keys and are not
# translated; what a key does is.

## The status bar: the counts on the right, and what the screen says about itself.

status-overdue = { $count } endarrerits
status-today = { $count } avui
status-read-only = només lectura
status-read-only-refused = aquesta llibreta és oberta només per a lectura: podeu consultar i cercar, però no fer canvis
status-unwritable = { $problem }: nota no desada, { $kept }
status-copy-in = còpia a { $path }
status-no-copy = encara no hi ha cap còpia enlloc
status-counts-failed = no s'ha pogut comptar què cal fer: { $error }

## How long ago, in at most four columns (the list and the header).

time-today = avui
time-days = { $days }d
time-years = { $years }a

## The contact list.

list-title = Contactes ({ $total })
list-title-filtered = Contactes { $shown }/{ $total }
list-title-notes = Notes { $count }
list-title-notes-more = Notes { $count }+
list-kind-customer = cli.
list-kind-prospect = pot.
list-kind-employee = empl
list-kind-partner = soci
list-kind-supplier = prov
list-kind-other = alt.
list-gone = { $name } ja no és a la llista: un altre kith l'ha arxivat o suprimit
list-gone-selected = El contacte seleccionat ja no és a la llista: un altre kith l'ha arxivat o suprimit
list-unreadable = no s'ha pogut llegir la llista de contactes: { $error }
list-row-unreadable = ⚠ contacte illegible { $id }: { $error }

## The contact header.

header-grade = puntuació { $grade }/10
header-tags = etiquetes
header-birthday = aniversari
header-birthday-today = avui!
header-birthday-in = d'aquí a { $days }d
header-last = últim
header-never = mai
header-every = cada
header-cadence = { $days }d
header-cadence-over = cada { $cadence }d: { $days }d de retard
header-value = valor
header-promises = compromisos
header-promises-open = { $open } oberts
header-promises-open-kept = { $open } oberts, { $percent }% complerts a temps
header-next = següent
header-archived = arxivat { $date }: { $reason }

## The timeline, the whole-note reader, and the welcome of an empty notebook.

timeline-title = Historial ({ $count })
timeline-empty = Encara no s'ha registrat res. Premeu { $key } per escriure la primera nota.
timeline-amount = Import: { $amount }
timeline-damaged = { $count ->
    [one] No s'ha pogut llegir { $count } registre d'aquest contacte
   *[other] No s'han pogut llegir { $count } registres d'aquest contacte
}
timeline-deleted = S'ha suprimit la interacció
timeline-delete-failed = no s'ha pogut suprimir: { $error }
timeline-welcome = Us donem la benvinguda a kith, la vostra llibreta de relacions.
timeline-welcome-add = Premeu { $key } per afegir el primer contacte,
timeline-welcome-shell = o des d'un intèrpret d'ordres:
timeline-welcome-import = Per importar els contactes del telèfon:
timeline-welcome-demo = Per provar kith amb una llibreta d'exemple:
timeline-welcome-keys = { $help } mostra totes les tecles, { $quit } surt.

## The notes editor, and what becomes of its text when the notebook does not take it.

editor-title = Nota nova · { $name }
editor-channel = Canal
editor-channel-hint = { $key } el canvia
editor-when = Quan
editor-amount = Import
editor-amount-hint = per a compres, p. ex. 120.50 EUR
editor-note = Nota
editor-hint = Escriviu què s'ha dit. { $save } desa, { $leave } la guarda com a esborrany.
editor-no-contact = afegiu primer un contacte ({ $key })
editor-open-failed = no s'ha pogut obrir l'editor: { $error }
editor-resumed = S'ha recuperat l'esborrany sense desar del { $at }
editor-saved = { $count ->
    [0] S'ha desat la nota
    [one] S'ha desat la nota amb { $count } seguiment
   *[other] S'ha desat la nota amb { $count } seguiments
}
editor-saved-but = S'ha desat la nota, però la { $problem }
editor-save-failed = no s'ha pogut desar la nota ({ $error }); el text encara és aquí
editor-busy = Un altre kith està escrivint a la llibreta: la nota encara és aquí i es desarà tan bon punt acabi
editor-writable-again = La llibreta torna a acceptar canvis: l'esborrany es conserva
editor-refused-copy = { $problem }: la nota encara és aquí, sense desar; n'hi ha una còpia a { $path }
editor-refused-nowhere = { $problem }: la nota només és aquí i enlloc més; kith ho continua intentant
editor-not-saved = { $problem }: la nota encara és aquí, sense desar
editor-stays-open = { $problem }: la nota no s'ha pogut conservar enlloc, així que l'editor es queda obert
editor-draft-kept = S'ha conservat l'esborrany: premeu { $key } en aquest contacte per continuar
editor-draft-failed = no s'ha pogut conservar l'esborrany ({ $error })
editor-draft-not-cleared = { $problem }: no s'ha pogut esborrar l'esborrany antic

## The review (r).

review-title = Revisió · { $date }
review-nothing = res
review-more = … i { $count } més
review-silent = { $days }d en silenci
review-unreadable = no s'ha pogut llegir la revisió: { $error }
review-not-listed = aquest contacte no és a la llista
review-not-a-followup = només els seguiments es poden marcar com a fets, ajornar o descartar; { $key } registra una nota
review-done = Fet: { $what }
review-dropped = Descartat: { $what }
review-snoozed = Ajornat al { $date }: { $what }
review-change-failed = no s'ha pogut canviar el seguiment: { $error }

## Search (/).

search-no-match-try-notes = cap coincidència · # cerca a les notes
search-no-match-try-contacts = cap coincidència · sense #, contactes
search-archived = aquest contacte està arxivat; kith show en llista les notes
search-unnamed = contacte { $id }
search-notes-failed = no s'ha pogut cercar a les notes: { $error }
search-contacts-failed = no s'han pogut llegir els contactes: { $error }
search-failed = no s'ha pogut cercar: { $error }

## The help overlay (?) and its sections, which the README's key table shares.

help-title = Tecles — { $key } tanca
help-section-everywhere = Arreu
help-section-browse = Contactes i historial
help-section-reading = Lectura d'una nota
help-section-writing = Editor de notes i formularis
help-section-questions = Preguntes
help-section-search = Cerca
help-section-review = Revisió
help-section-help = Ajuda

## The forms: add or edit a contact, a new follow-up (f).

form-name = Nom
form-company = Empresa
form-title = Càrrec
form-kind = Tipus
form-emails = Correus
form-phones = Telèfons
form-tags = Etiquetes
form-birthday = Aniversari
form-cadence = Cada (dies)
form-hint-labeled = separats per comes; etiqueta:valor per etiquetar-los
form-hint-tags = separades per comes
form-hint-birthday = MM-DD o AAAA-MM-DD
form-hint-cadence = mantenir el contacte cada N dies
form-hint-kind = { $key } o { $arrows } per canviar-lo
form-title-add = Afegeix un contacte
form-title-edit = Edita el contacte
form-edit-none = seleccioneu un contacte per editar-lo
form-contact-added = S'ha afegit el contacte
form-contact-saved = S'ha desat el contacte
form-contact-failed = no s'ha pogut desar el contacte: { $error }
form-nothing-changed = No s'ha canviat res
form-followup-title = Seguiment · { $name }
form-followup-what = Què
form-followup-when = Quan
form-followup-when-hint = demà, divendres, dilluns que ve, d'aquí a 3 dies, 2026-12-01, 12-01…
form-followup-not-a-date = ✗ no és una data que kith pugui llegir
form-followup-who = Qui
form-followup-promise = compromís: ho dec jo
form-followup-request = a l'espera: m'ho deuen
form-followup-reminder = recordatori
form-followup-none = seleccioneu primer un contacte
form-followup-what-missing = digueu què cal fer
form-followup-added = S'ha afegit el seguiment, per al { $date }
form-followup-failed = no s'ha pogut afegir el seguiment: { $error }

## Questions asked before the screen acts, and what follows the answer.

question-cancel = cancel·la
question-quit-title = Voleu sortir sense desar?
question-quit-not-saved = La nota no és a la llibreta ({ $problem }).
question-quit-copy = N'hi ha una còpia a { $path }
question-quit-no-copy = No s'ha pogut escriure cap còpia enlloc: si sortiu, es perdrà.
question-quit-yes = surt
question-quit-no = queda't i continua escrivint
question-import-title = Importa contactes
question-import-what = Un fitxer .vcf o .csv, una carpeta de fitxers .vcf o una còpia de seguretat de kith:
question-import-path = Camí:
question-import-yes = importa
question-import-no-path = escriviu el camí d'un fitxer .vcf, .csv o de còpia de seguretat, o d'una carpeta de fitxers .vcf
question-importing = S'està important { $path }…
question-import-progress = S'està important: { $step }
question-snooze-title = Ajorna fins a
question-snooze-when = Quan:
question-snooze-hint = demà, divendres, en 3 dies, 12-01…
question-snooze-yes = ajorna
question-archive-title = Arxiva el contacte
question-archive-ask = Voleu arxivar { $name }? El seu historial es conserva.
question-archive-reason = Motiu:
question-archive-yes = arxiva
question-archive-none = seleccioneu un contacte per arxivar-lo
question-archive-no-reason = digueu per què s'arxiva el contacte
question-archived = S'ha arxivat el contacte; `kith list --archived` el mostra
question-archive-failed = no s'ha pogut arxivar: { $error }
question-merge-who-title = Fusiona amb aquest contacte
question-merge-who = Quin altre registre de { $name } és la mateixa persona?
question-merge-who-label = Nom o id:
question-merge-find = cerca
question-merge-none = seleccioneu el contacte que voleu conservar i premeu { $key }
question-merge-no-name = escriviu el nom o l'id de l'altre registre
question-merge-itself = aquest és el mateix contacte; indiqueu l'altre registre
question-merge-refused = no es pot fusionar: { $error }
question-merge-title = Fusiona contactes
question-merge-ask = Voleu fusionar { $absorb } amb { $keep }?
question-merge-moving = Es mouran { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
} i { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
}; l'altre registre se suprimirà.
question-merge-yes = fusiona
question-merge-no = conserva'ls tots dos
question-merged = Fusionat: s'han mogut { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
} i { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
}, s'ha suprimit l'altre registre
question-merge-failed = no s'ha pogut fusionar: { $error }
question-delete-title = Suprimeix la interacció
question-delete-ask = Voleu suprimir aquesta interacció definitivament?
question-delete-yes = suprimeix
question-delete-no = conserva-la
question-delete-none = seleccioneu una interacció per suprimir-la

## What the screen says on the terminal as it ends: a quit with a note not kept, or a bug.

exit-note-rescued = kith: la nota no s'ha pogut desar a la llibreta ({ $problem }); és a { $path }
exit-note-lost = kith: la nota no s'ha pogut desar a la llibreta ({ $problem }) ni en un fitxer de rescat
exit-disk-slow = kith: el disc no ha respost a temps. { $kept }
exit-close-failed = kith: en tancar la llibreta: { $error }
exit-rescued = La nota sense desar és a { $path }
exit-rescue-failed = La nota sense desar no s'ha pogut escriure enlloc: { $error }
exit-crashed = kith { $version } s'ha aturat per un error de programació: { $what }
exit-crash-safe =
    La llibreta està segura: hi són totes les notes desades i l'últim esborrany conservat.
    Informeu-ne el projecte kith amb el missatge anterior i expliqueu què estàveu fent.
exit-panic-unknown = pànic desconegut
exit-panic-unnamed = sense nom
exit-panic = { $what } (fil { $thread })
exit-panic-at = { $what } (fil { $thread }, { $place })

## The keys (src/tui/keymap.rs): what each does, in hints, help and the README's key table.

key-next = següent
key-previous = anterior
key-first = primer
key-last = últim
key-page-up = pàgina amunt
key-page-down = pàgina avall
key-next-pane = panell següent
key-previous-pane = panell anterior
key-open-timeline = obre l'historial
key-read-note = llegeix la nota sencera
key-back-to-contacts = torna als contactes
key-new-note = nota nova
key-add-contact = afegeix un contacte
key-edit-contact = edita el contacte
key-archive-contact = arxiva el contacte
key-merge-contact = fusiona-hi un altre registre d'aquesta persona
key-delete-interaction = suprimeix la interacció
key-search = cerca
key-help = ajuda
key-quit = surt
key-review = revisió: qui necessita atenció
key-new-followup = seguiment nou
key-import = importa contactes d'un fitxer
key-next-item = element següent
key-previous-item = element anterior
key-first-item = primer element
key-last-item = últim element
key-done = fet
key-snooze-day = ajorna un dia
key-snooze-to = ajorna fins a una data
key-drop = descarta
key-log-note = registra-hi una nota
key-open-contact = obre el contacte
key-close-review = tanca la revisió
key-scroll-down = desplaça avall
key-scroll-up = desplaça amunt
key-close = tanca
key-save = desa
key-next-field = camp següent
key-previous-field = camp anterior
key-submit-field = camp següent (desa a l'últim)
key-next-choice = opció següent (canal, tipus, a qui toca)
key-previous-choice = opció anterior
key-change-channel = canvia el canal
key-change-channel-back = canvia el canal, en sentit invers
key-leave-editor = surt (conserva l'esborrany)
key-cancel = cancel·la
key-yes = sí
key-no = no
key-go-on = continua
key-keep-selection = mantén la selecció
key-next-match = coincidència següent
key-previous-match = coincidència anterior
key-close-help = tanca l'ajuda
key-quit-anywhere = surt (es conserven els esborranys)
# The README's key table: its columns, and where a binding narrower than its section works.
key-table-where = on
key-table-keys = tecles
key-table-what = què
key-only-list = (llista)
key-only-timeline = (historial)
key-only-editor = (editor)
key-only-forms = (formularis)
key-only-choice = (en un camp d'opcions)
