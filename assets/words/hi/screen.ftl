# The notebook screen (src/tui/): what each pane, overlay and message says.
#
# Spacing around a message (the blank before a title, the padding after a label) is kept by
# the code, not here. Key names ($key and the like) are arguments: they name keys and are not
# translated; what a key does is.

## The status bar: the counts on the right, and what the screen says about itself.

status-overdue = { $count } लेट
status-today = { $count } आज
status-read-only = सिर्फ़ पढ़ने के लिए
status-read-only-refused = यह नोटबुक सिर्फ़ पढ़ने के लिए खुली है: देख और खोज सकते हैं, बदल नहीं सकते
status-unwritable = { $problem }: नोट सेव नहीं हुआ, { $kept }
status-copy-in = कॉपी { $path } में है
status-no-copy = अभी कहीं कोई कॉपी नहीं
status-counts-failed = बाक़ी कामों की गिनती नहीं हो सकी: { $error }

## How long ago, in at most four columns (the list and the header).

time-today = आज
time-days = { $days }दि
time-years = { $years }सा

## The contact list.

list-title = संपर्क ({ $total })
list-title-filtered = संपर्क { $shown }/{ $total }
list-title-notes = नोट { $count }
list-title-notes-more = नोट { $count }+
list-kind-customer = ग्राहक
list-kind-prospect = लीड
list-kind-employee = स्टाफ़
list-kind-partner = साथी
list-kind-supplier = वेंडर
list-kind-other = अन्य
list-gone = { $name } अब सूची में नहीं है: किसी दूसरे kith ने उसे आर्काइव कर दिया या हटा दिया
list-gone-selected = चुना हुआ संपर्क अब सूची में नहीं है: किसी दूसरे kith ने उसे आर्काइव कर दिया या हटा दिया
list-unreadable = संपर्कों की सूची पढ़ी नहीं जा सकी: { $error }
list-row-unreadable = ⚠ संपर्क { $id } पढ़ा नहीं जा सकता: { $error }

## The contact header.

header-grade = ग्रेड { $grade }/10
header-tags = टैग
header-birthday = जन्मदिन
header-birthday-today = आज!
header-birthday-in = { $days } दिन में
header-last = आख़िरी
header-never = कभी नहीं
header-every = हर
header-cadence = { $days } दिन
header-cadence-over = हर { $cadence } दिन: { $days } दिन की देरी
header-value = कुल ख़रीद
header-promises = वादे
header-promises-open = { $open } खुले
header-promises-open-kept = { $open } खुले, { $percent }% समय पर निभाए
header-next = अगला
header-archived = आर्काइव { $date }: { $reason }

## The timeline, the whole-note reader, and the welcome of an empty notebook.

timeline-title = टाइमलाइन ({ $count })
timeline-empty = अभी कुछ दर्ज नहीं हुआ। पहला नोट लिखने के लिए { $key } दबाएँ।
timeline-amount = रक़म: { $amount }
timeline-damaged = { $count ->
    [one] इस संपर्क का { $count } रिकॉर्ड पढ़ा नहीं जा सका
   *[other] इस संपर्क के { $count } रिकॉर्ड पढ़े नहीं जा सके
}
timeline-deleted = बातचीत मिटा दी गई
timeline-delete-failed = मिटाया नहीं जा सका: { $error }
timeline-welcome = kith में आपका स्वागत है, यह आपके रिश्तों की नोटबुक है।
timeline-welcome-add = पहला संपर्क जोड़ने के लिए { $key } दबाएँ,
timeline-welcome-shell = या shell से:
timeline-welcome-import = अपने फ़ोन से संपर्क लाने के लिए:
timeline-welcome-demo = नमूना नोटबुक पर kith आज़माने के लिए:
timeline-welcome-keys = { $help } सारी कीज़ दिखाता है, { $quit } से बाहर निकलें।

## The notes editor, and what becomes of its text when the notebook does not take it.

