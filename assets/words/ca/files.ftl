# What reading and writing files says: an import's notes and errors, its report, why a card or a
# row is damaged, what a backup refuses, and the words an export writes into its files.
# `path` and `file` are a file's name, `line` a line number in it; what the file said is an argument.

## Why an import stopped (interop/files/error.rs)
import-cannot-read = no es pot llegir { $path }: { $error }
import-not-a-format = { $path }: kith importa fitxers vCard (.vcf) i CSV (.csv), carpetes de fitxers .vcf i les seves pròpies còpies de seguretat JSON; això no és cap d'aquests
import-no-card-files = { $path }: no hi ha cap fitxer .vcf en aquesta carpeta
import-csv-unreadable = { $path }: { $why }; no s'ha importat res
import-not-imported = { $path }: { $why }; no s'ha importat res
import-folder-not-imported = { $path } ({ $files ->
    [one] { $files } fitxer
   *[other] { $files } fitxers
}): { $why }; no s'ha importat res
import-not-restored = { $why }; no s'ha restaurat res
import-restore-not-taken-back = { $why }; se n'ha escrit una part que no s'ha pogut desfer ({ $undo }): torneu a executar la importació, que primer la desfà
# A damaged card, named with its file.
import-damage-in-file = { $file }: { $damage }
import-refused-for-damage = { $first }; no s'ha importat res (--skip-bad importa les targetes que es poden llegir i llista les altres)
# `others` lists up to five more damaged cards.
import-refused-for-damages = { $first } (i { $more } més: { $others }); no s'ha importat res (--skip-bad importa les targetes que es poden llegir i llista les altres)

## What reading a file noticed and worked around (interop/notes.rs)
vcard-line-not-utf8 = línia { $line }: no és UTF-8, s'ha llegit com a { $read_as }
vcard-empty-card = línia { $line }: s'ha omès una targeta buida
csv-unknown-columns = columnes que kith no conserva: { $columns }
csv-headings-in = capçaleres en { $language }, llegides com les de Thunderbird
csv-read-as = llegit com a { $encoding }
csv-read-as-shift-jis = llegit com a Shift_JIS (feu servir --encoding per indicar-ne una altra)
csv-read-as-windows-1252 = no és UTF-8: llegit com a windows-1252 (feu servir --encoding per indicar-ne una altra)
import-named-after = { $what ->
        [row] la fila
       *[card] la targeta
    } de la línia { $line } no té nom: s'anomena segons { $from ->
        [organisation] l'organització
        [email] l'adreça electrònica
        [phone] el telèfon
       *[line] la línia del fitxer
    }
vcard-property-renamed = línia { $line }: el nom de propietat { $was } s'escriu { $written } (només lletres, xifres i -)
import-birthday-in-words = un aniversari escrit amb paraules s'ha conservat tal com estava escrit: { $text }
import-birthday-as-written = un aniversari que kith no ha pogut llegir com a data s'ha conservat tal com estava escrit: { $text }
vcard-unterminated = la targeta de la línia { $line } no es tanca amb END:VCARD; s'ha llegit fins al final del fitxer
# `column` is the CSV column's heading in lower case (birthday, anniversary).
csv-date-kept = { $column ->
        [birthday] un aniversari
        [anniversary] un aniversari de casament
       *[other] un valor de «{ $column }»
    } que kith no ha pogut llegir s'ha conservat tal com era

## What an import says about one card (interop/import/mod.rs)
import-matched-by-uid = el mateix UID
import-matched-by-email = la mateixa adreça electrònica, { $email }
import-matched-by-name = el mateix nom
import-matched-by-earlier-card = la targeta de la línia { $line } del mateix fitxer
# `note` is one of the notes above, about the card of `contact` (its name as imported).
import-card-note = { $contact }: { $note }
import-card-note-in-file = { $contact }: { $file }: { $note }
import-shared-uid-merged = { $contact }: la targeta de la línia { $line } té l'UID de la targeta de la línia { $first_line }, i el mateix nom: s'han fusionat
import-shared-uid-kept-apart = { $contact }: la targeta de la línia { $line } té l'UID de la targeta de la línia { $first_line } ({ $first }), amb un altre nom: es mantenen separades, amb un UID propi

## How far an import has got, for the screen (interop/import, interop/files)
import-matching-cards = s'estan comparant les targetes: { $done } de { $total }
import-saving = s'estan desant { $new } contactes nous i { $merged } de fusionats

## A kith backup that is refused (interop/backup): `what` says where in the backup
backup-not-a-backup = això no és una còpia de seguretat de kith (format «{ $format }»)
backup-newer-version = aquesta còpia de seguretat és de la versió { $version }; aquest kith llegeix la versió { $supported } i anteriors
backup-expecting-a-backup = una còpia de seguretat de kith
# `section` is the backup's JSON key (contacts, interactions, followups, drafts).
backup-expecting-a-list = una llista de { $section ->
        [contacts] contactes
        [interactions] interaccions
        [followups] seguiments
        [drafts] esborranys
       *[other] { $section }
    }
