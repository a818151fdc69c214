### The command line's help: what `kith --help`, `kith COMMAND --help` and the shell completions
### say of each command and option. Ids follow the clap command tree: help-<command> for a command,
### help-<command>-<option> for its options and arguments (help-kith-<option> for the global ones),
### with `-` for `_`; src/cli/help.rs asks for them by those names, and a test makes sure every
### command and option has one. A `.long` attribute is the longer text `--help` shows where it
### differs from `-h`. Every option has words here: a test refuses an empty one.

## kith itself, and the options every command takes
help-kith = टर्मिनल के लिए कीबोर्ड से चलने वाली रिश्तों की नोटबुक
    .long =
        टर्मिनल के लिए कीबोर्ड से चलने वाली रिश्तों की नोटबुक।

        बिना किसी कमांड के, kith नोटबुक की स्क्रीन खोलता है।
    .example =
        kith                        नोटबुक की स्क्रीन खोलें
        kith init ~/notes/kith.redb  अपनी पसंद के फ़ोल्डर में नोटबुक बनाएँ
        kith --db ~/notes/kith.redb list
help-kith-db = नोटबुक फ़ाइल (डिफ़ॉल्ट: सिस्टम की डेटा डायरेक्टरी, जैसे ~/.local/share/kith/kith.redb)
help-kith-config = कॉन्फ़िग फ़ाइल (डिफ़ॉल्ट: सिस्टम की कॉन्फ़िग डायरेक्टरी, जैसे ~/.config/kith/config.toml)
help-kith-wait = लिखने वाली कमांड कितनी देर रुके, जब कोई दूसरा kith प्रोसेस लिख रहा हो
# The heading of the three options above in every command's help, and of the examples at its end.
help-global-options = सभी कमांड के विकल्प
help-examples = उदाहरण:

## init
help-init = नई, ख़ाली नोटबुक (और उसके फ़ोल्डर) बनाएँ; पहले से मौजूद नोटबुक जैसी है वैसी रहती है
    .long =
        नई, ख़ाली नोटबुक बनाएँ, और वे फ़ोल्डर भी जिनमें वह रहेगी।

        --db या KITH_DB में दी गई नोटबुक के लिए कमांड कभी फ़ोल्डर नहीं बनातीं: ग़लत टाइप किया गया पाथ एक एरर है, नई नोटबुक नहीं। मौजूद फ़ोल्डर में, लिखने वाली पहली कमांड फ़ाइल बनाती है (और यह बताती है); सिर्फ़ पढ़ने वाली कमांड ख़ाली नोटबुक दिखाती हैं और कुछ नहीं बनातीं। PATH पर पहले से मौजूद नोटबुक जैसी है वैसी रहती है।
    .example =
        kith init ~/notes/kith.redb
        kith --db ~/notes/kith.redb add "Ana Ruiz"
help-init-path = नोटबुक कहाँ बने (डिफ़ॉल्ट: --db, KITH_DB या डिफ़ॉल्ट जगह)

## add
help-add = संपर्क जोड़ें
    .example =
        kith add "Ana Ruiz" --company Acme --email work:ana@acme.com --tag fair-2025
        kith add "Marc Puig" --kind prospect --birthday 05-14 --cadence 30
help-add-name = दिखने वाला नाम
help-add-company = वे किस कंपनी या संस्था से हैं
help-add-title = उनका पद या काम
help-add-kind = संपर्क का प्रकार (डिफ़ॉल्ट: customer, जैसा स्क्रीन के फ़ॉर्म में)
help-add-email = ईमेल, चाहें तो लेबल के साथ: work:ana@example.com (कई बार दे सकते हैं)
help-add-phone = फ़ोन, चाहें तो लेबल के साथ: mobile:+91 98765 43210 (कई बार दे सकते हैं)
help-add-tag = टैग (कई बार दे सकते हैं)
help-add-birthday = MM-DD या YYYY-MM-DD
help-add-cadence = हर DAYS दिन में संपर्क रखें (बंद करने के लिए "")
help-add-grade = रिश्ते का ग्रेड, 1 से 10
help-add-interests = आपकी साझा रुचियाँ
help-add-how-met = आप कैसे मिले
help-add-referred-by = जिस संपर्क ने इन्हें रेफ़र किया, उसकी id या नाम
help-add-occasion = हर साल आने वाला मौक़ा, LABEL=DATE, जैसे anniversary=2019-06-01 (कई बार दे सकते हैं)
help-add-profile = प्रोफ़ाइल, खुला टेक्स्ट