editor-title = नया नोट · { $name }
editor-channel = चैनल
editor-channel-hint = { $key } से बदलें
editor-when = कब
editor-amount = रक़म
editor-amount-hint = ख़रीदारी के लिए, जैसे 120.50 INR
editor-note = नोट
editor-hint = जो बात हुई वह लिखें। { $save } से सेव, { $leave } से ड्राफ़्ट में रखें।
editor-no-contact = पहले संपर्क जोड़ें ({ $key })
editor-open-failed = एडिटर खुल नहीं सका: { $error }
editor-resumed = { $at } का बिना सेव हुआ ड्राफ़्ट फिर से खोला गया
editor-saved = { $count ->
    [0] नोट सेव हुआ
    [one] नोट { $count } फ़ॉलो-अप के साथ सेव हुआ
   *[other] नोट { $count } फ़ॉलो-अप के साथ सेव हुआ
}
editor-saved-but = नोट सेव हुआ, पर उसमें गड़बड़ है — { $problem }
editor-save-failed = नोट सेव नहीं हो सका ({ $error }); आपका टेक्स्ट अभी यहीं है
editor-busy = कोई दूसरा kith नोटबुक में लिख रहा है: नोट यहीं है और उसके ख़त्म होते ही सेव हो जाएगा
editor-writable-again = नोटबुक में फिर से लिखा जा सकता है: आपका ड्राफ़्ट रखा हुआ है
editor-refused-copy = { $problem }: नोट यहीं है, सेव नहीं हुआ; उसकी कॉपी { $path } में है
editor-refused-nowhere = { $problem }: नोट सिर्फ़ यहीं है, और कहीं नहीं; kith कोशिश करता रहेगा
editor-not-saved = { $problem }: नोट यहीं है, सेव नहीं हुआ
editor-stays-open = { $problem }: नोट कहीं रखा नहीं जा सका, इसलिए एडिटर खुला रहेगा
editor-draft-kept = ड्राफ़्ट रखा गया: आगे लिखने के लिए इस संपर्क पर { $key } दबाएँ
editor-draft-failed = ड्राफ़्ट रखा नहीं जा सका ({ $error })
editor-draft-not-cleared = { $problem }: पुराना ड्राफ़्ट मिटाया नहीं जा सका

## The review (r).

review-title = जायज़ा · { $date }
review-nothing = कुछ नहीं
review-more = … और { $count }
review-silent = { $days } दिन से चुप
review-unreadable = जायज़ा पढ़ा नहीं जा सका: { $error }
review-not-listed = वह संपर्क सूची में नहीं है
review-not-a-followup = सिर्फ़ फ़ॉलो-अप पूरे किए, टाले या छोड़े जा सकते हैं; इसकी जगह { $key } से नोट दर्ज करें
review-done = पूरा हुआ: { $what }
review-dropped = छोड़ दिया: { $what }
review-snoozed = { $date } तक टाला: { $what }
review-change-failed = फ़ॉलो-अप बदला नहीं जा सका: { $error }

## Search (/).

search-no-match-try-notes = कुछ नहीं मिला · # से नोट्स में खोजें
search-no-match-try-contacts = कुछ नहीं मिला · # के बिना, संपर्कों में
search-archived = वह संपर्क आर्काइव में है; kith show उसके नोट दिखाता है
search-unnamed = संपर्क { $id }
search-notes-failed = नोट्स में खोज नहीं हो सकी: { $error }
search-contacts-failed = संपर्क पढ़े नहीं जा सके: { $error }
search-failed = खोज नहीं हो सकी: { $error }

## The help overlay (?) and its sections, which the README's key table shares.

help-title = कीज़ — { $key } से बंद करें
help-section-everywhere = हर जगह
help-section-browse = संपर्क और टाइमलाइन
help-section-reading = नोट पढ़ते समय
help-section-writing = नोट एडिटर और फ़ॉर्म
help-section-questions = सवाल
help-section-search = खोज
help-section-review = जायज़ा
help-section-help = मदद

## The forms: add or edit a contact, a new follow-up (f).

