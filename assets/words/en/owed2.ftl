# Money owed, the rest of it: writing off and voiding (cli/owed/close.rs), editing and deleting
# an invoice or a bill (cli/owed/edit.rs), paying what is left, a contact's invoices in
# `kith show` (cli/owed/contact.rs), the counts of a restore and of the demo, and the screen's
# keys for them. `state` is "written_off" or "void".

## writeoff, void (cli/owed/close.rs)
owed2-close-ask = { $state ->
        [void] Void
       *[other] Write off
    } { $label } ({ $name }), { $left } left? [y/N]
owed2-close-needs-yes = not on a terminal: say --yes to { $state ->
        [void] void
       *[other] write off
    } { $label }
owed2-close-kept = Nothing changed
owed2-closed = { $state ->
        [void] Void
       *[other] Wrote off
    }: { $label } ({ $name }), { $left } { $state ->
        [void] no longer owed
       *[other] will not be paid
    } (kith undo takes it back)
owed2-undo-close = { $state ->
        [void] void
       *[other] write off
    } { $label }
owed2-writeoff-note = Wrote off { $label } ({ $left } left): { $reason }

## paid with no amount (cli/owed/mod.rs)
owed2-paid-rest = Paid { $amount } against { $label } ({ $name }): what was left, paid in full
owed2-paid-nothing-left = { $label } is paid in full: nothing is left to pay

## invoice edit, invoice delete (cli/owed/edit.rs); `kind` is "invoice" or "bill"
owed2-edit-nothing = say what to change: --amount, --due or --ref
owed2-edit-below-paid = { $label } has { $paid } paid already, more than { $amount }
owed2-edit-currency = { $label } has payments in { $currency }: its amount stays in { $currency }
owed2-edited = { $kind ->
        [bill] Bill
       *[other] Invoice
    } { $label } ({ $name }): { $amount }, due { $due }, { $left } left
owed2-delete-ask = Delete { $kind } { $label } ({ $name }), { $amount } with { $paid } paid? [y/N]
owed2-delete-needs-yes = not on a terminal: say --yes to delete { $kind } { $label }
owed2-deleted = Deleted { $kind } { $label } ({ $name }), { $amount } (kith undo brings it back)

## kith show: the contact's invoices and bills (cli/owed/contact.rs)
owed2-show-title = Invoices and bills
owed2-show-none-open = none open
owed2-show-settled = { $count ->
        [one] and 1 settled (paid, written off or void)
       *[other] and { $count } settled (paid, written off or void)
    }

## A restore's records (interop/files/report.rs) and the demo (cli/demo.rs), when there are
## invoices or bills; without any they say what they always did
owed2-records = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
}, { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
}, { $drafts ->
    [one] { $drafts } draft
   *[other] { $drafts } drafts
} and { $invoices ->
    [one] { $invoices } invoice or bill
   *[other] { $invoices } invoices and bills
}
owed2-demo-filled = Filled { $path } with { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
}, { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} and { $invoices ->
    [one] { $invoices } invoice or bill
   *[other] { $invoices } invoices and bills
} in { $seconds } s

## The screen: W and V on an invoice or a bill of the review (tui/parts/questions/close.rs)
key-write-off = write off the invoice or bill (asks first)
key-void = void the invoice or bill (asks first)
owed2-screen-close-none = Select an invoice or a bill in the review first
owed2-screen-close-title = { $state ->
        [void] Void
       *[other] Write off
    }
owed2-screen-close-ask = { $state ->
        [void] Void
       *[other] Write off
    } { $label } ({ $name }), { $left } left? (u undoes it)
owed2-screen-close-yes = { $state ->
        [void] void
       *[other] write off
    }
owed2-screen-close-no = keep
owed2-screen-closed = { $state ->
        [void] Void
       *[other] Wrote off
    }: { $label }, { $left } (u undoes it)

## The contact header (tui/parts/header.rs): the open invoices or bills behind a sum, by label
owed2-header-open = {" "}({ $labels }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })

## The rules (domain/owed/)
owed2-writeoff-nothing-left = { $label } is paid in full: nothing is left to write off
