# Money owed, both ways: invoices sent and bills to pay (domain/owed/, store's invoice tables,
# `kith invoice`, `kith bill`, `kith paid`, `kith owed`, the review's money sections).

## The rules (domain/owed/)
owed-closed = { $label } আগেই { $state ->
        [void] বাতিল করা হয়েছে
        [written_off] রাইট-অফ করা হয়েছে
       *[other] { $state }
    }, এতে আর পেমেন্ট নেওয়া যায় না
owed-other-currency = { $label } { $currency }-তে: { $paid }-তে করা পেমেন্ট এর বিপরীতে নেওয়া যায় না
owed-payment-not-positive = পেমেন্ট শূন্যের বেশি হতে হবে
owed-overpaid = { $label }-এ বাকি আছে { $left }, যা { $paid }-এর চেয়ে কম
owed-too-many-payments = এই ইনভয়েসে যতগুলো পেমেন্ট রাখা যায় ততগুলো হয়ে গেছে
owed-reference-too-long = রেফারেন্স { $max } অক্ষরের চেয়ে লম্বা
owed-amount-not-positive = অঙ্ক শূন্যের বেশি হতে হবে
owed-due-before-issued = শেষ তারিখ { $due }, যা ইস্যুর দিন { $issued }-এর আগে
owed-payments-wrong = পেমেন্টগুলো অন্য মুদ্রায়, অথবা যোগ করলে অঙ্কের চেয়ে বেশি হয়

## The store (store/write/owed.rs) and the undo history
owed-cannot-move = ইনভয়েসের কন্টাক্ট আর দিক বদলানো যায় না
# What `kith undo` says a change was; `kind` is "invoice" or "bill".
owed-undo-add = { $name }-এর { $amount }-এর { $kind ->
        [bill] বিল
       *[other] ইনভয়েস
    }
owed-undo-pay = { $label }-এর বিপরীতে পেমেন্ট
owed-undo-edit = { $label }-এ পরিবর্তন
owed-undo-delete = { $label } মুছে ফেলা
owed-undo-changed = ইনভয়েস { $label }

## The backup (interop/backup/)
owed-backup-field = ইনভয়েস { $id }-এর { $field }
owed-day-to-come = '{ $input }' মানে { $day }, যে দিনটা এখনো আসেনি: পেরিয়ে যাওয়া একটা দিন দিন

## invoice, bill, paid (cli/owed/); `has_reference` is yes or no
invoice-added = ইনভয়েস { $id }, { $name }-কে: { $amount }, শেষ তারিখ { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
bill-added = বিল { $id }, { $name }-এর কাছ থেকে: { $amount }, শেষ তারিখ { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
paid-no-such = '{ $word }' রেফারেন্স বা id-র কোনো ইনভয়েস বা বিল নেই
paid-which = '{ $word }' দিয়ে { $count }টি ইনভয়েস বা বিল বোঝায় ({ $ids }): id দিন
paid-in-full = { $label } ({ $name })-এর বিপরীতে { $amount } পরিশোধ: পুরোটা পরিশোধ হয়েছে
paid-left = { $label } ({ $name })-এর বিপরীতে { $amount } পরিশোধ: বাকি { $left }

## owed (cli/owed/print.rs)
owed-nothing = কোনো দিকেই কোনো পাওনা-দেনা নেই।
owed-they-owe-you = তাঁরা আপনাকে দেবেন
owed-you-owe-them = আপনি তাঁদের দেবেন
owed-invoices = ইনভয়েস আর বিল
owed-col-currency = মুদ্রা
owed-col-outstanding = মোট বাকি
owed-col-current = চলতি
owed-col-open = খোলা
owed-col-name = নাম
owed-col-id = ID
owed-col-kind = ধরন
owed-col-ref = রেফ
owed-col-due = শেষ তারিখ
owed-col-state = অবস্থা
owed-col-amount = অঙ্ক
owed-col-left = বাকি
owed-state-closed = { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    }
owed-state-paid = পরিশোধিত
owed-state-late = { $days } দিন দেরি
owed-state-due = এখনো সময় আছে

## The review's money sections (review/owed.rs)
owed-review-invoices-overdue = সময় পেরোনো ইনভয়েস
owed-review-bills-to-pay = যে বিল দিতে হবে (সময় পেরোনো আর পরের { $days } দিন)
owed-review-item = { $label }: বাকি { $left }

## The screen (tui/parts/header.rs): what the contact owes and is owed, after their promises
header-owes-you = আপনাকে দেবেন
header-you-owe = আপনি দেবেন

## The `$` form (tui/parts/forms/money.rs) and its keys
key-new-invoice = ইনভয়েস বা বিল লিখুন
key-pay = ইনভয়েস বা বিলের বিপরীতে পেমেন্ট লিখুন
form-money-none = আগে একটা কন্টাক্ট বাছুন
form-pay-none = আগে রিভিউতে একটা ইনভয়েস বা বিল বাছুন
form-money-title = পাওনা-দেনা: { $name }
form-money-pay-title = { $label } ({ $name })-এর বিপরীতে পেমেন্ট
form-money-amount = অঙ্ক
form-money-due = শেষ তারিখ
form-money-paid-on = পরিশোধের দিন
form-money-paid-hint = আজ, গতকাল, 2026-11-20…
form-money-reference = রেফারেন্স
form-money-kind = ধরন
form-money-invoice = ইনভয়েস: তাঁরা আপনাকে দেবেন
form-money-bill = বিল: আপনি তাঁদের দেবেন
form-money-invoice-added = { $amount }-এর ইনভয়েস লেখা হয়েছে, শেষ তারিখ { $due }
form-money-bill-added = { $amount }-এর বিল লেখা হয়েছে, শেষ তারিখ { $due }
form-money-paid = { $label }-এর বিপরীতে { $amount } পরিশোধ: বাকি { $left }
form-money-failed = লেখা গেল না: { $error }