## edit
help-edit = संपर्क की जानकारी बदलें; ख़ाली वैल्यू ("") फ़ील्ड मिटा देती है
    .example =
        kith edit "Ana Ruiz" --title "Head of sales" --tag vip --tag fair-2025
        kith edit 12 --company ""
help-edit-contact = संपर्क की id या नाम
help-edit-name = नया दिखने वाला नाम
help-edit-company = { help-add-company }
help-edit-title = { help-add-title }
help-edit-kind = संपर्क का प्रकार
help-edit-email = { help-add-email }
help-edit-phone = { help-add-phone }
help-edit-tag = { help-add-tag }
help-edit-birthday = { help-add-birthday }
help-edit-cadence = { help-add-cadence }
help-edit-grade = { help-add-grade }
help-edit-interests = { help-add-interests }
help-edit-how-met = { help-add-how-met }
help-edit-referred-by = { help-add-referred-by }
help-edit-occasion = { help-add-occasion }
help-edit-profile = { help-add-profile }

## archive
help-archive = संपर्क को आर्काइव करें (जैसे कोई ग्राहक जो चला गया), कारण के साथ
    .example =
        kith archive "Ana Ruiz" --reason "दूसरी दुकान से लेने लगीं"
help-archive-contact = संपर्क की id या नाम
help-archive-reason = क्यों (संपर्क के साथ रखा जाता है; `kith show` इसे दिखाता है)

## unarchive
help-unarchive = आर्काइव किए गए संपर्क को वापस लाएँ
    .example =
        kith unarchive "Ana Ruiz"
help-unarchive-contact = आर्काइव किए गए संपर्क की id या नाम

## log
help-log = बातचीत दर्ज करें; नोट TEXT में, या वह न हो तो standard input से
    .example =
        kith log ana "लंच पर मिले: उन्हें शुक्रवार तक कोटेशन चाहिए। शुक्रवार: कोटेशन भेजना है"
        kith log 12 --channel call --at "2026-03-02 16:00" "रिन्यूअल के बारे में फ़ोन किया"
        kith log ana --amount "120.50 EUR" "सर्दियों का पूरा सेट ख़रीदा"
help-log-contact = संपर्क की id या नाम
help-log-channel = संपर्क कैसे हुआ (डिफ़ॉल्ट: in_person, या --amount के साथ purchase)
help-log-at = कब हुआ, "YYYY-MM-DD HH:MM" (डिफ़ॉल्ट: अभी)
help-log-amount = कितना ख़र्च हुआ, जैसे "120.50 EUR"
help-log-sentiment = उन्हें कैसा लगा
help-log-text = नोट (न हो तो standard input से पढ़ा जाता है)
help-note = सेव किया हुआ नोट बदलें: उसका नया टेक्स्ट --text में, या वह न हो तो standard input से
    .example =
        kith note edit 4182 --text "इनवॉइस का भुगतान किया; शुक्रवार को सैंपल चाहिए"
        kith note edit 4182 < corrected.txt
help-note-what = नोट के साथ क्या करना है
help-note-what-edit = नोट का टेक्स्ट बदलें (उसका समय, चैनल और रक़म वही रहते हैं)
help-note-id = नोट की id, जैसी kith show दिखाता है
help-note-text = नया टेक्स्ट (न हो तो standard input से पढ़ा जाता है)

## list
help-list = संपर्कों की सूची, नाम के क्रम में
    .example =
        kith list --kind customer --tag vip
        kith list --archived --json
help-list-kind = सिर्फ़ इस प्रकार के संपर्क
help-list-tag = सिर्फ़ इस टैग वाले संपर्क
help-list-archived = इस्तेमाल में चल रहे संपर्कों की जगह आर्काइव किए गए संपर्क दिखाएँ
help-list-json = JSON में दिखाएँ

## show
help-show = संपर्क दिखाएँ: प्रोफ़ाइल, फ़ॉलो-अप और टाइमलाइन
    .example =
        kith show "Ana Ruiz"
        kith show 12 --json
help-show-contact = संपर्क की id या नाम
help-show-json = JSON में दिखाएँ

