# Referrals and thanks: whom a contact referred and what it brought, the referrers ranked, the
# hint when a referred contact first buys, the review's thanks and greetings, life events.

referral-undo-changed = ধন্যবাদ { $id }

## The review
referral-review-title = রেফারেলের জন্য ধন্যবাদ দিন
referral-review-item = { $referred } প্রথমবার কেনাকাটা করেছেন: রেফারেলের জন্য ধন্যবাদ জানান
review-first-purchase = প্রথম কেনাকাটা
review-first-purchase-years = { $years ->
       *[other] প্রথম কেনাকাটার { $years } বছর পূর্ণ
    }

## kith show and kith referrals
referral-show-title = রেফারেল
referral-show-referred = রেফার করেছেন { $count } জনকে: { $names }{ $more ->
        [0] {""}
       *[other] {" "}… আর আরও { $more } জন
    }
referral-show-value = এঁদের রেফারেল থেকে এসেছে { $value } ({ $purchases ->
       *[other] { $purchases }টি কেনাকাটা
    })
referral-none-referred = এখনো কাউকে রেফার করেননি
referral-none = কারও রেফার করা কেউ এখনো কিছু কেনেননি।
referral-ranking = রেফার করা ক্রেতারা যত কিনেছেন সেই অনুযায়ী রেফারকারীরা ({ $currency }):
referral-ranking-line = { $name }: { $value } ({ $referred } জন রেফার করা, { $purchases ->
       *[other] { $purchases }টি কেনাকাটা
    })

## kith log
referral-first-purchase-hint = { $name } প্রথমবার কেনাকাটা করেছেন: { $referrer } এঁকে রেফার করেছিলেন — একটা ধন্যবাদ পাওনা (রিভিউতে "রেফারেলের জন্য ধন্যবাদ দিন"-এর নিচে আছে)

## kith event
event-no-label = জীবনের ঘটনাটা কী, তা কয়েকটা শব্দে লিখুন
event-undo = { $name }-এর জন্য জীবনের একটা ঘটনা যোগ করা
event-yearly = { $name }-এর বিশেষ দিনগুলোতে "{ $label }" যোগ করা হয়েছে: প্রতি বছর এটা রিভিউতে ফিরে আসবে।
event-reminder = { $label } ({ $day })
event-once = "{ $label }" ({ $name })-এর রিমাইন্ডার { $day } তারিখে, id { $id }।

## The screen
referral-header = রেফার করেছেন
referral-header-names = { $count } ({ $names }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })
referral-header-brought = এনেছে
key-thank = ধন্যবাদ, শুভেচ্ছা
review-thank-nothing = T দিয়ে রেফারেলের জন্য ধন্যবাদ বা জন্মদিন কিংবা বিশেষ দিনে শুভেচ্ছা পাঠানো যায়: এগুলোর একটা বেছে নিন
review-thank-referral-text = { $referred }-কে রেফার করার জন্য ধন্যবাদ জানান
review-thank-birthday-text = জন্মদিনের শুভেচ্ছা পাঠানো হয়েছে
review-thank-anniversary-text = ধন্যবাদ পাঠানো হয়েছে: { $what }
review-thank-occasion-text = শুভেচ্ছা পাঠানো হয়েছে: { $what }
review-thank-undo = { $name }-কে ধন্যবাদ
review-thank-referral-done = { $name }-কে ধন্যবাদ জানানোর একটা প্রতিশ্রুতি আজ করতে হবে।
review-thank-occasion-done = { $name }-কে শুভেচ্ছা লগ করা হয়েছে: আগামী বছর রিভিউ আবার এটা দেখাবে।
review-thank-failed = ধন্যবাদটা রাখা গেল না: { $error }

## Backups
backup-thanks-field = ধন্যবাদ { $id }-এর { $field }
