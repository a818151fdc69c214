### The command line's help: what `kith --help`, `kith COMMAND --help` and the shell completions
### say of each command and option. Ids follow the clap command tree: help-<command> for a command,
### help-<command>-<option> for its options and arguments (help-kith-<option> for the global ones),
### with `-` for `_`; src/cli/help.rs asks for them by those names, and a test makes sure every
### command and option has one. A `.long` attribute is the longer text `--help` shows where it
### differs from `-h`. Every option has words here: a test refuses an empty one.

## kith itself, and the options every command takes
help-kith = Una llibreta de relacions per al terminal, pensada per al teclat
    .long =
        Una llibreta de relacions per al terminal, pensada per al teclat.

        Sense cap ordre, kith obre la pantalla de la llibreta.
    .example =
        kith                        obre la pantalla de la llibreta
        kith init ~/notes/kith.redb  crea una llibreta a la carpeta que vulgueu
        kith --db ~/notes/kith.redb list
help-kith-db = El fitxer de la llibreta (per defecte: el directori de dades de la plataforma, p. ex. ~/.local/share/kith/kith.redb)
help-kith-config = El fitxer de configuració (per defecte: el directori de configuració de la plataforma, p. ex. ~/.config/kith/config.toml)
help-kith-wait = Quant de temps espera una ordre que escriu que un altre procés de kith acabi d'escriure
# The heading of the three options above in every command's help, and of the examples at its end.
help-global-options = Opcions globals
help-examples = Exemples:

## init
help-init = Crea una llibreta nova i buida (i les seves carpetes); si ja n'hi ha una, es deixa tal com és
    .long =
        Crea una llibreta nova i buida, i les carpetes on va.

        Les ordres no creen mai la carpeta d'una llibreta indicada amb --db o KITH_DB: un camí mal escrit és un error, no una llibreta nova. En una carpeta que existeix, la primera ordre que escriu crea el fitxer (i ho diu); les ordres que només llegeixen mostren una llibreta buida i no creen res. Si ja hi ha una llibreta a PATH, es deixa tal com és.
    .example =
        kith init ~/notes/kith.redb
        kith --db ~/notes/kith.redb add "Ana Ruiz"
help-init-path = On va la llibreta (per defecte: --db, KITH_DB o el lloc per defecte)

## add
help-add = Afegeix un contacte
    .example =
        kith add "Ana Ruiz" --company Acme --email work:ana@acme.com --tag fira-2025
        kith add "Marc Puig" --kind prospect --birthday 05-14 --cadence 30
help-add-name = Nom que es mostra
help-add-company = L'empresa o l'organització on treballa
help-add-title = El seu càrrec o funció
help-add-kind = El tipus de contacte (per defecte: customer, com al formulari de la pantalla)
help-add-email = Una adreça electrònica, opcionalment amb etiqueta: work:ana@example.com (repetible)
help-add-phone = Un telèfon, opcionalment amb etiqueta: mobile:+34 600 111 222 (repetible)
help-add-tag = Una etiqueta (repetible)
help-add-birthday = MM-DD o AAAA-MM-DD
help-add-cadence = Mantenir el contacte cada DAYS dies ("" per deixar-ho)
help-add-grade = Puntuació de la relació, de l'1 al 10
help-add-interests = Què teniu en comú
help-add-how-met = Com us vau conèixer
help-add-referred-by = Id o nom del contacte que l'ha recomanat
help-add-occasion = Una data assenyalada anual, LABEL=DATE, p. ex. casament=2019-06-01 (repetible)
help-add-profile = Perfil en text lliure

## edit
help-edit = Canvia les dades d'un contacte; un valor buit ("") esborra un camp
    .example =
        kith edit "Ana Ruiz" --title "Cap de vendes" --tag vip --tag fira-2025
        kith edit 12 --company ""