## demo
help-demo = kith आज़माने के लिए ख़ाली नोटबुक को असली जैसे नमूना डेटा से भरें
    .example =
        kith --db kith-demo.redb demo --contacts 500 --interactions 5000
help-demo-contacts = कितने संपर्क
help-demo-interactions = कुल कितनी बातचीत
help-demo-seed = जनरेटर का seed: एक ही seed से हर बार वही नोटबुक बनती है
help-demo-no-invoices = भेजे गए इनवॉइस और चुकाने वाले बिल न डालें
help-demo-no-promises = निभाए गए, देर से निभाए गए और टूटे वादे, और सुलझी या खुली शिकायतें न डालें

## due
help-due = किस पर ध्यान देना है: तारीख निकल चुकी, आज, अगले कुछ दिन, लंबे समय से चुप, ख़ास मौक़े, उनकी तरफ़ से बाक़ी
    .example =
        kith due
        kith due --days 14 --json
help-due-days = फ़ॉलो-अप के लिए कितने दिन आगे तक देखें (ख़ास मौक़े: कम से कम 14)
help-due-json = JSON में दिखाएँ

## followup
help-followup = फ़ॉलो-अप जोड़ें: "WHEN: WHAT", जैसे "शुक्रवार: कोटेशन भेजना है" (जब तक कुछ और न कहें, इसे वादा माना जाता है)
    .example =
        kith followup ana "शुक्रवार: कोटेशन भेजना है"
        kith followup ana --they-owe "अगले सोमवार: साइन किया हुआ कॉन्ट्रैक्ट"
help-followup-contact = संपर्क की id या नाम
help-followup-spec = WHEN: WHAT — WHEN यानी कल, शुक्रवार, अगले सोमवार, 3 दिन में, 2 हफ़्ते बाद, 4 दिसंबर, 2026-12-01, 12-01…
help-followup-they-owe = कुछ जो उन्हें आपको देना है
help-followup-reminder = सिर्फ़ एक याद

## search
help-search = संपर्कों में खोजें (नाम, कंपनी, टैग, ईमेल, फ़ोन के अंक, फ़िल्टर) या, --notes या शुरू में # के साथ, नोट्स के टेक्स्ट में
    .example =
        kith search acme tag:vip
        kith search --notes renewal
        kith search due:overdue --json
help-search-query = शब्द और फ़िल्टर: kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
help-search-notes = नोट्स के टेक्स्ट में खोजें
help-search-limit = ज़्यादा से ज़्यादा कितने नतीजे
help-search-json = JSON में दिखाएँ

## export
help-export = नोटबुक को ऐसी फ़ाइल में लिखें जो दूसरे टूल पढ़ सकें (json: पूरा बैकअप)
    .long =
        नोटबुक को ऐसी फ़ाइल में लिखें जो दूसरे टूल पढ़ सकें।

        फ़ॉर्मेट (--format):
          json   पूरा बैकअप: संपर्क, नोट, फ़ॉलो-अप और ड्राफ़्ट, जिसे `kith import` रिस्टोर करता है
          vcard  हर संपर्क vCard 4.0 में (--vcard3 के साथ 3.0), एक फ़ाइल में, या --dir के साथ हर संपर्क की अलग फ़ाइल
          csv    हर संपर्क, Google Contacts के ढाँचे में (Outlook और Thunderbird भी इसे पढ़ते हैं)
          ics    खुले फ़ॉलो-अप to-do की तरह, जन्मदिन और ख़ास मौक़े सालाना इवेंट की तरह, कैलेंडर के लिए
    .example =
        kith export --format json -o backup.json
        kith export --format vcard --dir ~/contacts
        kith export --format csv -o contacts.csv
        kith export --format ics --alarm-before 30 -o kith.ics
