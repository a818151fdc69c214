# Money owed, the rest of it: writing off and voiding (cli/owed/close.rs), editing and deleting
# an invoice or a bill (cli/owed/edit.rs), paying what is left, a contact's invoices in
# `kith show` (cli/owed/contact.rs), the counts of a restore and of the demo, and the screen's
# keys for them. `state` is "written_off" or "void".

## writeoff, void (cli/owed/close.rs)
owed2-close-ask = { $state ->
        [void] Voleu anul·lar
       *[other] Voleu passar a pèrdues
    } { $label } ({ $name }), amb { $left } pendents? [y/N]
owed2-close-needs-yes = no és un terminal: afegiu --yes per { $state ->
        [void] anul·lar
       *[other] passar a pèrdues
    } { $label }
owed2-close-kept = No s'ha canviat res
owed2-closed = { $state ->
        [void] Anul·lada
       *[other] Passada a pèrdues
    }: { $label } ({ $name }), { $left } { $state ->
        [void] que ja no es deuen
       *[other] que no es pagaran
    } (kith undo ho desfà)
owed2-undo-close = { $state ->
        [void] anul·lar
       *[other] passar a pèrdues
    } { $label }
owed2-writeoff-note = S'ha passat a pèrdues { $label } (en quedaven { $left }): { $reason }

## paid with no amount (cli/owed/mod.rs)
owed2-paid-rest = S'han pagat { $amount } de { $label } ({ $name }): el que quedava; ja està pagada del tot
owed2-paid-nothing-left = { $label } ja està pagada del tot: no queda res per pagar

## invoice edit, invoice delete (cli/owed/edit.rs); `kind` is "invoice" or "bill"
owed2-edit-nothing = digueu què cal canviar: --amount, --due o --ref
owed2-edit-below-paid = de { $label } ja s'han pagat { $paid }, més que { $amount }
owed2-edit-currency = { $label } té pagaments en { $currency }: el seu import es manté en { $currency }
owed2-edited = { $kind ->
        [bill] Factura rebuda
       *[other] Factura
    } { $label } ({ $name }): { $amount }, venç el { $due }, en queden { $left }
owed2-delete-ask = Voleu suprimir { $kind ->
        [bill] la factura rebuda
       *[other] la factura
    } { $label } ({ $name }), de { $amount }, amb { $paid } pagats? [y/N]
owed2-delete-needs-yes = no és un terminal: afegiu --yes per suprimir { $kind ->
        [bill] la factura rebuda
       *[other] la factura
    } { $label }
owed2-deleted = S'ha suprimit { $kind ->
        [bill] la factura rebuda
       *[other] la factura
    } { $label } ({ $name }), de { $amount } (kith undo la recupera)

## kith show: the contact's invoices and bills (cli/owed/contact.rs)
owed2-show-title = Factures emeses i rebudes
owed2-show-none-open = cap d'oberta
owed2-show-settled = { $count ->
        [one] i 1 de liquidada (pagada, passada a pèrdues o anul·lada)
       *[other] i { $count } de liquidades (pagades, passades a pèrdues o anul·lades)
    }

## A restore's records (interop/files/report.rs) and the demo (cli/demo.rs), when there are
## invoices or bills; without any they say what they always did
owed2-records = { $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}, { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
}, { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
}, { $drafts ->
    [one] { $drafts } esborrany
   *[other] { $drafts } esborranys
} i { $invoices ->
    [one] { $invoices } factura emesa o rebuda
   *[other] { $invoices } factures emeses i rebudes
}
owed2-demo-filled = S'ha omplert { $path } amb { $contacts ->
    [one] { $contacts } contacte
   *[other] { $contacts } contactes
}, { $interactions ->
    [one] { $interactions } interacció
   *[other] { $interactions } interaccions
}, { $followups ->
    [one] { $followups } seguiment
   *[other] { $followups } seguiments
} i { $invoices ->
    [one] { $invoices } factura emesa o rebuda
   *[other] { $invoices } factures emeses i rebudes
} en { $seconds } s

## The screen: W and V on an invoice or a bill of the review (tui/parts/questions/close.rs)
key-write-off = passa la factura a pèrdues (pregunta abans)
key-void = anul·la la factura (pregunta abans)
owed2-screen-close-none = Seleccioneu primer una factura a la revisió
owed2-screen-close-title = { $state ->
        [void] Anul·la
       *[other] Passa a pèrdues
    }
owed2-screen-close-ask = { $state ->
        [void] Voleu anul·lar
       *[other] Voleu passar a pèrdues
    } { $label } ({ $name }), amb { $left } pendents? (u ho desfà)
owed2-screen-close-yes = { $state ->
        [void] anul·la-la
       *[other] passa-la a pèrdues
    }
owed2-screen-close-no = deixa-la
owed2-screen-closed = { $state ->
        [void] Anul·lada
       *[other] Passada a pèrdues
    }: { $label }, { $left } (u ho desfà)

## The contact header (tui/parts/header.rs): the open invoices or bills behind a sum, by label
owed2-header-open = {" "}({ $labels }{ $more ->
        [0] {""}
       *[other] {" "}+{ $more }
    })

## The rules (domain/owed/)
owed2-writeoff-nothing-left = { $label } ja està pagada del tot: no queda res per passar a pèrdues
