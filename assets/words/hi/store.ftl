# What the notebook file says: opening it, its versions, a busy or damaged file, the disk under
# it, records it cannot find, and the wording of `kith check`, `--repair` and a restore.
# `path` is the notebook's path; `table` and `key` name where a damaged record sits.

## Opening the notebook (store/error.rs)
store-already-open = { $path } किसी ऐसे प्रोग्राम में खुली है जो उसे अपने पास रोके हुए है (कोई पुराना kith?); पहले उसे बंद करें
store-not-a-notebook = { $path } kith की नोटबुक नहीं है या ख़राब है: { $reason }
store-newer-schema = { $path } kith के नए वर्ज़न ने लिखी है (नोटबुक schema { $found }; यह kith schema { $supported } और उससे पुराने पढ़ता है): इसे खोलने के लिए kith अपडेट करें
store-older-schema = { $path } kith के पुराने वर्ज़न ने लिखी है (नोटबुक schema { $found }): इसे अपडेट करने के लिए एक बार `kith` से या लिखने वाली किसी कमांड से खोलें
store-missing = { $path } पर अभी कोई नोटबुक नहीं है: `kith add NAME` या `kith` उसे बना देता है
store-needs-recovery = { $path } ठीक से बंद नहीं हुई (लिखते समय kith या मशीन रुक गई): लिखने वाली अगली कमांड, या `kith` खोलना, इसे ठीक कर देता है
store-not-writable = { $path } यहाँ सिर्फ़ पढ़ी जा सकती है (लिखने की अनुमति नहीं, या डिस्क सिर्फ़ पढ़ने के लिए है): सिर्फ़ पढ़ने वाली कमांड चलती हैं
store-cannot-open = { $path } खुल नहीं सकी
store-opened-read-only = नोटबुक सिर्फ़ पढ़ने के लिए खुली है
# `seconds` as the time waited, e.g. 10 or 0.5.
store-busy = किसी दूसरे kith प्रोसेस ने नोटबुक को { $seconds } s तक व्यस्त रखा
store-storage = स्टोरेज एरर: { $why }
store-damaged-file = नोटबुक फ़ाइल ख़राब है ({ $why }): `kith check` चलाएँ

## Records (store/error.rs): `what` is contact, interaction or follow-up
store-damaged-record = { $table } में ख़राब रिकॉर्ड, key { $key }: { $reason }
store-not-found = किसी { $what ->
        [contact] संपर्क
        [interaction] बातचीत
        [follow-up] फ़ॉलो-अप
        [invoice] इनवॉइस
       *[other] { $what }
    } की id { $id } नहीं है
store-index-names-a-missing-record = एक इंडेक्स में इसका नाम है, पर रिकॉर्ड गायब है
store-unknown-contact = '{ $query }' से कोई संपर्क नहीं मिलता
# `list` is the matching contacts, one a line: id and name.
store-ambiguous =
    '{ $query }' से { $count } संपर्क मिलते हैं:
    { $list }
    इनमें से किसी एक को उसकी id से बताएँ
# A contact in that list, with the company that tells it apart.
store-candidate-at-company = { $name } ({ $company })

## The disk under the notebook (store/error.rs)
store-disk-full = डिस्क भर गई है
store-disk-read-only = नोटबुक की डिस्क सिर्फ़ पढ़ने के लिए है
store-disk-size-limit = नोटबुक फ़ाइल साइज़ की सीमा तक पहुँच गई
store-disk-file-gone = kith के खुले रहते नोटबुक फ़ाइल हटा दी गई या कहीं और ले जाई गई
store-disk-closed = I/O एरर के बाद नोटबुक बंद कर दी गई है
store-disk-other = I/O एरर ({ $error })
# Where a table stopped being readable: the key after which it stopped, or the first.
store-key-after = { $key } के बाद
store-key-first = पहली
store-rest-unreadable = टेबल का बाक़ी हिस्सा पढ़ा नहीं जा सकता: { $why }
store-record-off-its-key = रिकॉर्ड अपनी key से मेल नहीं खाता: { $what }
store-record-says-id = उसमें id { $id } लिखी है
store-note-says = उसमें id { $id }, संपर्क { $contact }, समय { $at } लिखा है
store-contact-page-unreadable = उसका पेज पढ़ा नहीं जा सकता: { $why }
store-key-names-a-missing-note = यह एक गायब बातचीत की ओर इशारा करता है
store-value-empty = वैल्यू ख़ाली है
store-record-version-unknown = रिकॉर्ड वर्ज़न { $found } अनजाना है (यह kith वर्ज़न { $expected } लिखता है)
store-value-too-large = वैल्यू { $limit } बाइट की सीमा से बड़ी है
store-value-malformed = वैल्यू decode नहीं होती: { $why }
# A note-index chunk that does not decode.
store-chunk-id-too-long = एक id बहुत लंबी है
store-chunk-cut-short = आख़िरी id अधूरी है

