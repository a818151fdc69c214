# Money owed, the rest of it: writing off and voiding (cli/owed/close.rs), editing and deleting
# an invoice or a bill (cli/owed/edit.rs), paying what is left, a contact's invoices in
# `kith show` (cli/owed/contact.rs), the counts of a restore and of the demo, and the screen's
# keys for them. `state` is "written_off" or "void".

## writeoff, void (cli/owed/close.rs)
owed2-close-ask = { $label } ({ $name }), { $left } बाक़ी: { $state ->
        [void] रद्द करें
       *[other] बट्टे खाते में डालें
    }? [y/N]
owed2-close-needs-yes = टर्मिनल पर नहीं है: { $label } को { $state ->
        [void] रद्द करने
       *[other] बट्टे खाते में डालने
    } के लिए --yes दें
owed2-close-kept = कुछ नहीं बदला
owed2-closed = { $state ->
        [void] रद्द किया
       *[other] बट्टे खाते में डाला
    }: { $label } ({ $name }), { $left } { $state ->
        [void] अब बकाया नहीं
       *[other] नहीं मिलेगा
    } (kith undo इसे वापस लेता है)
owed2-undo-close = { $label } { $state ->
        [void] रद्द करना
       *[other] बट्टे खाते में डालना
    }
owed2-writeoff-note = { $label } बट्टे खाते में डाला ({ $left } बाक़ी था): { $reason }

## paid with no amount (cli/owed/mod.rs)
owed2-paid-rest = { $label } ({ $name }) पर { $amount } का भुगतान: जो बाक़ी था, पूरा चुका दिया
owed2-paid-nothing-left = { $label } पूरा चुकाया जा चुका है: कुछ बाक़ी नहीं

## invoice edit, invoice delete (cli/owed/edit.rs); `kind` is "invoice" or "bill"
owed2-edit-nothing = बताइए क्या बदलना है: --amount, --due या --ref
owed2-edit-below-paid = { $label } पर { $paid } पहले ही चुकाया जा चुका है, जो { $amount } से ज़्यादा है
owed2-edit-currency = { $label } पर { $currency } में भुगतान हुए हैं: उसकी रक़म { $currency } में ही रहेगी
owed2-edited = { $kind ->
        [bill] बिल
       *[other] इनवॉइस
    } { $label } ({ $name }): { $amount }, { $due } तक, { $left } बाक़ी
owed2-delete-ask = { $kind ->
        [bill] बिल
       *[other] इनवॉइस
    } { $label } ({ $name }), { $amount }, जिसमें { $paid } चुकाया जा चुका है, मिटाएँ? [y/N]
owed2-delete-needs-yes = टर्मिनल पर नहीं है: { $kind ->
        [bill] बिल
       *[other] इनवॉइस
    } { $label } मिटाने के लिए --yes दें
owed2-deleted = { $kind ->
        [bill] बिल
       *[other] इनवॉइस
    } { $label } ({ $name }), { $amount } मिटाया गया (kith undo उसे वापस ले आता है)

## kith show: the contact's invoices and bills (cli/owed/contact.rs)
owed2-show-title = इनवॉइस और बिल
owed2-show-none-open = कोई खुला नहीं
owed2-show-settled = { $count ->
        [one] और { $count } निपटा हुआ (चुकाया, बट्टे खाते में या रद्द)
       *[other] और { $count } निपटे हुए (चुकाए, बट्टे खाते में या रद्द)
    }

## A restore's records (interop/files/report.rs) and the demo (cli/demo.rs), when there are
## invoices or bills; without any they say what they always did
owed2-records = { $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}, { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
}, { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
}, { $drafts ->
    [one] { $drafts } ड्राफ़्ट
   *[other] { $drafts } ड्राफ़्ट
} और { $invoices ->
    [one] { $invoices } इनवॉइस या बिल
   *[other] { $invoices } इनवॉइस और बिल
}
owed2-demo-filled = { $path } में { $contacts ->
    [one] { $contacts } संपर्क
   *[other] { $contacts } संपर्क
}, { $interactions ->
    [one] { $interactions } बातचीत
   *[other] { $interactions } बातचीत
}, { $followups ->
    [one] { $followups } फ़ॉलो-अप
   *[other] { $followups } फ़ॉलो-अप
} और { $invoices ->
    [one] { $invoices } इनवॉइस या बिल
   *[other] { $invoices } इनवॉइस और बिल
} { $seconds } s में भरे गए

## The screen: W and V on an invoice or a bill of the review (tui/parts/questions/close.rs)
key-write-off = इनवॉइस या बिल बट्टे खाते में डालें (पहले पूछता है)
key-void = इनवॉइस या बिल रद्द करें (पहले पूछता है)
owed2-screen-close-none = पहले जायज़े में कोई इनवॉइस या बिल चुनें
owed2-screen-close-title = { $state ->
        [void] रद्द करें
       *[other] बट्टे खाते में डालें
    }
owed2-screen-close-ask = { $label } ({ $name }), { $left } बाक़ी: { $state ->
        [void] रद्द करें
       *[other] बट्टे खाते में डालें
    }? (u से वापस)
owed2-screen-close-yes = { $state ->
        [void] रद्द करें
       *[other] बट्टे खाते में डालें
    }
owed2-screen-close-no = रहने दें
owed2-screen-closed = { $state ->
        [void] रद्द किया
       *[other] बट्टे खाते में डाला
    }: { $label }, { $left } (u से वापस)

## The contact header (tui/parts/header.rs): the open invoices or bills behind a sum, by label
owed2-header-open = {" "}({ $labels }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })

## The rules (domain/owed/)
owed2-writeoff-nothing-left = { $label } पूरा चुकाया जा चुका है: बट्टे खाते में डालने को कुछ बाक़ी नहीं