form-name = नाम
form-company = कंपनी
form-title = पद
form-kind = प्रकार
form-emails = ईमेल
form-phones = फ़ोन
form-tags = टैग
form-birthday = जन्मदिन
form-cadence = हर (दिन)
form-hint-labeled = कॉमा से अलग करें; लेबल के लिए label:value
form-hint-tags = कॉमा से अलग करें
form-hint-birthday = MM-DD या YYYY-MM-DD
form-hint-cadence = हर N दिन में संपर्क रखें
form-hint-kind = बदलने के लिए { $key } या { $arrows }
form-title-add = संपर्क जोड़ें
form-title-edit = संपर्क बदलें
form-edit-none = बदलने के लिए कोई संपर्क चुनें
form-contact-added = संपर्क जोड़ा गया
form-contact-saved = संपर्क सेव हुआ
form-contact-failed = संपर्क सेव नहीं हो सका: { $error }
form-nothing-changed = कुछ नहीं बदला
form-followup-title = फ़ॉलो-अप · { $name }
form-followup-what = क्या
form-followup-when = कब
form-followup-when-hint = कल, शुक्रवार, अगले सोमवार, 3 दिन में, 2026-12-01, 12-01…
form-followup-not-a-date = ✗ यह तारीख kith नहीं पढ़ सकता
form-followup-who = किसकी ओर से
form-followup-promise = वादा: मुझे उन्हें देना है
form-followup-request = माँग: उन्हें मुझे देना है
form-followup-reminder = याद
form-followup-none = पहले कोई संपर्क चुनें
form-followup-what-missing = बताइए क्या करना है
form-followup-added = फ़ॉलो-अप जोड़ा गया, { $date } तक
form-followup-failed = फ़ॉलो-अप जोड़ा नहीं जा सका: { $error }

## Questions asked before the screen acts, and what follows the answer.

question-cancel = रद्द करें
question-quit-title = बिना सेव किए बंद करें?
question-quit-not-saved = नोट नोटबुक में नहीं है ({ $problem })।
question-quit-copy = उसकी कॉपी { $path } में है
question-quit-no-copy = कहीं भी कॉपी नहीं लिखी जा सकी: बंद करने पर यह खो जाएगा।
question-quit-yes = बंद करें
question-quit-no = रुकें और लिखते रहें
question-import-title = संपर्क इंपोर्ट करें
question-import-what = .vcf या .csv फ़ाइल, .vcf फ़ाइलों का फ़ोल्डर, या kith का बैकअप:
question-import-path = पाथ:
question-import-yes = इंपोर्ट करें
question-import-no-path = .vcf, .csv या बैकअप फ़ाइल का, या .vcf फ़ाइलों वाले फ़ोल्डर का पाथ लिखें
question-importing = { $path } इंपोर्ट हो रहा है…
question-import-progress = इंपोर्ट हो रहा है: { $step }
question-snooze-title = कब तक टालें
question-snooze-when = कब:
question-snooze-hint = कल, शुक्रवार, 3 दिन में, 12-01…
question-snooze-yes = टालें
question-archive-title = संपर्क आर्काइव करें
question-archive-ask = { $name } को आर्काइव करें? उनका पूरा रिकॉर्ड रखा रहेगा।
question-archive-reason = कारण:
question-archive-yes = आर्काइव करें
question-archive-none = आर्काइव करने के लिए कोई संपर्क चुनें
question-archive-no-reason = बताइए कि संपर्क को आर्काइव क्यों किया जा रहा है
question-archived = संपर्क आर्काइव हुआ; `kith list --archived` उसे दिखाता है
question-archive-failed = आर्काइव नहीं हो सका: { $error }
question-merge-who-title = इस संपर्क में मिलाएँ
question-merge-who = { $name } का कौन सा दूसरा रिकॉर्ड यही व्यक्ति है?
question-merge-who-label = नाम या id:
question-merge-find = ढूँढें
question-merge-none = जो संपर्क रखना है उसे चुनें, फिर { $key } दबाएँ
question-merge-no-name = दूसरे रिकॉर्ड का नाम या id लिखें
question-merge-itself = यह तो वही संपर्क है; दूसरा रिकॉर्ड बताइए
question-merge-refused = मिलाया नहीं जा सकता: { $error }
question-merge-title = संपर्क मिलाएँ
question-merge-ask = { $absorb } को { $keep } में मिलाएँ?
question-merge-moving = { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
} और { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
} चले जाएँगे; दूसरा रिकॉर्ड हट जाएगा।
question-merge-yes = मिलाएँ
question-merge-no = दोनों रखें
question-merged = मिला दिए गए: { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
} और { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
} ले जाए गए, दूसरा रिकॉर्ड हटा दिया गया
question-merge-failed = मिलाया नहीं जा सका: { $error }
question-delete-title = बातचीत मिटाएँ
question-delete-ask = यह बातचीत हमेशा के लिए मिटाएँ?
question-delete-yes = मिटाएँ
question-delete-no = रहने दें
question-delete-none = मिटाने के लिए कोई बातचीत चुनें

