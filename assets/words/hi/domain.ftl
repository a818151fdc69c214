# The rules of the notebook's own values: contacts, notes, follow-ups, dates, money, cadences;
# what the review, the rescue file, the config file, written files and the search language say.
# Arguments are what a person wrote or what a record holds; `field` names the field a rule is about.

## A contact that breaks a rule (domain/contact/rules.rs)
contact-no-name = संपर्क का नाम होना ज़रूरी है
contact-too-long = '{ $field }' { $max } अक्षरों से लंबा है
contact-too-large = '{ $field }' 1 MiB से लंबा है
contact-too-many = एक संपर्क में ज़्यादा से ज़्यादा { $max } '{ $field }' हो सकते हैं
contact-kept-card-too-large = रखी गई vCard प्रॉपर्टीज़ { $max } MiB से बड़ी हैं
contact-grade-outside = ग्रेड { $grade } 1 से 10 के बीच नहीं है
contact-cadence-outside = { $days } दिन का अंतराल 1 से 3650 के बीच नहीं है
contact-referred-by-themselves = कोई संपर्क ख़ुद को रेफ़र नहीं कर सकता
# The contact form's "Every (days)" field, when it holds no number.
contact-cadence-not-a-number = '{ $input }' दिनों की संख्या नहीं है
contact-occasion-unreadable = '{ $input }' कोई मौक़ा नहीं है: LABEL=DATE लिखें, जैसे anniversary=2019-06-01
contact-occasion-no-label = '{ $input }' में '=' से पहले कोई नाम नहीं है
# An occasion's date that does not read: its label, then what is wrong with the date.
contact-occasion-date = { $label }: { $problem }
# Two contacts merged: the other's name is kept in the profile.
contact-also-known-as = दूसरा नाम: { $name }

## A word that names one of a few choices (kind, channel, direction, sentiment)
domain-unknown-name = { $what ->
        [kind] प्रकार
        [channel] चैनल
        [direction] फ़ॉलो-अप का रुख़
        [sentiment] राय
       *[other] { $what }
    } '{ $input }' kith नहीं जानता: इनमें से कोई एक लिखें: { $names }

## Dates as people write them (domain/dates.rs; due dates are in dates.ftl)
date-not-a-date = { $date } कोई तारीख नहीं है
date-not-a-day-of-the-year = { $day } साल का कोई दिन नहीं है
date-unreadable-day = '{ $input }' तारीख नहीं है: MM-DD या YYYY-MM-DD लिखें (जैसे 05-14 या 1984-05-14)
date-unreadable-time = '{ $input }' तारीख और समय नहीं है: "YYYY-MM-DD HH:MM" लिखें (जैसे "2026-03-14 09:30")

## Money (domain/money.rs)
money-not-a-currency = '{ $code }' मुद्रा कोड नहीं है: तीन अक्षर लिखें, जैसे INR, USD या EUR
# `why` is one of the money-… reasons below.
money-not-an-amount = '{ $input }' रक़म नहीं है ({ $why }): इस तरह लिखें "120.50 INR"
money-needs-number-and-code = संख्या और मुद्रा कोड दोनों चाहिए
money-not-digits = संख्या अंकों में नहीं लिखी है
money-decimal-places = { $currency } में दशमलव के बाद { $decimals } अंक होते हैं
money-too-large = संख्या बहुत बड़ी है
money-bad-decimals = दशमलव ग़लत है

## Notes and follow-ups (domain/interaction.rs, domain/followup.rs, domain/capture.rs)
note-too-large = नोट 1 MiB से लंबा है
note-empty = नोट ख़ाली है
note-amount-not-a-purchase = रक़म सिर्फ़ ख़रीदारी (purchase) पर दर्ज होती है, '{ $channel }' पर नहीं
followup-already-closed = फ़ॉलो-अप { $id } पहले से { $state ->
        [done] पूरा हो चुका है
        [dropped] छोड़ा जा चुका है
       *[other] बंद है ({ $state })
    }, इसलिए अब { $verb ->
        [done] पूरा
        [dropped] छोड़ा
        [snoozed] टाला
       *[other] बदला
    } नहीं जा सकता
followup-no-text = फ़ॉलो-अप में लिखें कि क्या करना है
followup-too-large = फ़ॉलो-अप का टेक्स्ट 1 MiB से लंबा है
# A follow-up line of a note that does not read: its line number, then why.
capture-line = पंक्ति { $line }: { $problem }
capture-no-colon = ऐसे लिखें >> WHEN: WHAT, जैसे >> शुक्रवार: कोटेशन भेजना है
capture-nothing-due = ':' के बाद लिखें कि क्या करना है
# A stored date or time a damaged record holds, out of the range kith reads.
date-day-out-of-range = दिन { $days } सीमा से बाहर है
date-time-out-of-range = समय { $seconds } सीमा से बाहर है
date-time-of-day-out-of-range = दिन का समय { $seconds } सीमा से बाहर है

## The review: its sections and what an item says (review.rs)
review-overdue = तारीख निकल चुकी
review-today = आज
review-upcoming = अगले { $days } दिन
review-gone-quiet = लंबे समय से बात नहीं हुई
review-occasions = जन्मदिन और ख़ास मौक़े, अगले { $days } दिन
review-waiting-on-them = उनकी तरफ़ से बाक़ी
review-keep-in-touch = हर { $days } दिन में संपर्क रखें
review-birthday = जन्मदिन
review-birthday-age = जन्मदिन ({ $years })
review-occasion-years = { $label } ({ $years } साल)

## A rescue file: its header lines, and why no folder took it (rescue.rs)
rescue-header = kith ने यह बिना सेव हुआ नोट बचा लिया है। इसे `kith log` या नोट एडिटर से वापस कॉपी करें।
rescue-contact = संपर्क: { $name } (id { $id })
rescue-channel = चैनल: { $channel }
rescue-when = कब: { $when }
rescue-amount = रक़म: { $amount }
rescue-kept = रखा गया: { $at }
rescue-folder-refused = { $folder }: { $error }

## The config file (config.rs)
config-unreadable = कॉन्फ़िग फ़ाइल { $path } पढ़ी नहीं जा सकी: { $error }
config-invalid = कॉन्फ़िग फ़ाइल { $path } सही नहीं है: { $error }

## Writing a file (files.rs)
files-is-a-folder = यह फ़ोल्डर है; लिखने के लिए फ़ाइल का नाम दें
files-changed-while-writing = kith के लिखते समय { $path } बदल गई; कुछ नहीं लिखा गया

## The search language (search/query.rs): `part` is what was typed, `why` one of the reasons below
query-unknown-filter = अनजाना फ़िल्टर '{ $key }:': इनमें से लिखें kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
query-bad-filter = '{ $part }': { $why }
query-unknown-kind = अनजाना प्रकार
query-due-values = due: के साथ overdue या today लिखें
query-quiet-values = quiet: के साथ दिनों की संख्या लिखें, जैसे quiet:30
query-archived-values = archived: के साथ yes या no लिखें

## Why two contacts may be one person (search/duplicates.rs)
duplicates-same-email = एक ही ईमेल, { $email }
duplicates-same-phone = एक ही फ़ोन, { $phone }
duplicates-same-name = एक ही नाम, { $name }
# Too many contacts share one thing to list them in pairs: how many, and what they share.
duplicates-key-crowded = { $count } संपर्कों में { $shown } एक जैसा है
