### What the command line says: results, confirmations, tables, warnings and errors. Ids begin
### with the command they belong to (cli- for what several commands say). Data (names, paths,
### notes, numbers) comes in as arguments; padding and alignment stay in the code, which is why
### no message here begins or ends with a space.

## Said by kith itself and by several commands
cli-error = kith: { $error }
cli-busy-unchanged = kith: कुछ नहीं बदला; फिर से चलाएँ, या --wait SECS से और देर तक रुकें
cli-no-home = होम डायरेक्टरी नहीं मिली: --db PATH दें या KITH_DB सेट करें
cli-wait-seconds = --wait के साथ सेकंड की संख्या दें, जैसे 10 या 0.5
cli-migrating = नोटबुक अपडेट हो रही है: नोट्स का इंडेक्स बन रहा है, { $total } में से { $percent }%
cli-skipped = kith: { $record } छोड़ दिया गया
cli-damage-skipped = { $count ->
    [one] { $count } ख़राब रिकॉर्ड छोड़ दिया गया
   *[other] { $count } ख़राब रिकॉर्ड छोड़ दिए गए
} (ऊपर नाम दिए हैं): `kith check` चलाएँ
cli-contact-by-id = संपर्क { $id }
cli-never = कभी नहीं
cli-ago = { $days ->
    [0] आज
    [one] { $days } दिन पहले
   *[other] { $days } दिन पहले
}

## The contact table (list, search)
cli-no-contacts = कोई संपर्क नहीं।
cli-table-id = ID
cli-table-name = नाम
cli-table-kind = प्रकार
cli-table-company = कंपनी
cli-table-last-contact = आख़िरी संपर्क

## add, edit (edit takes add's options), archive, unarchive
add-added = { $name } (id { $id }) जोड़ा गया
add-not-days = '{ $value }' दिनों की सही संख्या नहीं है
add-not-grade = '{ $value }' 1 से 10 तक का सही ग्रेड नहीं है
add-bad-birthday = जन्मदिन: { $problem }
edit-updated = { $name } (id { $id }) अपडेट किया गया
archive-archived = { $name } (id { $id }) आर्काइव किया गया
archive-no-reason = --reason से बताइए कि संपर्क को आर्काइव क्यों किया जा रहा है
archive-already = { $name } पहले से आर्काइव में है
unarchive-restored = { $name } (id { $id }) वापस लाया गया
unarchive-not-archived = { $name } आर्काइव में नहीं है

## show: the heading, the fields (each label with its colon), the follow-ups and the timeline
show-heading = { $name }  (id { $id }, { $kind })
show-archived = आर्काइव { $date }: { $reason }
show-company = कंपनी:
show-title = पद:
show-email = ईमेल:
show-phone = फ़ोन:
show-tags = टैग:
show-birthday = जन्मदिन:
show-occasions = ख़ास मौक़े:
show-occasion = { $label } { $date }
show-interests = रुचियाँ:
show-how-we-met = कैसे मिले:
show-referred-by = किसने रेफ़र किया:
show-grade = ग्रेड:
show-grade-value = { $grade }/10
show-last-contacted = आख़िरी संपर्क:
show-last-contacted-ago = { $date } ({ $ago })
show-keep-in-touch = संपर्क में रहें:
show-every = हर { $cadence ->
    [one] { $cadence } दिन
   *[other] { $cadence } दिन
} में
show-every-overdue = हर { $cadence ->
    [one] { $cadence } दिन
   *[other] { $cadence } दिन
} में, { $days } दिन की देरी
show-lifetime-value = अब तक की कुल ख़रीद:
show-promises-kept = निभाए गए वादे:
show-on-time = { $percent }% समय पर
show-profile = प्रोफ़ाइल
show-followups = फ़ॉलो-अप
# The mark is a space (open), x (done) or - (dropped); id and direction come padded.
show-followup = [{ $mark }] { $id }  { $due } तक  { $direction }  { $text }
show-timeline = टाइमलाइन
show-nothing-logged = अभी कुछ दर्ज नहीं हुआ
# The amount comes with two spaces before it, or empty.
show-interaction = { $at }  { $channel }{ $amount }  (id { $id })

