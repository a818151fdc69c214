# What reading and writing files says: an import's notes and errors, its report, why a card or a
# row is damaged, what a backup refuses, and the words an export writes into its files.
# `path` and `file` are a file's name, `line` a line number in it; what the file said is an argument.

## Why an import stopped (interop/files/error.rs)
import-cannot-read = { $path } पढ़ी नहीं जा सकी: { $error }
import-not-a-format = { $path }: kith vCard (.vcf) और CSV (.csv) फ़ाइलें, .vcf फ़ाइलों वाले फ़ोल्डर और अपने JSON बैकअप इंपोर्ट करता है; यह इनमें से कुछ नहीं है
import-no-card-files = { $path }: इस फ़ोल्डर में कोई .vcf फ़ाइल नहीं है
import-csv-unreadable = { $path }: { $why }; कुछ इंपोर्ट नहीं हुआ
import-not-imported = { $path }: { $why }; कुछ इंपोर्ट नहीं हुआ
import-folder-not-imported = { $path } ({ $files ->
    [one] { $files } फ़ाइल
   *[other] { $files } फ़ाइलें
}): { $why }; कुछ इंपोर्ट नहीं हुआ
import-not-restored = { $why }; कुछ रिस्टोर नहीं हुआ
import-restore-not-taken-back = { $why }; इसका कुछ हिस्सा लिखा जा चुका था और वापस नहीं लिया जा सका ({ $undo }): इंपोर्ट दोबारा चलाएँ, वह पहले इसे वापस लेगा
# A damaged card, named with its file.
import-damage-in-file = { $file }: { $damage }
import-refused-for-damage = { $first }; कुछ इंपोर्ट नहीं हुआ (--skip-bad से पढ़े जा सकने वाले कार्ड इंपोर्ट होते हैं और बाक़ी की सूची मिलती है)
# `others` lists up to five more damaged cards.
import-refused-for-damages = { $first } ({ $more } और भी: { $others }); कुछ इंपोर्ट नहीं हुआ (--skip-bad से पढ़े जा सकने वाले कार्ड इंपोर्ट होते हैं और बाक़ी की सूची मिलती है)

## What reading a file noticed and worked around (interop/notes.rs)
vcard-line-not-utf8 = पंक्ति { $line }: UTF-8 नहीं है, { $read_as } मानकर पढ़ी गई
vcard-empty-card = पंक्ति { $line }: एक ख़ाली कार्ड छोड़ दिया गया
csv-unknown-columns = कॉलम जो kith नहीं रखता: { $columns }
csv-headings-in = हेडिंग { $language } में हैं, Thunderbird की तरह पढ़ी गईं
csv-read-as = { $encoding } मानकर पढ़ी गई
csv-read-as-shift-jis = Shift_JIS मानकर पढ़ी गई (कुछ और हो तो --encoding से बताएँ)
csv-read-as-windows-1252 = UTF-8 नहीं है: windows-1252 मानकर पढ़ी गई (कुछ और हो तो --encoding से बताएँ)
import-named-after = पंक्ति { $line } पर { $what ->
        [row] रो
       *[card] कार्ड
    } का कोई नाम नहीं है: उसका नाम उसके { $from ->
        [organisation] संगठन
        [email] ईमेल
        [phone] फ़ोन
       *[line] फ़ाइल की पंक्ति
    } से रखा गया
vcard-property-renamed = पंक्ति { $line }: प्रॉपर्टी का नाम { $was } को { $written } लिखा गया (सिर्फ़ अक्षर, अंक और -)
import-birthday-in-words = शब्दों में लिखा जन्मदिन जैसा था वैसा रखा गया: { $text }
import-birthday-as-written = जो जन्मदिन kith तारीख की तरह नहीं पढ़ सका, वह जैसा लिखा था वैसा रखा गया: { $text }
vcard-unterminated = पंक्ति { $line } वाला कार्ड END:VCARD से बंद नहीं होता; फ़ाइल के आख़िर तक पढ़ा गया
# `column` is the CSV column's heading in lower case (birthday, anniversary).
csv-date-kept = { $column } जिसे kith पढ़ नहीं सका, जैसा था वैसा रखा गया

