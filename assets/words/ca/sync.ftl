### Sincronització en els dos sentits amb un servidor CardDAV (src/sync/, src/cli/sync.rs): el compte,
### què ha fet una sincronització, què l'ha aturada i els conflictes que ha conservat.

## El compte
sync-no-account = no hi ha cap servidor amb què sincronitzar: indica `--url URL --user NAME --password-cmd CMD`, o posa url, user i password_cmd a [sync] de la configuració
sync-no-password = no hi ha contrasenya per a { $user }: indica `--password-cmd CMD`, posa password_cmd a [sync] de la configuració, o defineix KITH_SYNC_PASSWORD
sync-password-failed = l'ordre de la contrasenya `{ $command }` ha fallat: { $error }
sync-bad-url = { $url } no és l'adreça d'un servidor: indica'n una com https://dav.example.com/

## Què ha aturat una sincronització
sync-wrong-credentials = usuari o contrasenya incorrectes per a { $url }
sync-unreachable = no es pot arribar a { $url }: { $error }; els canvis queden a la cua per a la propera sincronització
sync-no-address-book = { $url } no té cap llibreta d'adreces, i kith no n'ha pogut crear cap: crea-n'hi una, o indica'n l'adreça amb --url
sync-server = { $url } ha respost: { $said }
sync-refused = el servidor ha rebutjat { $name }: { $status } { $said }
sync-some-refused = { $count ->
    [one] El servidor ha rebutjat { $count } contacte
   *[other] El servidor ha rebutjat { $count } contactes
} (amb el nom a dalt); queden a la cua
sync-unreadable = no s'ha pogut llegir { $href } al servidor: { $error }; s'hi queda tal com és

## Què ha fet una sincronització
sync-nothing = No ha canviat res ({ $requests ->
    [one] { $requests } petició
   *[other] { $requests } peticions
})
sync-done = Enviats { $sent }, rebuts { $received }, esborrats { $deleted }, arxivats { $archived } ({ $requests ->
    [one] { $requests } petició
   *[other] { $requests } peticions
})
# El motiu d'arxivar un contacte esborrat al servidor (kith l'arxiva en lloc d'esborrar-lo).
sync-deleted-remotely = esborrat al servidor

## Conflictes: canviats aquí i al servidor
sync-conflicts-waiting = { $count ->
    [one] { $count } contacte ha canviat
   *[other] { $count } contactes han canviat
} aquí i al servidor: mira `kith sync --conflicts`
sync-no-conflicts = Cap conflicte.
sync-conflict = { $id }  { $name }: ha canviat aquí i al servidor
sync-conflict-mine = meu:    { $line }
sync-conflict-theirs = seu:    { $line }
sync-conflicts-hint = Conserva'n una versió amb `kith sync --resolve CONTACT --keep mine` o `--keep theirs`
sync-no-conflict = { $name } no té cap conflicte per resoldre
sync-kept-mine = S'ha conservat la teva versió de { $name }; s'envia a la propera sincronització
sync-kept-theirs = S'ha pres la versió del servidor de { $name }; `kith undo` torna la teva