## duplicates, merge
duplicates-none = कोई संभावित डुप्लिकेट नहीं।
duplicates-pair = { $first } (id { $first_id }) और { $second } (id { $second_id }): { $reasons }
duplicates-crowded = kith: { $what }: जोड़ियाँ बनाने के लिए बहुत ज़्यादा
merge-merged = { $absorbed } (id { $absorbed_id }) को { $kept } (id { $kept_id }) में मिला दिया गया: { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
}, { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
}, { $referrals ->
    [one] { $referrals } रेफ़रल
   *[other] { $referrals } रेफ़रल
}{ $draft ->
    [yes] {" "}और एक बिना सेव हुआ नोट
   *[no] {""}
} ले जाए गए

## log
log-nothing = दर्ज करने को कुछ नहीं: नोट TEXT में या standard input से दें
log-logged = { $name } के साथ { $channel } दर्ज किया, { $at } (बातचीत { $id })
log-captured = { $direction ->
        [promise] वादा
        [request] उनसे बाक़ी
        [reminder] याद
       *[other] { $direction }
    }, { $due } तक: { $text } (फ़ॉलो-अप { $id })
log-unreadable = kith: चेतावनी: नोट सेव हो गया, पर उसमें गड़बड़ है — { $problem }
log-type-the-note = नोट लिखें, फिर नई पंक्ति पर Ctrl-D दबाएँ:
log-cannot-read = नोट पढ़ा नहीं जा सका: { $error }

## followup, due, done, snooze, drop
followup-how = फ़ॉलो-अप "WHEN: WHAT" की तरह लिखें, जैसे "शुक्रवार: कोटेशन भेजना है"
followup-added = { $direction ->
    [request] { $name } से बाक़ी
    [reminder] { $name } के लिए याद
   *[promise] { $name } से वादा
}, { $due } तक: { $text } (फ़ॉलो-अप { $id })
due-review-for = { $date } का जायज़ा
due-section = { $title } ({ $count })
due-section-empty = —
due-quiet-for = { $days } दिन
due-item-what = { $direction ->
        [promise] वादा
        [request] उनसे बाक़ी
        [reminder] याद
       *[other] { $direction }
    }: { $what }
due-more = … और { $count }
done-done = पूरा हुआ: { $text } (फ़ॉलो-अप { $id })
snooze-snoozed = { $due } तक टाला: { $text } (फ़ॉलो-अप { $id })
drop-dropped = छोड़ दिया: { $text } (फ़ॉलो-अप { $id })