## What the screen says on the terminal as it ends: a quit with a note not kept, or a bug.

exit-note-rescued = kith: नोट नोटबुक में सेव नहीं हो सका ({ $problem }); वह { $path } में है
exit-note-lost = kith: नोट न नोटबुक में सेव हो सका ({ $problem }), न किसी rescue फ़ाइल में
exit-disk-slow = kith: डिस्क ने समय पर जवाब नहीं दिया। { $kept }
exit-close-failed = kith: नोटबुक बंद करते समय: { $error }
exit-rescued = आपका बिना सेव हुआ नोट { $path } में है
exit-rescue-failed = आपका बिना सेव हुआ नोट कहीं लिखा नहीं जा सका: { $error }
exit-crashed = kith { $version } एक बग की वजह से रुक गया: { $what }
exit-crash-safe =
    आपकी नोटबुक सुरक्षित है: हर सेव किया नोट और आख़िरी रखा गया ड्राफ़्ट उसमें है।
    कृपया ऊपर का संदेश और आप क्या कर रहे थे, यह kith प्रोजेक्ट को बताएँ।
exit-panic-unknown = अनजानी panic
exit-panic-unnamed = बिना नाम
exit-panic = { $what } (thread { $thread })
exit-panic-at = { $what } (thread { $thread }, { $place })

## The keys (src/tui/keymap.rs): what each does, in hints, help and the README's key table.

key-next = अगला
key-previous = पिछला
key-first = पहला
key-last = आख़िरी
key-page-up = पेज ऊपर
key-page-down = पेज नीचे
key-next-pane = अगला पैन
key-previous-pane = पिछला पैन
key-open-timeline = टाइमलाइन खोलें
key-read-note = पूरा नोट पढ़ें
key-back-to-contacts = संपर्कों पर वापस
key-new-note = नया नोट
key-add-contact = संपर्क जोड़ें
key-edit-contact = संपर्क बदलें
key-archive-contact = संपर्क आर्काइव करें
key-merge-contact = इसी व्यक्ति का दूसरा रिकॉर्ड इसमें मिलाएँ
key-delete-interaction = बातचीत मिटाएँ
key-search = खोजें
key-help = मदद
key-quit = बंद करें
key-review = जायज़ा: किस पर ध्यान देना है
key-new-followup = नया फ़ॉलो-अप
key-import = फ़ाइल से संपर्क इंपोर्ट करें
key-next-item = अगली चीज़
key-previous-item = पिछली चीज़
key-first-item = पहली चीज़
key-last-item = आख़िरी चीज़
key-done = पूरा
key-snooze-day = एक दिन टालें
key-snooze-to = किसी तारीख तक टालें
key-drop = छोड़ें
key-log-note = उनके लिए नोट दर्ज करें
key-open-contact = संपर्क खोलें
key-close-review = जायज़ा बंद करें
key-scroll-down = नीचे स्क्रॉल
key-scroll-up = ऊपर स्क्रॉल
key-close = बंद करें
key-save = सेव करें
key-next-field = अगला फ़ील्ड
key-previous-field = पिछला फ़ील्ड
key-submit-field = अगला फ़ील्ड (आख़िरी पर सेव)
key-next-choice = अगला विकल्प (चैनल, प्रकार, किसकी ओर से)
key-previous-choice = पिछला विकल्प
key-change-channel = चैनल बदलें
key-change-channel-back = चैनल बदलें, उल्टी ओर
key-leave-editor = बाहर निकलें (ड्राफ़्ट रहता है)
key-cancel = रद्द करें
key-yes = हाँ
key-no = नहीं
key-go-on = आगे बढ़ें
key-keep-selection = चुनाव रखें
key-next-match = अगला नतीजा
key-previous-match = पिछला नतीजा
key-close-help = मदद बंद करें
key-quit-anywhere = बंद करें (ड्राफ़्ट रहते हैं)
# The README's key table: its columns, and where a binding narrower than its section works.
key-table-where = कहाँ
key-table-keys = कीज़
key-table-what = क्या
key-only-list = (सूची)
key-only-timeline = (टाइमलाइन)
key-only-editor = (एडिटर)
key-only-forms = (फ़ॉर्म)
key-only-choice = (विकल्प वाले फ़ील्ड पर)
