# Money owed, both ways: invoices sent and bills to pay (domain/owed/, store's invoice tables,
# `kith invoice`, `kith bill`, `kith paid`, `kith owed`, the review's money sections).

## The rules (domain/owed/)
owed-closed = { $label } is already { $state } and takes no payment
owed-other-currency = { $label } is in { $currency }: a payment in { $paid } cannot go against it
owed-payment-not-positive = a payment must be more than nothing
owed-overpaid = { $label } has { $left } left to pay, less than { $paid }
owed-too-many-payments = this invoice has as many payments as one can hold
owed-reference-too-long = the reference is longer than { $max } characters
owed-amount-not-positive = the amount must be more than nothing
owed-due-before-issued = the due day, { $due }, is before the day it was issued, { $issued }
owed-payments-wrong = the payments are in another currency or add up to more than the amount

## The store (store/write/owed.rs) and the undo history
owed-cannot-move = an invoice keeps its contact and its direction
# What `kith undo` says a change was; `kind` is "invoice" or "bill".
owed-undo-add = { $kind } of { $amount } for { $name }
owed-undo-pay = payment against { $label }
owed-undo-edit = change to { $label }
owed-undo-delete = delete { $label }
owed-undo-changed = invoice { $label }

## The backup (interop/backup/)
owed-backup-field = invoice { $id }'s { $field }
owed-day-to-come = '{ $input }' is { $day }, a day still to come: give a day that has been

## invoice, bill, paid (cli/owed/); `has_reference` is yes or no
invoice-added = Invoice { $id } to { $name }: { $amount }, due { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
bill-added = Bill { $id } from { $name }: { $amount }, due { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
paid-no-such = no invoice or bill has the reference or id '{ $word }'
paid-which = '{ $word }' names { $count } invoices or bills ({ $ids }): give the id
paid-in-full = Paid { $amount } against { $label } ({ $name }): paid in full
paid-left = Paid { $amount } against { $label } ({ $name }): { $left } left

## owed (cli/owed/print.rs)
owed-nothing = Nothing is owed either way.
owed-they-owe-you = They owe you
owed-you-owe-them = You owe them
owed-invoices = Invoices and bills
owed-col-currency = CURRENCY
owed-col-outstanding = OUTSTANDING
owed-col-current = CURRENT
owed-col-open = OPEN
owed-col-name = NAME
owed-col-id = ID
owed-col-kind = KIND
owed-col-ref = REF
owed-col-due = DUE
owed-col-state = STATE
owed-col-amount = AMOUNT
owed-col-left = LEFT
owed-state-closed = { $state ->
        [void] void
       *[other] written off
    }
owed-state-paid = paid
owed-state-late = { $days ->
        [one] 1 day late
       *[other] { $days } days late
    }
owed-state-due = not due yet

## The review's money sections (review/owed.rs)
owed-review-invoices-overdue = Invoices overdue
owed-review-bills-to-pay = Bills to pay (overdue and the next { $days } days)
owed-review-item = { $label }: { $left } left

## The screen (tui/parts/header.rs): what the contact owes and is owed, after their promises
header-owes-you = Owes you
header-you-owe = You owe

## The `$` form (tui/parts/forms/money.rs) and its keys
key-new-invoice = record an invoice or a bill
key-pay = record a payment against the invoice or bill
form-money-none = Select a contact first
form-pay-none = Select an invoice or a bill in the review first
form-money-title = Money owed: { $name }
form-money-pay-title = Payment against { $label } ({ $name })
form-money-amount = Amount
form-money-due = Due
form-money-paid-on = Paid on
form-money-paid-hint = today, yesterday, 2026-11-20…
form-money-reference = Reference
form-money-kind = Kind
form-money-invoice = invoice: they owe you
form-money-bill = bill: you owe them
form-money-invoice-added = Invoice of { $amount } recorded, due { $due }
form-money-bill-added = Bill of { $amount } recorded, due { $due }
form-money-paid = Paid { $amount } against { $label }: { $left } left
form-money-failed = Could not record it: { $error }