## A file that is not a notebook (store/open.rs, store/schema.rs)
store-is-a-folder = यह फ़ोल्डर है
store-foreign-redb = यह किसी दूसरे प्रोग्राम का redb डेटाबेस है
store-foreign-redb-tables = यह किसी दूसरे प्रोग्राम का redb डेटाबेस है (टेबल: { $tables })

## A page redb could not read (store/contain.rs)
store-page-unreadable = एक पेज पढ़ा नहीं जा सका
store-redb-stopped = redb रुक गया: { $why }
store-redb-stopped-at = redb रुक गया: { $why }, { $file }:{ $line } पर
store-redb-stopped-on-a-page = redb एक ऐसे पेज पर रुक गया जिसे वह पढ़ नहीं सका

## A contact that stands in for an unreadable one (store/dump.rs)
store-stand-in-name = न पढ़ा जा सका संपर्क { $id }
store-stand-in-profile = kith ख़राब नोटबुक से यह संपर्क पढ़ नहीं सका; इसके नोट और फ़ॉलो-अप इसी नाम के नीचे रखे गए हैं।

## Changes the store refuses (store/write.rs, store/write/merge.rs)
store-followup-cannot-move = फ़ॉलो-अप किसी दूसरे संपर्क पर नहीं जा सकता
store-merge-into-itself = संपर्क को ख़ुद में नहीं मिलाया जा सकता

## `kith check` and `--repair`: what an index problem shows, what was not repaired
check-row-missing = { $row } गायब है
check-row-wrong = { $row } पर ग़लत वैल्यू
check-row-extra = { $row } के लिए कोई रिकॉर्ड नहीं है
check-next-id-low = अगली id { $next } इस्तेमाल में सबसे बड़ी id ({ $highest }) से बड़ी नहीं है
check-next-id-raised = अगली id { $was } से बढ़ाकर { $now } की गई
check-chunk-unreadable = एक chunk decode नहीं होता: { $chunk }
check-cannot-copy = जाँच के लिए नोटबुक कॉपी नहीं हो सकी: { $error }
check-source-unreadable = { $index }: { $source } आख़िर तक पढ़ा नहीं जा सकता, इसलिए उससे इंडेक्स दोबारा नहीं बन सकता; नोटबुक बैकअप से रिस्टोर करें
store-cannot-repair = कोई इंडेक्स दोबारा नहीं बना: redb फ़ाइल ठीक नहीं कर सकता, इसलिए उसमें कुछ लिखा नहीं जा सकता; नोटबुक बैकअप से रिस्टोर करें, या जो पढ़ा जा सके उसे एक्सपोर्ट करें

## Restoring a backup into the notebook (store/restore.rs, store/write/restore.rs)
restore-not-empty = बैकअप सिर्फ़ ख़ाली नोटबुक में रिस्टोर होता है
# `what` is contact, interaction or follow-up.
backup-no-id = बैकअप में एक { $what ->
        [contact] संपर्क
        [interaction] बातचीत
        [follow-up] फ़ॉलो-अप
       *[other] { $what }
    } की id नहीं है
backup-shared-id = बैकअप में दो { $what ->
        [contact] संपर्कों
        [interaction] बातचीत
        [follow-up] फ़ॉलो-अप
       *[other] { $what }
    } की id एक ही है: { $id }
backup-draft-without-contact = एक ड्राफ़्ट संपर्क { $contact } का है, जो बैकअप में नहीं है
