# Referrals and thanks: whom a contact referred and what it brought, the referrers ranked, the
# hint when a referred contact first buys, the review's thanks and greetings, life events.

referral-undo-changed = the thanks { $id }

## The review
referral-review-title = Thank for a referral
referral-review-item = { $referred } made a first purchase: thank them for the referral
review-first-purchase = first purchase
review-first-purchase-years = { $years ->
        [one] 1 year since the first purchase
       *[other] { $years } years since the first purchase
    }

## kith show and kith referrals
referral-show-title = Referrals
referral-show-referred = Referred { $count }: { $names }{ $more ->
        [0] {""}
       *[other] {" "}… and { $more } more
    }
referral-show-value = Their referrals brought { $value } ({ $purchases ->
        [one] 1 purchase
       *[other] { $purchases } purchases
    })
referral-none-referred = referred nobody yet
referral-none = Nobody's referrals have bought anything yet.
referral-ranking = Referrers by what their referrals bought ({ $currency }):
referral-ranking-line = { $name }: { $value } ({ $referred } referred, { $purchases ->
        [one] 1 purchase
       *[other] { $purchases } purchases
    })

## kith log
referral-first-purchase-hint = { $name } made a first purchase: { $referrer } referred them — a thank-you is due (the review lists it under "Thank for a referral")

## kith event
event-no-label = a life event needs a few words saying what it is
event-undo = add a life event for { $name }
event-yearly = Added "{ $label }" to { $name }'s occasions: it comes back in the review every year.
event-reminder = { $label } ({ $day })
event-once = Reminder for "{ $label }" ({ $name }) due { $day }, id { $id }.

## The screen
referral-header = Referred
referral-header-names = { $count } ({ $names }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })
referral-header-brought = brought
key-thank = thank, send greetings
review-thank-nothing = T thanks for a referral or sends greetings on a birthday or an occasion: choose one of those
review-thank-referral-text = Thank them for referring { $referred }
review-thank-birthday-text = Sent birthday greetings
review-thank-anniversary-text = Sent thanks: { $what }
review-thank-occasion-text = Sent greetings: { $what }
review-thank-undo = thank { $name }
review-thank-referral-done = A promise to thank { $name } is due today.
review-thank-occasion-done = Greetings to { $name } logged: the review shows them again next year.
review-thank-failed = The thanks could not be kept: { $error }

## Backups
backup-thanks-field = the { $field } of thanks { $id }