help-export-format = क्या लिखना है
help-export-format-json = पूरा बैकअप, जिसे `kith import` रिस्टोर करता है
help-export-format-vcard = हर संपर्क (vCard 4.0, या --vcard3 के साथ 3.0)
help-export-format-csv = हर संपर्क, Google Contacts के ढाँचे में
help-export-format-ics = खुले फ़ॉलो-अप, जन्मदिन और ख़ास मौक़े, कैलेंडर के लिए
help-export-vcard3 = 4.0 की जगह vCard 3.0, पुराने टूल के लिए
help-export-alarm-before = ics: फ़ॉलो-अप के समय से इतने मिनट पहले याद दिलाएँ (डिफ़ॉल्ट: ठीक उसी समय; पूरे दिन का फ़ॉलो-अप उस दिन की शुरुआत में होता है)
help-export-output = कहाँ लिखना है (डिफ़ॉल्ट: standard output)
help-export-dir = vcard: इस फ़ोल्डर में हर संपर्क की एक फ़ाइल, UID के नाम से (vdir, जैसा khard पढ़ता है)
help-export-force = --dir के साथ: फ़ोल्डर की वे फ़ाइलें भी बदल दें जो kith ने नहीं लिखीं (उसी संपर्क का पिछले एक्सपोर्ट का कार्ड हमेशा बदला जाता है)
help-export-strict = कोई भी रिकॉर्ड ख़राब हो तो कुछ न लिखें, बजाय इसके कि बाक़ी लिख दें और ख़राब रिकॉर्ड stderr पर बताएँ

## import
help-import = vCard फ़ाइलें (.vcf, या उनका फ़ोल्डर), CSV फ़ाइलें (Google, Outlook, Thunderbird) इंपोर्ट करें, या kith का JSON बैकअप रिस्टोर करें
    .long =
        vCard फ़ाइलें (.vcf, या उनका फ़ोल्डर), CSV फ़ाइलें (Google, Outlook, Thunderbird) इंपोर्ट करें, या kith का JSON बैकअप रिस्टोर करें।

        हर PATH को उसकी क़िस्म के हिसाब से पढ़ा जाता है:
          vCard (.vcf, कोई और नाम)      फ़ोन और एड्रेस बुक के संपर्क (vCard 2.1, 3.0, 4.0); जिनसे मेल खाते हैं उनमें मिला दिए जाते हैं
          फ़ोल्डर                        उसकी हर .vcf फ़ाइल (vdir, जैसा khard और vdirsyncer रखते हैं)
          CSV (.csv)                    Google Contacts, Outlook या Thunderbird से एक्सपोर्ट किए संपर्क; उसी तरह मिलाए जाते हैं
          JSON बैकअप (.json)            पूरी नोटबुक, जैसी `kith export --format json` ने लिखी: नोट, फ़ॉलो-अप और ड्राफ़्ट भी; सिर्फ़ ख़ाली नोटबुक में रिस्टोर होती है
    .example =
        kith import contacts.vcf ~/phone-contacts/
        kith import --dry-run google.csv
        kith --db new.redb import backup.json
help-import-paths = .vcf फ़ाइलें, .vcf फ़ाइलों के फ़ोल्डर, .csv फ़ाइलें, या `kith export --format json` से लिखा बैकअप
help-import-dry-run = बताएँ कि क्या बनेगा, क्या मिलेगा और क्या वैसा ही रहेगा; कुछ न बदलें
help-import-skip-bad = जो कार्ड पढ़े जा सकें उन्हें इंपोर्ट करें और ख़राब कार्ड की सूची दें (डिफ़ॉल्ट रूप से ख़राब कार्ड वाली फ़ाइल या फ़ोल्डर पूरा का पूरा मना कर दिया जाता है)
help-import-encoding = फ़ाइलों की कैरेक्टर एन्कोडिंग, जब kith ग़लत अंदाज़ा लगाए (जैसे windows-1252, shift_jis, utf-16le); डिफ़ॉल्ट रूप से UTF-8, BOM से UTF-16, नहीं तो Windows-1252 (या Shift-JIS)

## sync
help-sync = संपर्कों को CardDAV पता-पुस्तिका (Radicale, Nextcloud, Fastmail…) से दोनों ओर सिंक करें: यहाँ के बदलाव भेजें, वहाँ के बदलाव लें
    .example =
        kith sync --url https://dav.example.com/ --user anita --password-cmd 'pass show dav'
        kith sync
        kith sync --conflicts
        kith sync --resolve "Anita Sharma" --keep theirs