backup-referrer-missing = el contacte { $contact } està recomanat pel contacte { $referrer }, que no és a la còpia de seguretat
backup-no-such-contact = cap contacte té l'id { $id }
backup-not-a-date-time = { $what }: «{ $value }» no és una data i hora com 2026-11-22T09:30:00
backup-not-a-date = { $what }: «{ $value }» no és una data
backup-not-a-time = { $what }: «{ $value }» no és HH:MM
backup-bad-date = { $what } { $problem }
backup-bad-state = { $what }: «{ $state }» amb closed_at { $closed_at } no és open, done ni dropped
# Where in the backup: `field` is the JSON key, or an occasion's label.
backup-contact-field = contacte { $id }, { $field }
backup-note-at = interacció { $id }, at
backup-followup-field = seguiment { $id }, { $field }
backup-draft-saved-at = esborrany, saved_at
backup-notebook-unreadable = no s'ha pogut llegir la llibreta
import-cards-read = { $path }: { $cards ->
    [one] s'ha llegit { $cards } targeta
   *[other] s'han llegit { $cards } targetes
}
import-reading-files = { $files ->
    [one] s'està llegint { $files } fitxer
   *[other] s'estan llegint { $files } fitxers
}

## Why a vCard could not be read (interop/vcard)
# A damaged card: the line it starts at, then one of the reasons below.
vcard-damage = línia { $line }: { $reason }
vcard-no-card = no hi ha cap vCard al fitxer
vcard-not-part-of-a-card = no forma part de cap targeta: { $text }
vcard-not-closed-before = aquesta targeta no es tanca amb END:VCARD abans de la línia { $line }
vcard-end-closes-no-card = END:VCARD no tanca cap targeta
vcard-too-large = les propietats de la targeta ocupen { $size } MiB, més dels { $most } MiB que kith conserva per a un contacte
vcard-not-a-line = no és una línia de vCard: { $text }
vcard-card-unreadable = la targeta no es pot llegir: { $what }
vcard-no-colon = no és una propietat de vCard (falten els «:»): { $text }
vcard-bad-property-name = «{ $name }» no és un nom de propietat
# The name a card gets when it has nothing to be known by.
vcard-unnamed-card = Targeta sense nom (línia { $line })

## Why a CSV file could not be read (interop/csv)
csv-header-unreadable = la fila de capçalera no es pot llegir: { $error }
csv-no-name-column = no hi ha cap columna de nom, adreça electrònica o telèfon: kith llegeix el CSV que exporten Google Contacts, Outlook i Thunderbird
csv-line-unreadable = línia { $line }: { $error }

## Restoring a backup (interop/files/restore.rs)
backup-refused = { $path }: { $why }
backup-not-json = { $path }: no és una còpia de seguretat JSON de kith: { $why }
backup-checking = s'està comprovant { $path }
backup-restored-so-far = s'han restaurat { $written } de { $total } registres

## What `kith import` prints (cli/import_report.rs); `path` is shown with its file count for a folder
import-report-file-note = { $file }: { $note }
import-report-folder = { $path } ({ $files ->
    [one] { $files } fitxer
   *[other] { $files } fitxers
})
import-report-created = { $path }: creats { $created }, fusionats { $merged }, sense canvis { $unchanged }
import-report-would-create = { $path }: es crearien { $created }, es fusionarien { $merged }, es deixarien sense canvis { $unchanged }
import-report-matched-by = { $name } (coincidència: { $matched_by })
import-report-note = nota: { $note }
import-report-skipped = omès: { $damage }
import-report-records = { $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}, { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
}, { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
} i { $drafts ->
    [one] { $drafts } esborrany
   *[other] { $drafts } esborranys
}
import-report-restored = Restaurat des de { $path }: { $records }
import-report-would-restore = Es restauraria des de { $path }: { $records }
import-report-notebook-not-empty = però la llibreta no és buida ({ $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}): una còpia de seguretat només es restaura en una llibreta buida

## Words an export writes into its files (interop/ics.rs): a follow-up's to-do, a yearly event
export-ics-promise = Compromís: { $text } (promès a { $who })
export-ics-request = A l'espera: { $text } (de { $who })
export-ics-reminder = Recordatori: { $text } ({ $who })
export-ics-birthday = Aniversari: { $name }
export-ics-occasion = { $label }: { $name }

## The screen's status line after an import (tui/parts/questions/update.rs): `said` is what was
## noticed and done, joined by "; "; a backup says import-summary-restored
import-summary = S'ha importat { $path }: { $said }
import-summary-not-utf8 = no és UTF-8, s'ha llegit com a { $read_as }
import-summary-empty-card = s'ha omès una targeta buida
import-summary-restored = s'han restaurat { $records }
import-summary-cards = creats { $created }, fusionats { $merged }, sense canvis { $unchanged }
