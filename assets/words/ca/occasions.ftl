# Local occasions: the occasions' names, `celebrate` and `occasions`, the review's greetings.

## The occasions
occasion-new-year = Cap d'Any
occasion-sant-jordi = Sant Jordi
occasion-la-diada = La Diada
occasion-pohela-boishakh = Pohela Boishakh
occasion-name-day = Sant
occasion-diwali = Diwali
occasion-holi = Holi
occasion-durga-puja = Durga Puja
occasion-eid-al-fitr = Aid al-Fitr
occasion-eid-al-adha = Aid al-Adha
occasion-new-year-hindu = Any nou hindú (Gudi Padwa, Ugadi)
occasion-new-year-gujarati = Any nou gujarati
occasion-new-year-islamic = Any nou islàmic
occasion-unknown-nearest = No hi ha cap ocasió «{ $given }». Volíeu dir { $nearest }? Les ocasions són: { $known }
occasion-unknown = No hi ha cap ocasió «{ $given }». Les ocasions són: { $known }

## kith celebrate
occasions-named = { $name } ({ $id })
occasions-empty-tag = --tag necessita una etiqueta
occasions-no-contact = Indiqueu un contacte (o --tag ETIQUETA) i després les ocasions
occasions-remove-what = Indiqueu quines ocasions cal treure: { $known }
occasions-now = { $whom } rebrà felicitacions per: { $occasions }
occasions-now-none = { $whom } no rebrà felicitacions per cap ocasió local.
occasions-whom-tag = Els contactes amb l'etiqueta { $tag }
occasions-no-name-day = avís: el nom { $given } no té sant al calendari català de kith, així que no se'n mostra cap.
occasions-tag-unused = avís: encara no hi ha cap contacte amb l'etiqueta { $tag }; les felicitacions començaran amb el primer que la tingui.
occasions-list-title = { $whom } rebrà felicitacions per:
occasions-own = { $occasion }
occasions-through-tag = { $occasion }, per l'etiqueta { $tag }
occasions-name-day-on = Sant el { $day }
occasions-none = { $whom } no rebrà felicitacions per cap ocasió local. Afegiu-n'hi amb kith celebrate.
occasions-undo-contact = ocasions locals de { $name }
occasions-undo-tag = ocasions locals de l'etiqueta { $tag }
occasions-undo-changed = les ocasions locals { $id }
occasions-backup-id = les ocasions locals { $id } d'un contacte s'han de desar amb l'identificador del contacte

## kith occasions
occasions-table-ends = avís: les dates de les ocasions lunars acaben el { $year }; les posteriors no es mostren.
occasions-coming-none = Cap ocasió local els propers { $days } dies.
occasions-coming-title = Ocasions locals, propers { $days } dies:
occasions-coming-nobody = ningú a qui felicitar
occasions-coming-who = { $names }{ $more ->
        [0] {""}
       *[other] {" "}… i { $more } més
    }
occasions-coming-line = { $day }  { $occasion }: { $who }

## The review
occasions-review-title = Felicitacions, propers { $days } dies

## Backups
occasions-backup-field = les ocasions locals { $id } tenen un camp { $field } il·legible

## The contact form
occasions-form-label = Felicitar per
occasions-form-hint = ocasions locals, separades per comes: diwali, sant-jordi, name-day