help-sync-url = सर्वर, प्रिंसिपल या पता-पुस्तिका (पता-पुस्तिका ढूँढी, या बनाई जाती है); नहीं तो कॉन्फ़िग में [sync] के नीचे `url`
help-sync-user = सर्वर पर उपयोगकर्ता का नाम; नहीं तो [sync] के नीचे `user`
help-sync-password-cmd = पासवर्ड छापने वाला कमांड (उसकी पहली पंक्ति), जैसे 'pass show dav'; नहीं तो KITH_SYNC_PASSWORD, नहीं तो [sync] के नीचे `password_cmd`
help-sync-conflicts = पिछले सिंक के बाद यहाँ और सर्वर दोनों पर बदले संपर्क दिखाएँ, अंतर के साथ
help-sync-resolve = किसी संपर्क का टकराव सुलझाएँ (--keep के साथ)
help-sync-keep = --resolve कौन-सा संस्करण रखे
help-sync-keep-mine = इस नोटबुक का: अगले सिंक में भेजा जाता है
help-sync-keep-theirs = सर्वर का: यहाँ के संपर्क की जगह लेता है

## duplicates
help-duplicates = ऐसे संपर्कों की सूची जो शायद एक ही व्यक्ति हैं (एक ही ईमेल, फ़ोन या नाम), कारण के साथ
    .example =
        kith duplicates
        kith duplicates --json
help-duplicates-json = JSON में दिखाएँ: [{"{"}"first", "second", "reasons"{"}"}]

## merge
help-merge = एक ही व्यक्ति के दो रिकॉर्ड मिलाएँ: दूसरे का सब कुछ (बातचीत, नोट, फ़ॉलो-अप, उसका ड्राफ़्ट, जिन्हें उसने रेफ़र किया, वे फ़ील्ड जो पहले में नहीं हैं) पहले में चला जाता है, और दूसरा रिकॉर्ड हटा दिया जाता है
    .example =
        kith merge "Ana Ruiz" "A. Ruiz"
help-merge-keep = जो संपर्क रखना है (नाम या id)
help-merge-absorb = जो संपर्क उसमें मिलाकर हटाना है (नाम या id)

## done
help-done = फ़ॉलो-अप को पूरा हुआ मार्क करें
    .example =
        kith done 31
help-done-id = फ़ॉलो-अप की id (जैसी `kith due` और `kith show` दिखाते हैं)

## snooze
help-snooze = फ़ॉलो-अप को किसी और दिन पर टालें
    .example =
        kith snooze 31 अगले सोमवार
help-snooze-id = { help-done-id }
help-snooze-when = नया दिन: कल, शुक्रवार, अगले सोमवार, 3 दिन में, 2026-12-01…

## drop
help-drop = ऐसा फ़ॉलो-अप छोड़ दें जिसकी अब ज़रूरत नहीं
    .example =
        kith drop 31
help-drop-id = { help-done-id }

## check
help-check = पूरी नोटबुक फ़ाइल जाँचें: पेज, रिकॉर्ड, इंडेक्स, गिनती (ख़राबी मिलने पर exit 3)
    .example =
        kith check
        kith check --repair
help-check-repair = redb को फ़ाइल ठीक करने दें, और रिकॉर्ड से हर इंडेक्स (नाम, तारीखें, नोट की खोज…) दोबारा बनाएँ; जो रिकॉर्ड पढ़े नहीं जा सकते वे अपनी जगह रहते हैं और रिपोर्ट में बताए जाते हैं
help-check-json = रिपोर्ट JSON में दिखाएँ

## completions
help-completions = SHELL के लिए completion स्क्रिप्ट standard output पर दिखाएँ
    .example =
        kith completions bash > ~/.local/share/bash-completion/completions/kith
help-completions-shell = किस shell में kith को complete करना है

## undo, redo, delete
help-undo = नोटबुक का आख़िरी बदलाव वापस लें (इस स्क्रीन, किसी कमांड या स्क्रिप्ट से किया हुआ); बताता है कि क्या वापस लिया
    .example =
        kith undo
        kith undo --list
help-undo-list = इसकी जगह आख़िरी बदलाव दिखाएँ, सबसे नए पहले, और कौन से वापस लिए गए
help-undo-yes = बिना पूछे वापस लें (स्क्रिप्ट से कभी नहीं पूछा जाता)
help-redo = वापस लिया गया आख़िरी बदलाव फिर से करें
    .example =
        kith redo
help-redo-yes = बिना पूछे फिर से करें (स्क्रिप्ट से कभी नहीं पूछा जाता)
help-delete = संपर्क को उसकी बातचीत, नोट और फ़ॉलो-अप समेत मिटाएँ (पहले पूछता है; kith undo उसे वापस ले आता है)
    .example =
        kith delete "Ana Ruiz"
        kith delete 12 --yes
