# Local occasions: the occasions' names, `celebrate` and `occasions`, the review's greetings.

## The occasions
occasion-new-year = नया साल
occasion-sant-jordi = सांत जोर्दी
occasion-la-diada = ला दियादा
occasion-pohela-boishakh = पोहेला बैशाख
occasion-name-day = नाम दिवस
occasion-diwali = दिवाली
occasion-holi = होली
occasion-durga-puja = दुर्गा पूजा
occasion-eid-al-fitr = ईद-उल-फ़ित्र
occasion-eid-al-adha = ईद-उल-अज़हा
occasion-new-year-hindu = हिंदू नव वर्ष (गुड़ी पड़वा, उगादी)
occasion-new-year-gujarati = गुजराती नव वर्ष
occasion-new-year-islamic = इस्लामी नया साल
occasion-unknown-nearest = "{ $given }" नाम का कोई मौक़ा नहीं है। क्या आपका मतलब { $nearest } था? मौक़े ये हैं: { $known }
occasion-unknown = "{ $given }" नाम का कोई मौक़ा नहीं है। मौक़े ये हैं: { $known }

## kith celebrate
occasions-named = { $name } ({ $id })
occasions-empty-tag = --tag के साथ एक टैग दें
occasions-no-contact = पहले एक संपर्क (या --tag टैग) बताएँ, फिर मौक़े
occasions-remove-what = बताएँ कौन-से मौक़े हटाने हैं: { $known }
occasions-now = { $whom } को इन मौक़ों पर शुभकामनाएँ भेजी जाएँगी: { $occasions }
occasions-now-none = { $whom } को किसी स्थानीय मौक़े पर शुभकामनाएँ नहीं भेजी जाएँगी।
occasions-whom-tag = टैग { $tag } वाले संपर्क
occasions-no-name-day = चेतावनी: kith के कातालान कैलेंडर में नाम { $given } का कोई नाम दिवस नहीं है, इसलिए उसका कोई नाम दिवस नहीं दिखेगा।
occasions-tag-unused = चेतावनी: अभी किसी संपर्क पर टैग { $tag } नहीं है; जिस पहले संपर्क पर होगा, शुभकामनाएँ उसी से शुरू होंगी।
occasions-list-title = { $whom } को इन मौक़ों पर शुभकामनाएँ भेजी जाएँगी:
occasions-own = { $occasion }
occasions-through-tag = { $occasion }, टैग { $tag } के ज़रिए
occasions-name-day-on = नाम दिवस { $day } को
occasions-none = { $whom } को किसी स्थानीय मौक़े पर शुभकामनाएँ नहीं भेजी जाएँगी। kith celebrate से जोड़ें।
occasions-undo-contact = { $name } के स्थानीय मौक़े
occasions-undo-tag = टैग { $tag } के स्थानीय मौक़े
occasions-undo-changed = स्थानीय मौक़े { $id }
occasions-backup-id = किसी संपर्क के स्थानीय मौक़े { $id } उसी संपर्क की id के साथ रखे जाने चाहिए

## kith occasions
occasions-table-ends = चेतावनी: चंद्र मौक़ों की तारीख़ें { $year } में ख़त्म होती हैं; उसके बाद की नहीं दिखाई जातीं।
occasions-coming-none = अगले { $days } दिनों में कोई स्थानीय मौक़ा नहीं।
occasions-coming-title = स्थानीय मौक़े, अगले { $days } दिन:
occasions-coming-nobody = शुभकामना भेजने के लिए कोई नहीं
occasions-coming-who = { $names }{ $more ->
        [0] {""}
       *[other] {" "}… और { $more }
    }
occasions-coming-line = { $day }  { $occasion }: { $who }

## The review
occasions-review-title = शुभकामनाएँ, अगले { $days } दिन

## Backups
occasions-backup-field = स्थानीय मौक़े { $id } का { $field } पढ़ा नहीं जा सकता

## The contact form
occasions-form-label = शुभकामना के मौक़े
occasions-form-hint = स्थानीय मौक़े, कॉमा से अलग: diwali, sant-jordi, name-day