## What an import says about one card (interop/import/mod.rs)
import-matched-by-uid = एक ही UID
import-matched-by-email = एक ही ईमेल, { $email }
import-matched-by-name = एक ही नाम
import-matched-by-earlier-card = उसी फ़ाइल की पंक्ति { $line } वाला कार्ड
# `note` is one of the notes above, about the card of `contact` (its name as imported).
import-card-note = { $contact }: { $note }
import-card-note-in-file = { $contact }: { $file }: { $note }
import-shared-uid-merged = { $contact }: पंक्ति { $line } वाले कार्ड का UID वही है जो पंक्ति { $first_line } वाले कार्ड का है, और नाम भी वही: मिला दिए गए
import-shared-uid-kept-apart = { $contact }: पंक्ति { $line } वाले कार्ड का UID वही है जो पंक्ति { $first_line } वाले कार्ड ({ $first }) का है, पर नाम अलग: अलग रखे गए, इसे अपना नया UID दिया गया

## How far an import has got, for the screen (interop/import, interop/files)
import-matching-cards = कार्ड मिलाए जा रहे हैं: { $total } में से { $done }
import-saving = { $new } नए और { $merged } मिलाए गए संपर्क सेव हो रहे हैं

## A kith backup that is refused (interop/backup): `what` says where in the backup
backup-not-a-backup = यह kith का बैकअप नहीं है (format '{ $format }')
backup-newer-version = यह बैकअप वर्ज़न { $version } का है; यह kith वर्ज़न { $supported } और उससे पुराने पढ़ता है
backup-expecting-a-backup = kith का बैकअप
# `section` is the backup's JSON key (contacts, interactions, followups, drafts).
backup-expecting-a-list = { $section } की सूची
backup-referrer-missing = संपर्क { $contact } को संपर्क { $referrer } ने रेफ़र किया था, जो बैकअप में नहीं है
backup-no-such-contact = किसी संपर्क की id { $id } नहीं है
backup-not-a-date-time = { $what }: '{ $value }' 2026-11-22T09:30:00 जैसा तारीख-समय नहीं है
backup-not-a-date = { $what }: '{ $value }' तारीख नहीं है
backup-not-a-time = { $what }: '{ $value }' HH:MM नहीं है
backup-bad-date = { $what }: { $problem }
backup-bad-state = { $what }: closed_at { $closed_at } के साथ '{ $state }' न open है, न done, न dropped
# Where in the backup: `field` is the JSON key, or an occasion's label.
backup-contact-field = संपर्क { $id } का { $field }
backup-note-at = बातचीत { $id } का समय
backup-followup-field = फ़ॉलो-अप { $id } का { $field }
backup-draft-saved-at = ड्राफ़्ट का saved_at
backup-notebook-unreadable = नोटबुक पढ़ी नहीं जा सकी
import-cards-read = { $path }: { $cards ->
    [one] { $cards } कार्ड पढ़ा गया
   *[other] { $cards } कार्ड पढ़े गए
}
import-reading-files = { $files ->
    [one] { $files } फ़ाइल पढ़ी जा रही है
   *[other] { $files } फ़ाइलें पढ़ी जा रही हैं
}