help-delete-contact = संपर्क की id या नाम
help-delete-yes = बिना पूछे मिटाएँ (स्क्रिप्ट के लिए)

## invoice, bill, paid, owed (money owed both ways: cli/owed/)
help-invoice = आपने जो इनवॉइस भेजा उसे दर्ज करें: संपर्क को तय तारीख तक आपको यह रक़म देनी है
    .example =
        kith invoice ana 1200.00 EUR --due "30 दिन में" --ref INV-2026-014
        kith invoice "Acme Ltd" "45000 INR" --issued 2026-11-01 --due 2026-12-01
help-invoice-contact = संपर्क की id या नाम
help-invoice-amount = रक़म और उसकी मुद्रा: 1200.50 EUR, EUR 1200.50, 45000 INR
help-invoice-due = भुगतान की तारीख, जारी होने के दिन से गिनकर: 30 दिन में, 2026-12-01, शुक्रवार…
help-invoice-issued = जारी होने का दिन (न बताएँ तो आज): yesterday, 2026-11-01…
help-invoice-reference = उसका नंबर या रेफ़रेंस, ताकि `kith paid` में उसका नाम ले सकें
help-bill = सप्लायर का भेजा बिल दर्ज करें: आपको तय तारीख तक उन्हें यह रक़म देनी है
    .example =
        kith bill "Paper Mill" 80.00 EUR --due "14 दिन में" --ref PM-7781
help-bill-contact = संपर्क की id या नाम
help-bill-amount = { help-invoice-amount }
help-bill-due = { help-invoice-due }
help-bill-issued = { help-invoice-issued }
help-bill-reference = { help-invoice-reference }
help-invoice-edit = इनवॉइस या बिल बदलें, उसके रेफ़रेंस या id से: उसकी रक़म (जितना चुकाया जा चुका उससे कम कभी नहीं), भुगतान की तारीख या रेफ़रेंस (kith undo इसे वापस लेता है)
    .example =
        kith invoice edit INV-2026-014 --amount 1500 EUR
        kith invoice edit 42 --due 2026-12-15 --ref INV-2026-015
help-invoice-edit-invoice = { help-paid-invoice }
help-invoice-edit-amount = नई रक़म और उसकी मुद्रा: 1500.00 EUR
help-invoice-edit-due = भुगतान की नई तारीख, जारी होने के दिन से गिनकर: 45 दिन में, 2026-12-15…
help-invoice-edit-reference = नया नंबर या रेफ़रेंस
help-invoice-delete = इनवॉइस या बिल को, उसके रेफ़रेंस या id से, उसके भुगतानों समेत मिटाएँ (पहले पूछता है; kith undo उसे वापस ले आता है)
    .example =
        kith invoice delete INV-2026-014
        kith invoice delete 42 --yes
help-invoice-delete-invoice = { help-paid-invoice }
help-invoice-delete-yes = बिना पूछे मिटाएँ (स्क्रिप्ट के लिए)
help-bill-edit = { help-invoice-edit }
    .example =
        kith bill edit PM-7781 --amount 95.00 EUR
        kith bill edit 42 --due "30 दिन में"
help-bill-edit-invoice = { help-paid-invoice }
help-bill-edit-amount = { help-invoice-edit-amount }
help-bill-edit-due = { help-invoice-edit-due }
help-bill-edit-reference = { help-invoice-edit-reference }
help-bill-delete = { help-invoice-delete }
    .example =
        kith bill delete PM-7781
        kith bill delete 42 --yes
help-bill-delete-invoice = { help-paid-invoice }
help-bill-delete-yes = { help-invoice-delete-yes }
help-paid = इनवॉइस या बिल पर भुगतान दर्ज करें, उसके रेफ़रेंस या id से
    .example =
        kith paid INV-2026-014 200.00 EUR
        kith paid 42 80 EUR --on yesterday
help-paid-invoice = इनवॉइस या बिल का रेफ़रेंस, या उसकी id
help-paid-amount = कितना चुकाया, इनवॉइस की मुद्रा में: 200.00 EUR
help-paid-on = भुगतान का दिन (न बताएँ तो आज): yesterday, 2026-11-20…
help-writeoff = इनवॉइस या बिल को, उसके रेफ़रेंस या id से, बट्टे खाते में डालें: जो बाक़ी है वह नहीं चुकाया जाएगा (पहले पूछता है; kith undo इसे वापस लेता है)
    .example =
        kith writeoff INV-2026-014 --reason "दुकान बंद हो गई"
        kith writeoff 42 --yes
