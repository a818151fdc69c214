# Local occasions: the occasions' names, `celebrate` and `occasions`, the review's greetings.

## The occasions
occasion-new-year = New Year
occasion-sant-jordi = Sant Jordi
occasion-la-diada = La Diada
occasion-pohela-boishakh = Pohela Boishakh
occasion-name-day = Name day
occasion-diwali = Diwali
occasion-holi = Holi
occasion-durga-puja = Durga Puja
occasion-eid-al-fitr = Eid al-Fitr
occasion-eid-al-adha = Eid al-Adha
occasion-new-year-hindu = Hindu New Year (Gudi Padwa, Ugadi)
occasion-new-year-gujarati = Gujarati New Year
occasion-new-year-islamic = Islamic New Year
occasion-unknown-nearest = There is no occasion "{ $given }". Did you mean { $nearest }? The occasions are: { $known }
occasion-unknown = There is no occasion "{ $given }". The occasions are: { $known }

## kith celebrate
occasions-named = { $name } ({ $id })
occasions-empty-tag = --tag needs a tag
occasions-no-contact = Name a contact (or --tag TAG), then the occasions
occasions-remove-what = Name the occasions to remove: { $known }
occasions-now = { $whom } will be greeted for: { $occasions }
occasions-now-none = { $whom } will be greeted for no local occasion.
occasions-whom-tag = Contacts tagged { $tag }
occasions-no-name-day = warning: the given name { $given } has no name day in kith's Catalan calendar, so no name day is shown for it.
occasions-tag-unused = warning: no contact is tagged { $tag } yet; the greetings start with the first one who is.
occasions-list-title = { $whom } will be greeted for:
occasions-own = { $occasion }
occasions-through-tag = { $occasion }, through the tag { $tag }
occasions-name-day-on = Name day on { $day }
occasions-none = { $whom } will be greeted for no local occasion. Opt in with kith celebrate.
occasions-undo-contact = local occasions of { $name }
occasions-undo-tag = local occasions of the tag { $tag }
occasions-undo-changed = the local occasions { $id }
occasions-backup-id = the local occasions { $id } of a contact must be kept under the contact's id

## kith occasions
occasions-table-ends = warning: the dates of the lunar occasions end in { $year }; later ones are not shown.
occasions-coming-none = No local occasions in the next { $days } days.
occasions-coming-title = Local occasions, next { $days } days:
occasions-coming-nobody = nobody to greet
occasions-coming-who = { $names }{ $more ->
        [0] {""}
       *[other] {" "}… and { $more } more
    }
occasions-coming-line = { $day }  { $occasion }: { $who }

## The review
occasions-review-title = Greetings, next { $days } days

## Backups
occasions-backup-field = the local occasions { $id } have an unreadable { $field }

## The contact form
occasions-form-label = Greeted for
occasions-form-hint = local occasions, comma-separated: diwali, sant-jordi, name-day
