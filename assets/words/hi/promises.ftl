# Promises kept and complaints resolved: the rules, the commands' words and the review's words.

complaint-resolution-no-text = समाधान में लिखें कि शिकायत कैसे सुलझी
complaint-resolution-too-large = समाधान का टेक्स्ट 1 MiB से लंबा है
complaint-not-a-complaint = नोट { $id } शिकायत नहीं है: सिर्फ़ complaint राय के साथ दर्ज किया गया नोट ही सुलझाया जा सकता है
complaint-undo-resolve = { $name } की शिकायत सुलझाना
complaint-undo-changed = नोट { $id } का समाधान

## kith promises
promises-mine = मेरे किए वादे (मुझे उन्हें देना है)
promises-theirs = मुझसे किए गए वादे (उन्हें मुझे देना है)
promises-rate = समय पर निभाए { $on_time }, देर से { $late }, तारीख निकलने के बाद भी खुले { $overdue }: { $rate } समय पर
promises-none-broken = मेरा कोई वादा नहीं टूटा।
promises-broken = मेरे टूटे वादे ({ $count }):
promises-done-late = { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } देर से पूरा
promises-still-open = अभी भी खुला, तारीख निकले { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } हुए
promises-more = … और { $count }

## kith complaints and kith resolve
complaints-open = खुली शिकायतें: { $count }
complaints-age = { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } से खुली
complaints-resolved = सुलझी: { $count }, सुलझने में median { $median } दिन, औसत { $average } दिन
complaints-none-resolved = उस समय में कोई शिकायत नहीं सुलझी।
complaints-resolved-one = नोट { $id } ({ $name }) की शिकायत { $day } को सुलझी, शिकायत के { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } बाद

## Backups
backup-resolution-field = नोट { $id } के समाधान का { $field }
backup-resolution-without-note = बैकअप में नोट { $id } का समाधान है, पर वह नोट बैकअप में नहीं है

## The review
complaints-review-title = खुली शिकायतें
complaints-review-item = { $what } ({ $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } से खुली)

## The screen
key-apologise = तारीख निकल चुके अपने वादे के लिए माफ़ी माँगें
key-resolve = शिकायत सुलझाएँ
review-apology-not-overdue = माफ़ी सिर्फ़ अपने उस वादे के लिए है जिसकी तारीख निकल चुकी हो
review-apology-text = माफ़ी: { $what }
review-resolve-not-a-complaint = सिर्फ़ खुली शिकायत ही सुलझाई जा सकती है
review-resolved = शिकायत सुलझी (u से वापस)
review-resolve-failed = शिकायत सुलझाई नहीं जा सकी: { $error }
question-resolve-title = शिकायत सुलझाएँ
question-resolve-ask = यह कैसे सुलझी? { $what }
question-resolve-text = कैसे सुलझी:
question-resolve-yes = सुलझाएँ