help-writeoff-invoice = { help-paid-invoice }
help-writeoff-reason = क्यों, संपर्क की टाइमलाइन पर नोट की तरह रखा जाता है
help-writeoff-yes = बिना पूछे बट्टे खाते में डालें (स्क्रिप्ट के लिए)
help-void = इनवॉइस या बिल को, उसके रेफ़रेंस या id से, रद्द करें: उसकी रक़म कभी बनती ही नहीं थी (पहले पूछता है; kith undo इसे वापस लेता है)
    .example =
        kith void INV-2026-014
        kith void 42 --yes
help-void-invoice = { help-paid-invoice }
help-void-yes = बिना पूछे रद्द करें (स्क्रिप्ट के लिए)
help-owed = दोनों तरफ़ का लेन-देन: जिन इनवॉइस का भुगतान नहीं आया और जो बिल चुकाने हैं, मुद्रा के हिसाब से, कितने पुराने हैं उसके हिसाब से
    .example =
        kith owed
        kith owed ana --json
help-owed-contact = सिर्फ़ यह संपर्क (id या नाम): उनके सारे इनवॉइस और बिल
help-owed-json = JSON में दिखाएँ
help-promises = वादे कैसे निभाए गए: जो मुझे देना है और जो मुझे मिलना है, उसमें कितना समय पर हुआ, कुल या किसी एक संपर्क के लिए, और मेरे कौन से वादे टूटे
    .example =
        kith promises
        kith promises ana --since 2026-01-01 --until 2026-03-31
        kith promises --json
help-promises-contact = सिर्फ़ यह संपर्क (id या नाम)
help-promises-since = वे वादे गिनें जिनकी तारीख इस दिन या उसके बाद है: 2026-01-01, "3 months ago"…
help-promises-until = वे वादे गिनें जिनकी तारीख इस दिन या उससे पहले है
help-promises-json = JSON में दिखाएँ
help-complaints = शिकायतें: जो अभी खुली हैं वे कितने दिन से, और सुलझी हुई शिकायतों में कितना समय लगा (median और औसत)
    .example =
        kith complaints
        kith complaints --since 2026-01-01 --json
help-complaints-since = वे शिकायतें गिनें जो इस दिन या उसके बाद सुलझीं
help-complaints-until = वे शिकायतें गिनें जो इस दिन या उससे पहले सुलझीं
help-complaints-json = JSON में दिखाएँ
help-resolve = दर्ज करें कि शिकायत कैसे सुलझी: सुलझने तक वह खुली रहती है
    .example =
        kith resolve 1234 "डिलीवरी का पैसा लौटाया और माफ़ी माँगी"
        kith resolve 1234 "पुर्ज़ा बदल दिया" --on yesterday
help-resolve-note = शिकायत वाले नोट की id (kith show इन्हें दिखाता है, kith complaints भी)
help-resolve-text = कैसे सुलझी
help-resolve-on = सुलझने का दिन (न बताएँ तो आज)
help-referrals = रेफ़रल: वे संपर्क जिनके रेफ़र किए लोगों ने सबसे ज़्यादा ख़रीदा (हर मुद्रा में अलग), या किसी एक संपर्क ने किसे रेफ़र किया और उससे क्या मिला
    .example =
        kith referrals
        kith referrals "Anna Puig"
        kith referrals --json
help-referrals-contact = किसके रेफ़रल दिखाने हैं (नाम, नाम का हिस्सा, या id)
help-referrals-json = JSON में दिखाएँ
help-event = जीवन की कोई घटना दर्ज करें (बच्चे का 21 साल का होना, नई दुकान, घर बदलना): उस दिन के लिए एक बार का रिमाइंडर, या --yearly के साथ एक ख़ास मौक़ा जिसे जायज़ा हर साल दिखाता है
    .example =
        kith event "Anna Puig" "पाउ 21 साल का हुआ" --on 2027-05-03
        kith event "Anna Puig" "नई दुकान खुल रही है" --on 2027-03-01 --before 7
        kith event "Joan Vila" "शादी की सालगिरह" --on 2015-06-20 --yearly
