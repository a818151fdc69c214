# Referrals and thanks: whom a contact referred and what it brought, the referrers ranked, the
# hint when a referred contact first buys, the review's thanks and greetings, life events.

referral-undo-changed = धन्यवाद { $id }

## The review
referral-review-title = रेफ़रल के लिए धन्यवाद दें
referral-review-item = { $referred } ने पहली ख़रीद की: रेफ़रल के लिए धन्यवाद दें
review-first-purchase = पहली ख़रीद
review-first-purchase-years = { $years ->
        [one] पहली ख़रीद को { $years } साल
       *[other] पहली ख़रीद को { $years } साल
    }

## kith show and kith referrals
referral-show-title = रेफ़रल
referral-show-referred = रेफ़र किए ({ $count }): { $names }{ $more ->
        [0] {""}
       *[other] {" "}… और { $more }
    }
referral-show-value = इनके रेफ़रल से { $value } आए ({ $purchases ->
        [one] { $purchases } ख़रीद
       *[other] { $purchases } ख़रीद
    })
referral-none-referred = अभी तक किसी को रेफ़र नहीं किया
referral-none = अभी तक किसी के रेफ़रल ने कुछ नहीं ख़रीदा।
referral-ranking = रेफ़र करने वाले, उनके भेजे लोगों की ख़रीद के हिसाब से ({ $currency }):
referral-ranking-line = { $name }: { $value } ({ $referred } रेफ़र किए, { $purchases ->
        [one] { $purchases } ख़रीद
       *[other] { $purchases } ख़रीद
    })

## kith log
referral-first-purchase-hint = { $name } ने पहली ख़रीद की: इन्हें { $referrer } ने भेजा था — धन्यवाद कहना बनता है (जायज़ा इसे "रेफ़रल के लिए धन्यवाद दें" में दिखाता है)

## kith event
event-no-label = जीवन की घटना के लिए कुछ शब्दों में बताइए कि वह क्या है
event-undo = { $name } के लिए जीवन की घटना जोड़ें
event-yearly = "{ $label }" को { $name } के ख़ास मौक़ों में जोड़ा: यह हर साल जायज़े में फिर आएगा।
event-reminder = { $label } ({ $day })
event-once = "{ $label }" ({ $name }) का रिमाइंडर { $day } को, id { $id }।

## The screen
referral-header = रेफ़र किए
referral-header-names = { $count } ({ $names }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })
referral-header-brought = कमाई
key-thank = धन्यवाद दें, शुभकामनाएँ भेजें
review-thank-nothing = T रेफ़रल के लिए धन्यवाद देता है या जन्मदिन या किसी मौक़े पर शुभकामनाएँ भेजता है: इनमें से कोई एक चुनिए
review-thank-referral-text = { $referred } को भेजने के लिए धन्यवाद दें
review-thank-birthday-text = जन्मदिन की शुभकामनाएँ भेजीं
review-thank-anniversary-text = धन्यवाद भेजा: { $what }
review-thank-occasion-text = शुभकामनाएँ भेजीं: { $what }
review-thank-undo = { $name } को धन्यवाद
review-thank-referral-done = { $name } को धन्यवाद देने का वादा आज का है।
review-thank-occasion-done = { $name } को शुभकामनाएँ दर्ज हुईं: जायज़ा अगले साल इन्हें फिर दिखाएगा।
review-thank-failed = धन्यवाद दर्ज नहीं हो सका: { $error }

## Backups
backup-thanks-field = धन्यवाद { $id } का { $field }
