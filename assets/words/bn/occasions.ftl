# Local occasions: the occasions' names, `celebrate` and `occasions`, the review's greetings.

## The occasions
occasion-new-year = নববর্ষ (ইংরেজি)
occasion-sant-jordi = সান্ত জোর্দি
occasion-la-diada = লা দিয়াদা
occasion-pohela-boishakh = পহেলা বৈশাখ
occasion-name-day = নাম-দিবস
occasion-diwali = দীপাবলি
occasion-holi = হোলি
occasion-durga-puja = দুর্গাপূজা
occasion-eid-al-fitr = ঈদুল ফিতর
occasion-eid-al-adha = ঈদুল আযহা
occasion-new-year-hindu = হিন্দু নববর্ষ (গুড়ি পড়ওয়া, উগাদি)
occasion-new-year-gujarati = গুজরাটি নববর্ষ
occasion-new-year-islamic = হিজরি নববর্ষ
occasion-unknown-nearest = "{ $given }" নামে কোনো উপলক্ষ নেই। আপনি কি { $nearest } বোঝাতে চেয়েছেন? উপলক্ষগুলো: { $known }
occasion-unknown = "{ $given }" নামে কোনো উপলক্ষ নেই। উপলক্ষগুলো: { $known }

## kith celebrate
occasions-named = { $name } ({ $id })
occasions-empty-tag = --tag-এর সঙ্গে একটা ট্যাগ দিন
occasions-no-contact = প্রথমে একজন পরিচিতি (বা --tag ট্যাগ), তারপর উপলক্ষগুলো লিখুন
occasions-remove-what = কোন উপলক্ষগুলো সরাতে হবে লিখুন: { $known }
occasions-now = { $whom }-কে এই উপলক্ষগুলোয় শুভেচ্ছা জানানো হবে: { $occasions }
occasions-now-none = { $whom }-কে কোনো স্থানীয় উপলক্ষে শুভেচ্ছা জানানো হবে না।
occasions-whom-tag = { $tag } ট্যাগের পরিচিতিরা
occasions-no-name-day = সতর্কতা: kith-এর কাতালান ক্যালেন্ডারে { $given } নামের কোনো নাম-দিবস নেই, তাই কোনো নাম-দিবস দেখানো হবে না।
occasions-tag-unused = সতর্কতা: এখনও কোনো পরিচিতির { $tag } ট্যাগ নেই; প্রথম যার হবে, শুভেচ্ছা তার থেকেই শুরু হবে।
occasions-list-title = { $whom }-কে এই উপলক্ষগুলোয় শুভেচ্ছা জানানো হবে:
occasions-own = { $occasion }
occasions-through-tag = { $occasion }, { $tag } ট্যাগের মাধ্যমে
occasions-name-day-on = নাম-দিবস { $day }
occasions-none = { $whom }-কে কোনো স্থানীয় উপলক্ষে শুভেচ্ছা জানানো হবে না। kith celebrate দিয়ে যোগ করুন।
occasions-undo-contact = { $name }-এর স্থানীয় উপলক্ষ
occasions-undo-tag = { $tag } ট্যাগের স্থানীয় উপলক্ষ
occasions-undo-changed = স্থানীয় উপলক্ষ { $id }
occasions-backup-id = কোনো পরিচিতির স্থানীয় উপলক্ষ { $id } সেই পরিচিতির id-তেই রাখতে হবে

## kith occasions
occasions-table-ends = সতর্কতা: চান্দ্র উপলক্ষগুলোর তারিখ { $year } সালে শেষ; তার পরেরগুলো দেখানো হয় না।
occasions-coming-none = পরের { $days } দিনে কোনো স্থানীয় উপলক্ষ নেই।
occasions-coming-title = স্থানীয় উপলক্ষ, পরের { $days } দিন:
occasions-coming-nobody = শুভেচ্ছা জানানোর কেউ নেই
occasions-coming-who = { $names }{ $more ->
        [0] {""}
       *[other] {" "}… আর { $more } জন
    }
occasions-coming-line = { $day }  { $occasion }: { $who }

## The review
occasions-review-title = শুভেচ্ছা, পরের { $days } দিন

## Backups
occasions-backup-field = স্থানীয় উপলক্ষ { $id }-এর { $field } পড়া যাচ্ছে না

## The contact form
occasions-form-label = শুভেচ্ছার উপলক্ষ
occasions-form-hint = স্থানীয় উপলক্ষ, কমা দিয়ে আলাদা: diwali, sant-jordi, name-day