help-event-contact = किसके जीवन की घटना है (नाम, नाम का हिस्सा, या id)
help-event-label = क्या हो रहा है, कुछ शब्दों में
help-event-on = जिस दिन यह होगा
help-event-yearly = एक बार की जगह हर साल आए (संपर्क का ख़ास मौक़ा)
help-event-before = उस दिन से इतने दिन पहले याद दिलाएँ (एक बार की घटना के लिए; न बताएँ तो 0)
help-demo-no-referrals = रेफ़रल, आने वाले दिनों की पहली ख़रीद की सालगिरहें और जीवन की घटनाएँ न डालें
help-stats = ग्राहक टिकना और कमाई: चैनल के हिसाब से हर हफ़्ते की बातचीत, हर महीने जुड़े, गए (और क्यों) और बचे ग्राहक, कितने दिन से बकाया पैसा, निभाए गए वादे, सबसे बड़े ग्राहक, प्रकार और टैग के हिसाब से कमाई, और कौन ख़तरे में है
    .example =
        kith stats
        kith stats --months 6 --weeks 8 --json
help-stats-months = जुड़े और गए ग्राहकों के कितने महीने, मौजूदा महीना आख़िर में
help-stats-weeks = बातचीत के कितने ISO हफ़्ते, मौजूदा हफ़्ता आख़िर में
help-stats-top = हर मुद्रा में कितने बड़े ग्राहक दिखाने हैं
help-stats-json = JSON में दिखाएँ
help-at-risk = वे संपर्क जिनकी चुप्पी उनकी आम लय से आगे निकल गई है (उनके इतिहास से समझी गई, नहीं तो तय किया गया अंतराल), सबसे ज़्यादा देर वाले पहले
    .example =
        kith at-risk
        kith at-risk --json
help-at-risk-limit = ज़्यादा से ज़्यादा इतने दिखाएँ (गिने सब जाते हैं)
help-at-risk-json = JSON में दिखाएँ
help-value = संपर्कों से कितनी कमाई है (ख़रीद में से रिफ़ंड घटाकर, हर मुद्रा में अलग): एक संपर्क, या सबसे बड़े ग्राहक और प्रकार व टैग के हिसाब से कमाई
    .example =
        kith value ana
        kith value --by tag --top 5
        kith value --json
help-value-who = सिर्फ़ यह संपर्क (id या नाम)
help-value-by = सिर्फ़ प्रकार के हिसाब से या सिर्फ़ टैग के हिसाब से कमाई
help-value-by-kind = प्रकार अनुसार
help-value-by-tag = टैग अनुसार
help-value-top = हर मुद्रा में कितने बड़े ग्राहक दिखाने हैं
help-value-json = JSON में दिखाएँ
help-demo-no-retention = साल भर के गए (कारण के साथ) और जुड़े ग्राहक, और रिफ़ंड न डालें
help-demo-no-occasions = कुछ लोगों और टैगों के लिए चुने गए स्थानीय मौक़े न डालें
help-celebrate = किसी संपर्क को, या किसी टैग वाले हर संपर्क को, स्थानीय मौक़ों पर शुभकामनाएँ (दिवाली, होली, दुर्गा पूजा, पोहेला बैशाख, ईद, सांत जोर्दी, ला दियादा, नाम दिवस, नए साल): जायज़ा उन्हें "शुभकामनाएँ" में दिखाता है। मौक़े न दें तो बताता है कि संपर्क तक क्या पहुँचता है और क्यों
    .example =
        kith celebrate "Anita Sharma" diwali holi
        kith celebrate --tag barcelona sant-jordi name-day
        kith celebrate "Anita Sharma" holi --remove
        kith celebrate "Anita Sharma"
help-celebrate-words = संपर्क (नाम, नाम का हिस्सा, या id), फिर मौक़ों की id; --tag के साथ सिर्फ़ मौक़े
help-celebrate-tag = एक संपर्क की जगह इस टैग वाले हर संपर्क को, अभी और आगे भी
help-celebrate-remove = मौक़े जोड़ने की जगह हटाएँ
help-occasions = आने वाले स्थानीय मौक़े, उनकी तारीख़ें और किसे शुभकामनाएँ भेजनी हैं
    .example =
        kith occasions
        kith occasions --days 90 --json
help-occasions-days = कितने दिन आगे तक देखें
help-occasions-json = JSON में दिखाएँ
