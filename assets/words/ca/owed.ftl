# Money owed, both ways: invoices sent and bills to pay (domain/owed/, store's invoice tables,
# `kith invoice`, `kith bill`, `kith paid`, `kith owed`, the review's money sections).

## The rules (domain/owed/)
owed-closed = { $label } ja està { $state ->
        [void] anul·lada
       *[other] passada a pèrdues
    } i no admet pagaments
owed-other-currency = { $label } és en { $currency }: no s'hi pot aplicar un pagament en { $paid }
owed-payment-not-positive = un pagament ha de ser superior a zero
owed-overpaid = de { $label } només queden { $left } per pagar, menys que { $paid }
owed-too-many-payments = aquesta factura ja té tots els pagaments que pot contenir
owed-reference-too-long = la referència supera els { $max } caràcters
owed-amount-not-positive = l'import ha de ser superior a zero
owed-due-before-issued = el venciment, { $due }, és anterior a la data d'emissió, { $issued }
owed-payments-wrong = els pagaments són en una altra moneda o sumen més que l'import

## The store (store/write/owed.rs) and the undo history
owed-cannot-move = una factura conserva el seu contacte i el seu sentit
# What `kith undo` says a change was; `kind` is "invoice" or "bill".
owed-undo-add = { $kind ->
        [bill] factura rebuda de { $amount } de { $name }
       *[other] factura de { $amount } per a { $name }
    }
owed-undo-pay = pagament de { $label }
owed-undo-edit = canvi a { $label }
owed-undo-delete = suprimir { $label }
owed-undo-changed = factura { $label }

## The backup (interop/backup/)
owed-backup-field = factura { $id }, { $field }
owed-day-to-come = «{ $input }» és { $day }, un dia que encara ha d'arribar: indiqueu un dia que ja hagi passat

## invoice, bill, paid (cli/owed/); `has_reference` is yes or no
invoice-added = Factura { $id } a { $name }: { $amount }, venç el { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
bill-added = Factura rebuda { $id } de { $name }: { $amount }, venç el { $due }{ $has_reference ->
        [yes] {" "}({ $reference })
       *[no] {""}
    }
paid-no-such = cap factura, emesa o rebuda, té la referència o l'id «{ $word }»
paid-which = «{ $word }» correspon a { $count } factures ({ $ids }): indiqueu l'id
paid-in-full = S'han pagat { $amount } de { $label } ({ $name }): ja està pagada del tot
paid-left = S'han pagat { $amount } de { $label } ({ $name }): en queden { $left }

## owed (cli/owed/print.rs)
owed-nothing = No hi ha res pendent ni per cobrar ni per pagar.
owed-they-owe-you = Per cobrar
owed-you-owe-them = Per pagar
owed-invoices = Factures emeses i rebudes
owed-col-currency = MONEDA
owed-col-outstanding = PENDENT
owed-col-current = NO VENÇUT
owed-col-open = OBERTES
owed-col-name = NOM
owed-col-id = ID
owed-col-kind = TIPUS
owed-col-ref = REF.
owed-col-due = VENCIMENT
owed-col-state = ESTAT
owed-col-amount = IMPORT
owed-col-left = PENDENT
owed-state-closed = { $state ->
        [void] anul·lada
       *[other] a pèrdues
    }
owed-state-paid = pagada
owed-state-late = { $days ->
        [one] 1 dia de retard
       *[other] { $days } dies de retard
    }
owed-state-due = no vençuda

## The review's money sections (review/owed.rs)
owed-review-invoices-overdue = Factures vençudes
owed-review-bills-to-pay = Factures per pagar (vençudes i dels propers { $days } dies)
owed-review-item = { $label }: en queden { $left }

## The screen (tui/parts/header.rs): what the contact owes and is owed, after their promises
header-owes-you = Per cobrar
header-you-owe = Per pagar

## The `$` form (tui/parts/forms/money.rs) and its keys
key-new-invoice = registra una factura emesa o rebuda
key-pay = registra un pagament de la factura
form-money-none = Seleccioneu primer un contacte
form-pay-none = Seleccioneu primer una factura a la revisió
form-money-title = Diners pendents: { $name }
form-money-pay-title = Pagament de { $label } ({ $name })
form-money-amount = Import
form-money-due = Venciment
form-money-paid-on = Pagada el
form-money-paid-hint = avui, ahir, 2026-11-20…
form-money-reference = Referència
form-money-kind = Tipus
form-money-invoice = factura emesa: us deuen
form-money-bill = factura rebuda: deveu
form-money-invoice-added = S'ha registrat una factura de { $amount }, venç el { $due }
form-money-bill-added = S'ha registrat una factura rebuda de { $amount }, venç el { $due }
form-money-paid = S'han pagat { $amount } de { $label }: en queden { $left }
form-money-failed = No s'ha pogut registrar: { $error }
