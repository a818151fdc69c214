# Money owed, the rest of it: writing off and voiding (cli/owed/close.rs), editing and deleting
# an invoice or a bill (cli/owed/edit.rs), paying what is left, a contact's invoices in
# `kith show` (cli/owed/contact.rs), the counts of a restore and of the demo, and the screen's
# keys for them. `state` is "written_off" or "void".

## writeoff, void (cli/owed/close.rs)
owed2-close-ask = { $label } ({ $name }) { $state ->
        [void] বাতিল করবেন
       *[other] রাইট-অফ করবেন
    }, বাকি { $left }? [y/N]
owed2-close-needs-yes = টার্মিনালে চলছে না: { $label } { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    } করতে --yes দিন
owed2-close-kept = কিছুই বদলানো হয়নি
owed2-closed = { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    }: { $label } ({ $name }), { $left } { $state ->
        [void] আর পাওনা নয়
       *[other] আর পরিশোধ হবে না
    } (kith undo আবার ফিরিয়ে নেয়)
owed2-undo-close = { $label } { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    }
owed2-writeoff-note = { $label } রাইট-অফ করা হয়েছে (বাকি ছিল { $left }): { $reason }

## paid with no amount (cli/owed/mod.rs)
owed2-paid-rest = { $label } ({ $name })-এর বিপরীতে { $amount } পরিশোধ: যা বাকি ছিল, পুরোটা পরিশোধ হয়েছে
owed2-paid-nothing-left = { $label } পুরোটা পরিশোধ হয়ে গেছে: আর কিছু বাকি নেই

## invoice edit, invoice delete (cli/owed/edit.rs); `kind` is "invoice" or "bill"
owed2-edit-nothing = কী বদলাবেন বলুন: --amount, --due বা --ref
owed2-edit-below-paid = { $label }-এ আগেই { $paid } পরিশোধ হয়েছে, যা { $amount }-এর চেয়ে বেশি
owed2-edit-currency = { $label }-এর পেমেন্ট { $currency }-তে: এর অঙ্ক { $currency }-তেই থাকবে
owed2-edited = { $kind ->
        [bill] বিল
       *[other] ইনভয়েস
    } { $label } ({ $name }): { $amount }, শেষ তারিখ { $due }, বাকি { $left }
owed2-delete-ask = { $kind ->
        [bill] বিল
       *[other] ইনভয়েস
    } { $label } ({ $name }), { $amount }, যার { $paid } পরিশোধ হয়েছে — মুছে ফেলবেন? [y/N]
owed2-delete-needs-yes = টার্মিনালে চলছে না: { $kind ->
        [bill] বিল
       *[other] ইনভয়েস
    } { $label } মুছতে --yes দিন
owed2-deleted = { $kind ->
        [bill] বিল
       *[other] ইনভয়েস
    } { $label } ({ $name }), { $amount } মুছে ফেলা হয়েছে (kith undo আবার ফিরিয়ে আনে)

## kith show: the contact's invoices and bills (cli/owed/contact.rs)
owed2-show-title = ইনভয়েস আর বিল
owed2-show-none-open = কোনোটা খোলা নেই
owed2-show-settled = আর { $count }টি মিটে গেছে (পরিশোধিত, রাইট-অফ বা বাতিল)

## A restore's records (interop/files/report.rs) and the demo (cli/demo.rs), when there are
## invoices or bills; without any they say what they always did
owed2-records = { $contacts }টি কন্টাক্ট, { $interactions }টি যোগাযোগ, { $followups }টি ফলো-আপ, { $drafts }টি খসড়া আর { $invoices }টি ইনভয়েস ও বিল
owed2-demo-filled = { $path } ভরা হয়েছে { $contacts }টি কন্টাক্ট, { $interactions }টি যোগাযোগ, { $followups }টি ফলো-আপ আর { $invoices }টি ইনভয়েস ও বিল দিয়ে, { $seconds } সেকেন্ডে

## The screen: W and V on an invoice or a bill of the review (tui/parts/questions/close.rs)
key-write-off = ইনভয়েস বা বিল রাইট-অফ (আগে জিজ্ঞেস করে)
key-void = ইনভয়েস বা বিল বাতিল (আগে জিজ্ঞেস করে)
owed2-screen-close-none = আগে রিভিউতে একটা ইনভয়েস বা বিল বাছুন
owed2-screen-close-title = { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    }
owed2-screen-close-ask = { $label } ({ $name }) { $state ->
        [void] বাতিল করবেন
       *[other] রাইট-অফ করবেন
    }, বাকি { $left }? (u চাপলে আনডু হয়)
owed2-screen-close-yes = { $state ->
        [void] বাতিল করুন
       *[other] রাইট-অফ করুন
    }
owed2-screen-close-no = রাখুন
owed2-screen-closed = { $state ->
        [void] বাতিল
       *[other] রাইট-অফ
    }: { $label }, { $left } (u চাপলে আনডু হয়)

## The contact header (tui/parts/header.rs): the open invoices or bills behind a sum, by label
owed2-header-open = {" "}({ $labels }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })

## The rules (domain/owed/)
owed2-writeoff-nothing-left = { $label } পুরোটা পরিশোধ হয়ে গেছে: রাইট-অফ করার মতো কিছু বাকি নেই