## Why a vCard could not be read (interop/vcard)
# A damaged card: the line it starts at, then one of the reasons below.
vcard-damage = पंक्ति { $line }: { $reason }
vcard-no-card = फ़ाइल में कोई vCard नहीं है
vcard-not-part-of-a-card = किसी कार्ड का हिस्सा नहीं: { $text }
vcard-not-closed-before = यह कार्ड पंक्ति { $line } से पहले END:VCARD से बंद नहीं होता
vcard-end-closes-no-card = END:VCARD किसी कार्ड को बंद नहीं करता
vcard-too-large = कार्ड की प्रॉपर्टीज़ { $size } MiB की हैं, जबकि kith एक संपर्क के लिए ज़्यादा से ज़्यादा { $most } MiB रखता है
vcard-not-a-line = vCard की पंक्ति नहीं है: { $text }
vcard-card-unreadable = कार्ड पढ़ा नहीं जा सकता: { $what }
vcard-no-colon = vCard प्रॉपर्टी नहीं है (':' नहीं है): { $text }
vcard-bad-property-name = '{ $name }' प्रॉपर्टी का नाम नहीं है
# The name a card gets when it has nothing to be known by.
vcard-unnamed-card = बिना नाम का कार्ड (पंक्ति { $line })

## Why a CSV file could not be read (interop/csv)
csv-header-unreadable = हेडर की पंक्ति पढ़ी नहीं जा सकती: { $error }
csv-no-name-column = नाम, ईमेल या फ़ोन का कोई कॉलम नहीं: kith वही CSV पढ़ता है जो Google Contacts, Outlook और Thunderbird एक्सपोर्ट करते हैं
csv-line-unreadable = पंक्ति { $line }: { $error }

## Restoring a backup (interop/files/restore.rs)
backup-refused = { $path }: { $why }
backup-not-json = { $path }: kith का JSON बैकअप नहीं है: { $why }
backup-checking = { $path } की जाँच हो रही है
backup-restored-so-far = { $total } में से { $written } रिकॉर्ड रिस्टोर हुए

## What `kith import` prints (cli/import_report.rs); `path` is shown with its file count for a folder
import-report-file-note = { $file }: { $note }
import-report-folder = { $path } ({ $files ->
    [one] { $files } फ़ाइल
   *[other] { $files } फ़ाइलें
})
import-report-created = { $path }: { $created } नए बने, { $merged } मिलाए गए, { $unchanged } बिना बदलाव के छोड़े गए
import-report-would-create = { $path }: { $created } नए बनेंगे, { $merged } मिलाए जाएँगे, { $unchanged } बिना बदलाव के रहेंगे
import-report-matched-by = { $name } (मिलान: { $matched_by })
import-report-note = ध्यान दें: { $note }
import-report-skipped = छोड़ा गया: { $damage }
import-report-records = { $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}, { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
}, { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
} और { $drafts ->
    [one] { $drafts } ड्राफ़्ट
   *[other] { $drafts } ड्राफ़्ट
}
import-report-restored = { $path } से { $records } रिस्टोर किए गए
import-report-would-restore = { $path } से { $records } रिस्टोर किए जाएँगे
import-report-notebook-not-empty = पर नोटबुक ख़ाली नहीं है ({ $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}): बैकअप सिर्फ़ ख़ाली नोटबुक में रिस्टोर होता है

## Words an export writes into its files (interop/ics.rs): a follow-up's to-do, a yearly event
export-ics-promise = वादा: { $text } ({ $who } से किया)
export-ics-request = बाक़ी: { $text } ({ $who } से)
export-ics-reminder = याद: { $text } ({ $who })
export-ics-birthday = जन्मदिन: { $name }
export-ics-occasion = { $label }: { $name }

## The screen's status line after an import (tui/parts/questions/update.rs): `said` is what was
## noticed and done, joined by "; "; a backup says import-summary-restored
import-summary = { $path } इंपोर्ट हुआ: { $said }
import-summary-not-utf8 = UTF-8 नहीं है, { $read_as } मानकर पढ़ी गई
import-summary-empty-card = एक ख़ाली कार्ड छोड़ दिया गया
import-summary-restored = { $records } रिस्टोर हुए
import-summary-cards = { $created } नए बने, { $merged } मिलाए गए, { $unchanged } बिना बदलाव के छोड़े गए