help-edit-contact = Id o nom del contacte
help-edit-name = Nom nou que es mostra
help-edit-company = { help-add-company }
help-edit-title = { help-add-title }
help-edit-kind = El tipus de contacte
help-edit-email = { help-add-email }
help-edit-phone = { help-add-phone }
help-edit-tag = { help-add-tag }
help-edit-birthday = { help-add-birthday }
help-edit-cadence = { help-add-cadence }
help-edit-grade = { help-add-grade }
help-edit-interests = { help-add-interests }
help-edit-how-met = { help-add-how-met }
help-edit-referred-by = { help-add-referred-by }
help-edit-occasion = { help-add-occasion }
help-edit-profile = { help-add-profile }

## archive
help-archive = Arxiva un contacte (un client que se n'ha anat), amb el motiu
    .example =
        kith archive "Ana Ruiz" --reason "se n'ha anat a la competència"
help-archive-contact = Id o nom del contacte
help-archive-reason = Per què (es conserva amb el contacte; `kith show` ho mostra)

## unarchive
help-unarchive = Recupera un contacte arxivat
    .example =
        kith unarchive "Ana Ruiz"
help-unarchive-contact = Id o nom del contacte arxivat

## log
help-log = Registra una interacció; la nota és TEXT o, si no n'hi ha, l'entrada estàndard
    .example =
        kith log ana "Dinar: vol el pressupost per divendres. divendres: enviar el pressupost"
        kith log 12 --channel call --at "2026-03-02 16:00" "Trucada per la renovació"
        kith log ana --amount "120.50 EUR" "Ha comprat el joc d'hivern"
help-log-contact = Id o nom del contacte
help-log-channel = Com us vau comunicar (per defecte: in_person, o purchase amb --amount)
help-log-at = Quan va passar, "AAAA-MM-DD HH:MM" (per defecte: ara)
help-log-amount = Què s'hi va gastar, p. ex. "120.50 EUR"
help-log-sentiment = Què en va pensar
help-log-text = La nota (es llegeix de l'entrada estàndard si no n'hi ha)
help-note = Edita una nota desada: el text nou és --text o, si no n'hi ha, l'entrada estàndard
    .example =
        kith note edit 4182 --text "Ha pagat la factura; vol mostres divendres"
        kith note edit 4182 < corregida.txt
help-note-what = Què cal fer amb la nota
help-note-what-edit = Substitueix el text de la nota (l'hora, el canal i l'import es mantenen)
help-note-id = L'id de la nota, tal com el mostra kith show
help-note-text = El text nou (es llegeix de l'entrada estàndard si no n'hi ha)

## list
help-list = Llista els contactes per ordre de nom
    .example =
        kith list --kind customer --tag vip
        kith list --archived --json
help-list-kind = Només els contactes d'aquest tipus
help-list-tag = Només els contactes amb aquesta etiqueta
help-list-archived = Llista els contactes arxivats en lloc dels que estan en ús
help-list-json = Mostra JSON

## show
help-show = Mostra un contacte: perfil, seguiments i historial
    .example =
        kith show "Ana Ruiz"
        kith show 12 --json
help-show-contact = Id o nom del contacte
help-show-json = Mostra JSON

## demo
help-demo = Omple una llibreta buida amb un exemple realista per provar kith
    .example =
        kith --db kith-demo.redb demo --contacts 500 --interactions 5000
help-demo-contacts = Quants contactes
help-demo-interactions = Quantes interaccions en total
help-demo-seed = Llavor del generador: la mateixa llavor dona la mateixa llibreta
help-demo-no-invoices = Omet les factures emeses i les factures rebudes per pagar
help-demo-no-promises = Omet els compromisos complerts, amb retard i incomplerts, i les queixes resoltes o obertes

## due
help-due = Què necessita atenció: endarrerits, avui, els propers dies, sense notícies, dates assenyalades, a l'espera d'ells
    .example =
        kith due
        kith due --days 14 --json
help-due-days = Quants dies endavant cal mirar els seguiments (dates assenyalades: almenys 14)
help-due-json = Mostra JSON

## followup
help-followup = Afegeix un seguiment: "WHEN: WHAT", p. ex. "divendres: enviar el pressupost" (un compromís, si no s'indica el contrari)
    .example =
        kith followup ana "divendres: enviar el pressupost"
        kith followup ana --they-owe "dilluns que ve: el contracte signat"
help-followup-contact = Id o nom del contacte
help-followup-spec = WHEN: WHAT — WHEN és demà, divendres, dilluns que ve, d'aquí a 3 dies, 2026-12-01, 12-01…
help-followup-they-owe = Una cosa que us deuen
help-followup-reminder = Un simple recordatori

## search
help-search = Cerca contactes (nom, empresa, etiquetes, adreces electròniques, dígits del telèfon, filtres) o, amb --notes o un # al començament, el text de les notes
    .example =
        kith search acme tag:vip
        kith search --notes renovació
        kith search due:overdue --json
help-search-query = Paraules i filtres: kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
help-search-notes = Cerca en el text de les notes
help-search-limit = Quants resultats com a màxim
help-search-json = Mostra JSON

## export
help-export = Escriu la llibreta en un fitxer que llegeixen altres eines (json: la còpia de seguretat completa)
    .long =
        Escriu la llibreta en un fitxer que llegeixen altres eines.

        Els formats (--format):
          json   la còpia de seguretat completa: contactes, notes, seguiments i esborranys, que `kith import` restaura
          vcard  cada contacte com a vCard 4.0 (3.0 amb --vcard3), en un fitxer, o un fitxer per contacte amb --dir
          csv    cada contacte, amb la disposició de Google Contacts (Outlook i Thunderbird també el llegeixen)
          ics    els seguiments oberts com a tasques, i els aniversaris i les dates assenyalades com a esdeveniments anuals, per a un calendari
    .example =
        kith export --format json -o backup.json
        kith export --format vcard --dir ~/contacts
        kith export --format csv -o contacts.csv
        kith export --format ics --alarm-before 30 -o kith.ics
help-export-format = Què cal escriure
help-export-format-json = La còpia de seguretat completa, que `kith import` restaura
help-export-format-vcard = Cada contacte (vCard 4.0, o 3.0 amb --vcard3)
help-export-format-csv = Cada contacte, amb la disposició de Google Contacts
help-export-format-ics = Els seguiments oberts, els aniversaris i les dates assenyalades, per a un calendari
help-export-vcard3 = vCard 3.0 en lloc de 4.0, per a eines antigues
help-export-alarm-before = ics: avisa aquests minuts abans del venciment d'un seguiment (per defecte: quan venç; un seguiment de tot el dia venç al començament del dia)
help-export-output = On s'escriu (per defecte: la sortida estàndard)
help-export-dir = vcard: un fitxer per contacte en aquesta carpeta, amb l'UID com a nom (un vdir, com el que llegeix khard)
help-export-force = Amb --dir: substitueix els fitxers de la carpeta que no ha escrit kith (la targeta d'una exportació anterior per al mateix contacte sempre se substitueix)
help-export-strict = No s'escriu res si hi ha algun registre malmès, en lloc d'escriure la resta i indicar els malmesos a stderr

## import
help-import = Importa fitxers vCard (.vcf, o una carpeta de fitxers), fitxers CSV (Google, Outlook, Thunderbird) o restaura una còpia de seguretat JSON de kith
    .long =
        Importa fitxers vCard (.vcf, o una carpeta de fitxers), fitxers CSV (Google, Outlook, Thunderbird) o restaura una còpia de seguretat JSON de kith.

        Cada PATH es llegeix segons el que és:
          vCard (.vcf, qualsevol altre nom)  contactes de telèfons i llibretes d'adreces (vCard 2.1, 3.0, 4.0); es fusionen amb els contactes amb què coincideixen
          una carpeta                        tots els fitxers .vcf que conté (un vdir, com els que mantenen khard i vdirsyncer)
          CSV (.csv)                         contactes exportats per Google Contacts, Outlook o Thunderbird; es fusionen de la mateixa manera
          còpia de seguretat JSON (.json)    tota la llibreta, tal com la va escriure `kith export --format json`: també notes, seguiments i esborranys; només es restaura en una llibreta buida
    .example =
        kith import contacts.vcf ~/phone-contacts/
        kith import --dry-run google.csv
        kith --db new.redb import backup.json
help-import-paths = Fitxers .vcf, carpetes de fitxers .vcf, fitxers .csv o una còpia de seguretat escrita per `kith export --format json`
help-import-dry-run = Diu què es crearia, què es fusionaria i què es deixaria igual, sense canviar res
help-import-skip-bad = Importa les targetes que es poden llegir i llista les malmeses (per defecte, es rebutja sencer un fitxer, o una carpeta, amb una targeta malmesa)
help-import-encoding = La codificació de caràcters dels fitxers quan kith s'equivoca (p. ex. windows-1252, shift_jis, utf-16le); per defecte UTF-8, UTF-16 pel BOM, si no Windows-1252 (o Shift-JIS)

## sync
help-sync = Sincronitza els contactes amb una llibreta d'adreces CardDAV (Radicale, Nextcloud, Fastmail…) en els dos sentits: envia el que ha canviat aquí i porta el que ha canviat allà
    .example =
        kith sync --url https://dav.example.com/ --user anita --password-cmd 'pass show dav'
        kith sync
        kith sync --conflicts
        kith sync --resolve "Anita Sharma" --keep theirs
help-sync-url = El servidor, un principal o una llibreta d'adreces (la llibreta es troba, o es crea); si no, `url` a [sync] de la configuració
help-sync-user = El nom d'usuari al servidor; si no, `user` a [sync]
help-sync-password-cmd = Una ordre que escriu la contrasenya (la primera línia), p. ex. 'pass show dav'; si no, KITH_SYNC_PASSWORD, i si no, `password_cmd` a [sync]
help-sync-conflicts = Llista els contactes canviats aquí i al servidor des de l'última sincronització, amb el que difereix
help-sync-resolve = Resol el conflicte d'un contacte (amb --keep)
help-sync-keep = Quina versió conserva --resolve
help-sync-keep-mine = la d'aquesta llibreta: s'envia a la propera sincronització
help-sync-keep-theirs = la del servidor: substitueix el contacte d'aquí

## duplicates
help-duplicates = Llista els contactes que probablement són la mateixa persona (mateixa adreça electrònica, telèfon o nom), amb el motiu
    .example =
        kith duplicates
        kith duplicates --json
help-duplicates-json = Mostra JSON: [{"{"}"first", "second", "reasons"{"}"}]

## merge
help-merge = Fusiona dos registres d'una mateixa persona: tot el que té el segon (interaccions, notes, seguiments, el seu esborrany, a qui ha recomanat, els camps que no té el primer) passa al primer, i el segon registre se suprimeix
    .example =
        kith merge "Ana Ruiz" "A. Ruiz"
help-merge-keep = El contacte que es conserva (nom o id)
help-merge-absorb = El contacte que s'hi fusiona i se suprimeix (nom o id)

## done
help-done = Marca un seguiment com a fet
    .example =
        kith done 31
help-done-id = L'id del seguiment (tal com el llisten `kith due` i `kith show`)

## snooze
help-snooze = Ajorna un seguiment a un altre dia
    .example =
        kith snooze 31 dilluns que ve
help-snooze-id = { help-done-id }
help-snooze-when = El dia nou: demà, divendres, dilluns que ve, d'aquí a 3 dies, 2026-12-01…

## drop
help-drop = Descarta un seguiment que ja no cal
    .example =
        kith drop 31
help-drop-id = { help-done-id }

## check
help-check = Verifica tot el fitxer de la llibreta: pàgines, registres, índexs, recomptes (surt amb 3 si hi ha danys)
    .example =
        kith check
        kith check --repair
help-check-repair = Deixa que redb repari el fitxer i reconstrueix tots els índexs (noms, venciments, cerca de notes…) a partir dels registres; els registres que no es poden descodificar es deixen on són i s'informa d'ells
help-check-json = Mostra l'informe en JSON

## completions
help-completions = Mostra l'script de compleció per a SHELL a la sortida estàndard
    .example =
        kith completions bash > ~/.local/share/bash-completion/completions/kith
help-completions-shell = L'intèrpret d'ordres en què s'ha de completar kith

## undo, redo, delete
help-undo = Desfà l'últim canvi a la llibreta (fet des de la pantalla, una ordre o un script); diu què ha desfet
    .example =
        kith undo
        kith undo --list
help-undo-list = Mostra els últims canvis, del més recent al més antic, i quins s'han desfet
help-undo-yes = Desfés sense preguntar abans (a un script no se li pregunta mai)
help-redo = Torna a fer l'últim canvi desfet
    .example =
        kith redo
help-redo-yes = Refés sense preguntar abans (a un script no se li pregunta mai)
help-delete = Suprimeix un contacte amb les seves interaccions, notes i seguiments (pregunta abans; kith undo el recupera)
    .example =
        kith delete "Ana Ruiz"
        kith delete 12 --yes
help-delete-contact = Id o nom del contacte
help-delete-yes = Suprimeix sense preguntar (per a scripts)

## invoice, bill, paid, owed (money owed both ways: cli/owed/)
help-invoice = Registra una factura que heu emès: el contacte us deu l'import abans del venciment
    .example =
        kith invoice ana 1200.00 EUR --due "en 30 dies" --ref INV-2026-014
        kith invoice "Acme SL" "45000 INR" --issued 2026-11-01 --due 2026-12-01
help-invoice-contact = Id o nom del contacte
help-invoice-amount = L'import i la moneda: 1200.50 EUR, EUR 1200.50, 45000 INR
help-invoice-due = El venciment, comptat des del dia d'emissió: en 30 dies, 2026-12-01, divendres…
help-invoice-issued = El dia d'emissió (avui, si no s'indica): ahir, 2026-11-01…
help-invoice-reference = El número o la referència, per indicar-la a `kith paid`
help-bill = Registra una factura rebuda d'un proveïdor: li deveu l'import abans del venciment
    .example =
        kith bill "Paperera Vidal" 80.00 EUR --due "en 14 dies" --ref PM-7781
help-bill-contact = Id o nom del contacte
help-bill-amount = { help-invoice-amount }
help-bill-due = { help-invoice-due }
help-bill-issued = { help-invoice-issued }
help-bill-reference = { help-invoice-reference }
help-invoice-edit = Canvia una factura emesa o rebuda, indicada per la referència o l'id: l'import (mai per sota del que s'ha pagat), el venciment o la referència (kith undo ho desfà)
    .example =
        kith invoice edit INV-2026-014 --amount 1500 EUR
        kith invoice edit 42 --due 2026-12-15 --ref INV-2026-015
help-invoice-edit-invoice = { help-paid-invoice }
help-invoice-edit-amount = L'import nou i la moneda: 1500.00 EUR
help-invoice-edit-due = El venciment nou, comptat des del dia d'emissió: en 45 dies, 2026-12-15…
help-invoice-edit-reference = El número o la referència nous
help-invoice-delete = Suprimeix una factura emesa o rebuda, indicada per la referència o l'id, amb els seus pagaments (pregunta abans; kith undo la recupera)
    .example =
        kith invoice delete INV-2026-014
        kith invoice delete 42 --yes
help-invoice-delete-invoice = { help-paid-invoice }
help-invoice-delete-yes = Suprimeix-la sense preguntar (per a scripts)
help-bill-edit = { help-invoice-edit }
    .example =
        kith bill edit PM-7781 --amount 95.00 EUR
        kith bill edit 42 --due "en 30 dies"
help-bill-edit-invoice = { help-paid-invoice }
help-bill-edit-amount = { help-invoice-edit-amount }
help-bill-edit-due = { help-invoice-edit-due }
help-bill-edit-reference = { help-invoice-edit-reference }
help-bill-delete = { help-invoice-delete }
    .example =
        kith bill delete PM-7781
        kith bill delete 42 --yes
help-bill-delete-invoice = { help-paid-invoice }
help-bill-delete-yes = { help-invoice-delete-yes }
help-paid = Registra un pagament d'una factura emesa o rebuda, indicada per la referència o l'id
    .example =
        kith paid INV-2026-014 200.00 EUR
        kith paid 42 80 EUR --on ahir
help-paid-invoice = La referència de la factura, o el seu id
help-paid-amount = Què s'ha pagat, en la moneda de la factura: 200.00 EUR
help-paid-on = El dia del pagament (avui, si no s'indica): ahir, 2026-11-20…
help-writeoff = Passa a pèrdues una factura emesa o rebuda, indicada per la referència o l'id: el que queda no es pagarà (pregunta abans; kith undo ho desfà)
    .example =
        kith writeoff INV-2026-014 --reason "la botiga ha tancat"
        kith writeoff 42 --yes
help-writeoff-invoice = { help-paid-invoice }
help-writeoff-reason = Per què; es conserva com a nota a l'historial del contacte
help-writeoff-yes = Passa-la a pèrdues sense preguntar (per a scripts)
help-void = Anul·la una factura emesa o rebuda, indicada per la referència o l'id: no s'ha degut mai (pregunta abans; kith undo ho desfà)
    .example =
        kith void INV-2026-014
        kith void 42 --yes
help-void-invoice = { help-paid-invoice }
help-void-yes = Anul·la-la sense preguntar (per a scripts)
help-owed = Diners pendents en tots dos sentits: factures emeses encara no cobrades i factures rebudes per pagar, per moneda i per trams d'antiguitat
    .example =
        kith owed
        kith owed ana --json
help-owed-contact = Només aquest contacte (id o nom): totes les seves factures emeses i rebudes
help-owed-json = Mostra JSON
help-promises = Com s'han complert els compromisos: el percentatge a temps del que dec i del que em deuen, en total o per a un contacte, i els meus compromisos incomplerts
    .example =
        kith promises
        kith promises ana --since 2026-01-01 --until 2026-03-31
        kith promises --json
help-promises-contact = Només aquest contacte (id o nom)
help-promises-since = Compta els compromisos que vencen aquest dia o després: 2026-01-01, "3 months ago"…
help-promises-until = Compta els compromisos que vencen aquest dia o abans
help-promises-json = Mostra JSON
help-complaints = Queixes: les que encara són obertes i des de quan, i quant van trigar a resoldre's les resoltes (mediana i mitjana)
    .example =
        kith complaints
        kith complaints --since 2026-01-01 --json
help-complaints-since = Compta les queixes resoltes aquest dia o després
help-complaints-until = Compta les queixes resoltes aquest dia o abans
help-complaints-json = Mostra JSON
help-resolve = Registra com s'ha resolt una queixa: és oberta fins que es resol
    .example =
        kith resolve 1234 "s'ha retornat el cost de l'enviament i s'han demanat disculpes"
        kith resolve 1234 "s'ha substituït la peça" --on ahir
help-resolve-note = L'id de la nota de la queixa (el llisten kith show i kith complaints)
help-resolve-text = Com s'ha resolt
help-resolve-on = El dia que es va resoldre (avui, si no s'indica)
help-referrals = Recomanacions: els contactes les recomanacions dels quals han comprat més (per moneda), o qui ha recomanat un contacte i què ha aportat
    .example =
        kith referrals
        kith referrals "Anna Puig"
        kith referrals --json
help-referrals-contact = De qui són les recomanacions (un nom, part d'un nom o un id)
help-referrals-json = Mostra JSON
help-event = Registra un esdeveniment de la vida (un fill que fa 21 anys, una botiga nova, un trasllat): un recordatori únic el mateix dia o, amb --yearly, una data assenyalada que la revisió mostra cada any
    .example =
        kith event "Anna Puig" "En Pau fa 21 anys" --on 2027-05-03
        kith event "Anna Puig" "Obre la botiga nova" --on 2027-03-01 --before 7
        kith event "Joan Vila" "Aniversari de casament" --on 2015-06-20 --yearly
help-event-contact = De qui és l'esdeveniment (un nom, part d'un nom o un id)
help-event-label = Què passa, en poques paraules
help-event-on = El dia que passa
help-event-yearly = Torna cada any (una data assenyalada del contacte) en lloc d'una sola vegada
help-event-before = Recorda-ho aquests dies abans (un esdeveniment únic; 0 si no s'indica)
help-demo-no-referrals = Omet les recomanacions, els aniversaris de la primera compra dels propers dies i els esdeveniments de la vida
help-stats = Retenció i valor: interaccions per setmana i canal, clients guanyats, perduts i actius per mes amb el motiu de la baixa, deutes per antiguitat, compromisos complerts, millors clients, valor per tipus i etiqueta, i qui està en risc
    .example =
        kith stats
        kith stats --months 6 --weeks 8 --json
help-stats-months = Mesos de clients guanyats i perduts, l'actual l'últim
help-stats-weeks = Setmanes ISO d'interaccions, l'actual l'última
help-stats-top = Quants millors clients es llisten per moneda
help-stats-json = Mostra JSON
help-at-risk = Contactes que porten en silenci més temps del que solen (segons el seu historial o, si no, la freqüència fixada), primer els que més se n'han passat
    .example =
        kith at-risk
        kith at-risk --json
help-at-risk-limit = Llista'n com a màxim aquests (es compten tots)
help-at-risk-json = Mostra JSON
help-value = Quant valen els contactes (compres menys devolucions, per moneda): un contacte, o els millors clients i el valor per tipus i per etiqueta
    .example =
        kith value ana
        kith value --by tag --top 5
        kith value --json
help-value-who = Només aquest contacte (id o nom)
help-value-by = Només el valor per tipus o només per etiqueta
help-value-by-kind = Per tipus
help-value-by-tag = Per etiqueta
help-value-top = Quants millors clients es llisten per moneda
help-value-json = Mostra JSON
help-demo-no-retention = Omet els clients perduts (amb el motiu) i guanyats de l'any, i les devolucions
help-demo-no-occasions = Omet les ocasions locals per les quals es felicita algunes persones i etiquetes
help-celebrate = Felicita un contacte, o tots els contactes amb una etiqueta, en ocasions locals (Diwali, Holi, Durga Puja, Pohela Boishakh, Aid, Sant Jordi, La Diada, sants, anys nous): la revisió els mostra a Felicitacions. Sense ocasions, diu què li arriba al contacte i per què
    .example =
        kith celebrate "Anita Sharma" diwali holi
        kith celebrate --tag barcelona sant-jordi name-day
        kith celebrate "Anita Sharma" holi --remove
        kith celebrate "Anita Sharma"
help-celebrate-words = El contacte (un nom, part d'un nom o un id) i després els id de les ocasions; amb --tag, només les ocasions
help-celebrate-tag = Tots els contactes amb aquesta etiqueta, ara i endavant, en lloc d'un de sol
help-celebrate-remove = Treu les ocasions en lloc d'afegir-les
help-occasions = Les properes ocasions locals amb les seves dates i a qui caldrà felicitar
    .example =
        kith occasions
        kith occasions --days 90 --json
help-occasions-days = Quants dies endavant es mira
help-occasions-json = Mostra JSON
