# Money owed, both ways: invoices sent and bills to pay (domain/owed/, store's invoice tables,
# `kith invoice`, `kith bill`, `kith paid`, `kith owed`, the review's money sections).

## The rules (domain/owed/)
owed-closed = { $label } पहले ही { $state ->
        [void] रद्द हो चुका है
       *[other] बट्टे खाते में डाला जा चुका है
    }, इस पर भुगतान नहीं लिया जा सकता
owed-other-currency = { $label } { $currency } में है: { $paid } में भुगतान उस पर नहीं लग सकता
owed-payment-not-positive = भुगतान शून्य से ज़्यादा होना चाहिए
owed-overpaid = { $label } पर सिर्फ़ { $left } बाक़ी है, जो { $paid } से कम है
owed-too-many-payments = इस इनवॉइस पर जितने भुगतान हो सकते हैं, उतने हो चुके हैं
owed-reference-too-long = रेफ़रेंस { $max } अक्षरों से लंबा है
owed-amount-not-positive = रक़म शून्य से ज़्यादा होनी चाहिए
owed-due-before-issued = भुगतान की तारीख { $due }, जारी होने के दिन { $issued } से पहले है
owed-payments-wrong = भुगतान किसी दूसरी मुद्रा में हैं या उनका जोड़ रक़म से ज़्यादा है

## The store (store/write/owed.rs) and the undo history
owed-cannot-move = इनवॉइस का संपर्क और उसकी दिशा नहीं बदलती
# What `kith undo` says a change was; `kind` is "invoice" or "bill".
owed-undo-add = { $name } का { $amount } का { $kind ->
        [bill] बिल
       *[other] इनवॉइस
    }
owed-undo-pay = { $label } पर भुगतान
owed-undo-edit = { $label } में बदलाव
owed-undo-delete = { $label } मिटाना
owed-undo-changed = इनवॉइस { $label }

## The backup (interop/backup/)
owed-backup-field = इनवॉइस { $id } का { $field }
owed-day-to-come = '{ $input }' यानी { $day }, जो दिन अभी आया नहीं: बीता हुआ दिन दें

## invoice, bill, paid (cli/owed/); `has_reference` is yes or no
invoice-added = { $name } को इनवॉइस { $id }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }: { $amount }, { $due } तक
bill-added = { $name } से बिल { $id }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }: { $amount }, { $due } तक
paid-no-such = किसी इनवॉइस या बिल का रेफ़रेंस या id '{ $word }' नहीं है
paid-which = '{ $word }' से { $count } इनवॉइस या बिल मिलते हैं ({ $ids }): id दें
paid-in-full = { $label } ({ $name }) पर { $amount } का भुगतान: पूरा चुका दिया
paid-left = { $label } ({ $name }) पर { $amount } का भुगतान: { $left } बाक़ी

## owed (cli/owed/print.rs)
owed-nothing = किसी तरफ़ कुछ बाक़ी नहीं है।
owed-they-owe-you = आपको लेना है
owed-you-owe-them = आपको देना है
owed-invoices = इनवॉइस और बिल
owed-col-currency = मुद्रा
owed-col-outstanding = कुल बाक़ी
owed-col-current = चालू
owed-col-open = खुले
owed-col-name = नाम
owed-col-id = ID
owed-col-kind = प्रकार
owed-col-ref = रेफ़
owed-col-due = तारीख
owed-col-state = स्थिति
owed-col-amount = रक़म
owed-col-left = बाक़ी
owed-state-closed = { $state ->
        [void] रद्द
       *[other] बट्टे खाते में
    }
owed-state-paid = चुकाया
owed-state-late = { $days ->
        [one] { $days } दिन लेट
       *[other] { $days } दिन लेट
    }
owed-state-due = समय बाक़ी

## The review's money sections (review/owed.rs)
owed-review-invoices-overdue = तारीख निकल चुके इनवॉइस
owed-review-bills-to-pay = चुकाने वाले बिल (तारीख निकल चुके और अगले { $days } दिन के)
owed-review-item = { $label }: { $left } बाक़ी

## The screen (tui/parts/header.rs): what the contact owes and is owed, after their promises
header-owes-you = आपको लेना
header-you-owe = आपको देना

## The `$` form (tui/parts/forms/money.rs) and its keys
key-new-invoice = इनवॉइस या बिल दर्ज करें
key-pay = इनवॉइस या बिल पर भुगतान दर्ज करें
form-money-none = पहले कोई संपर्क चुनें
form-pay-none = पहले जायज़े में कोई इनवॉइस या बिल चुनें
form-money-title = लेन-देन: { $name }
form-money-pay-title = { $label } ({ $name }) पर भुगतान
form-money-amount = रक़म
form-money-due = तारीख
form-money-paid-on = भुगतान का दिन
form-money-paid-hint = आज, yesterday, 2026-11-20…
form-money-reference = रेफ़रेंस
form-money-kind = प्रकार
form-money-invoice = इनवॉइस: उन्हें आपको देना है
form-money-bill = बिल: आपको उन्हें देना है
form-money-invoice-added = { $amount } का इनवॉइस दर्ज हुआ, { $due } तक
form-money-bill-added = { $amount } का बिल दर्ज हुआ, { $due } तक
form-money-paid = { $label } पर { $amount } का भुगतान: { $left } बाक़ी
form-money-failed = दर्ज नहीं हो सका: { $error }
