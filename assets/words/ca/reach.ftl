# What the screen says to reach everything it counts or holds: the rest of a review section,
# the archived contacts, and every field of a contact in its form.

## The review
# On the selected "… and N more" row: the key that reads the rest.
reach-review-more-open = { $key } els mostra

## The archived contacts
key-show-archived = contactes arxivats, o els que estan en ús
key-restore-contact = restaura el contacte arxivat
reach-list-title-archived = Arxivats ({ $total })
reach-archived-shown = Els contactes arxivats: { $restore } en restaura un, { $key } torna enrere
reach-in-use-shown = Els contactes en ús ({ $key } mostra els arxivats)
reach-restore-none = Només es pot restaurar un contacte arxivat: { $key } els llista
reach-restore-title = Restaura
reach-restore-ask = Voleu treure { $name } de l'arxiu?
reach-restore-yes = restaura
reach-restored = S'ha restaurat { $name }
reach-restore-failed = No s'ha pogut restaurar: { $error }

## The contact form's second page
reach-form-page = { $page }/{ $pages }
reach-form-grade = Puntuació
reach-form-interests = Interessos
reach-form-how-met = Com ens vam conèixer
reach-form-occasions = Dates assenyalades
reach-form-profile = Perfil
reach-form-hint-grade = com és de forta la relació, de l'1 al 10
reach-form-hint-occasions = etiqueta=data, separades per comes: casament=2019-06-01
reach-form-hint-profile = les línies es conserven; Tab en surt
reach-form-grade-not-a-number = «{ $input }» no és una puntuació: un nombre de l'1 al 10
reach-form-referred-by = Recomanat per
reach-form-hint-referred-by = un nom o #id; es busca en desar