## search
search-more = … और { $count } (--limit)
search-none-try-notes = kith: कोई संपर्क नहीं मिला; kith search --notes (या # से शुरू होने वाली खोज) नोट्स के अंदर खोजती है
search-none-try-contacts = kith: कोई नोट नहीं मिला; --notes और # के बिना kith search संपर्कों में खोजती है
search-no-notes = कोई नोट नहीं मिला।
search-more-notes = … और भी हैं (--limit)

## export
export-wrote = { $what } { $path } में लिखा गया
export-wrote-cards = { $count ->
    [one] { $count } कार्ड
   *[other] { $count } कार्ड
} { $dir } में लिखे गए
export-contacts = { $count ->
    [one] { $count } संपर्क
   *[other] { $count } संपर्क
}
export-calendar = कैलेंडर
export-backup = { $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}, { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
} और { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
}
export-cannot-write = { $path } में लिखा नहीं जा सका: { $error }
export-csv-failed = CSV लिखी नहीं जा सकी: { $error }
export-strict = कुछ एक्सपोर्ट नहीं हुआ: { $count ->
    [one] { $count } ख़राब रिकॉर्ड
   *[other] { $count } ख़राब रिकॉर्ड
} (--strict); `kith check` चलाएँ
export-not-a-folder = { $path } फ़ोल्डर नहीं है
export-cannot-make = { $path } बनाया नहीं जा सका: { $error }
export-and-more = और { $count }
export-folder-in-the-way = कुछ एक्सपोर्ट नहीं हुआ: जहाँ कार्ड जाना है वहाँ एक फ़ोल्डर है: { $paths }
export-foreign = कुछ एक्सपोर्ट नहीं हुआ: { $dir } में { $count ->
    [one] { $count } फ़ाइल kith ने उसी संपर्क के लिए नहीं लिखी: { $paths }; उसे हटाएँ या बदलने के लिए --force जोड़ें
   *[other] { $count } फ़ाइलें kith ने उसी संपर्क के लिए नहीं लिखीं: { $paths }; उन्हें हटाएँ या बदलने के लिए --force जोड़ें
}
export-read-differently = दूसरी बार पढ़ने पर नोटबुक अलग निकली; आगे कुछ नहीं लिखा गया

## import
import-unknown-encoding = '{ $name }' ऐसी एन्कोडिंग नहीं है जिसे kith जानता हो (जैसे utf-8, windows-1252, shift_jis, utf-16le)

## check
check-damaged = नोटबुक ख़राब है (रिपोर्ट देखें)
check-notebook = नोटबुक { $path }
check-file = फ़ाइल: { $state }
check-file-clean = हर पेज का checksum सही है
check-file-repaired = ख़राबी मिली और redb ने ठीक कर दी
check-file-repairable = आख़िरी commit के पेजों का checksum ग़लत है; `kith check --repair` से redb उससे पहले वाले commit पर लौट जाता है (आख़िरी बदलाव खो जाता है)
check-file-damaged = इतनी ख़राब कि redb ठीक नहीं कर सकता: { $why }
check-file-not-run = नहीं चला: { $why }
check-tables = टेबल:
check-table-damaged = { $count } ख़राब
check-table-unreadable = आख़िर तक पढ़ी नहीं जा सकी
check-damaged-records = ख़राब रिकॉर्ड ({ $count }):
check-damaged-record = { $table }, key { $key }: { $reason }
check-rebuilt = दोबारा बनाए गए ({ $count }):
check-indexes-disagree = इंडेक्स जो अपने रिकॉर्ड से मेल नहीं खाते ({ $count }):
check-index-problem = { $index }: { $missing } गायब, { $wrong } ग़लत, { $extra } फ़ालतू पंक्तियाँ; जैसे { $example }
check-not-repaired = ठीक नहीं किया गया: { $why }
check-sound = नोटबुक बिल्कुल ठीक है।
check-run-repair = रिकॉर्ड से इंडेक्स दोबारा बनाने के लिए `kith check --repair` चलाएँ।
check-cannot-repair =
    redb यह फ़ाइल ठीक नहीं कर सकता। जो पढ़ा जा सकता है उसे सेव करें और उससे नई नोटबुक शुरू करें:
      kith export --format json -o rescue.json
      kith --db NEW.redb import rescue.json
check-export-the-rest = ख़राब रिकॉर्ड दोबारा नहीं बन सकते: `kith export --format json` बाक़ी सब सेव कर लेता है; ख़राब रिकॉर्ड बैकअप से लें।

## demo
demo-not-empty = { $path } की नोटबुक में पहले से { $count ->
    [one] { $count } संपर्क है
   *[other] { $count } संपर्क हैं
}; डेमो सिर्फ़ ख़ाली नोटबुक भरता है (अपनी नोटबुक के साथ अलग से आज़माएँ: --db kith-demo.redb)
demo-filled = { $path } में { $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}, { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
} और { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
} { $seconds } s में भरे गए
