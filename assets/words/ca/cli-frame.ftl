### The frame clap puts around kith's own help and around a command line it cannot read
### (src/cli/frame.rs): headings, the help and version options, what an option's values may be,
### and every kind of mistake on the command line, in the chosen language.

## Help headings (clap adds the colon to the last three)
frame-usage = Ús:
frame-commands = Ordres
frame-arguments = Arguments
frame-options = Opcions

## clap's own options and command
frame-help-flag = Mostra l'ajuda
    .long = Mostra l'ajuda (-h en mostra un resum)
frame-version-flag = Mostra la versió
frame-help-command = Mostra aquesta ajuda, o la de les ordres indicades

## What an option's help adds: where else its value may come from, its default, its values
frame-env = [variable d'entorn: { $var }]
frame-default = [per defecte: { $value }]
frame-values = [valors possibles: { $values }]
frame-values-heading = Valors possibles:

## A command line kith cannot read
frame-error = error:
frame-tip = consell:
frame-more = Per a més informació, proveu '{ $help }'.
frame-unknown-argument = argument inesperat '{ $arg }'
frame-pass-as-value = per passar '{ $arg }' com a valor, feu servir '-- { $arg }'
frame-unknown-command = ordre desconeguda '{ $name }'
frame-similar-command = hi ha una ordre semblant: { $names }
frame-similar-argument = hi ha una opció semblant: { $names }
frame-similar-value = hi ha un valor semblant: { $names }
frame-invalid-value = valor no vàlid '{ $value }' per a '{ $arg }'
frame-value-missing = '{ $arg }' necessita un valor, i no se n'ha donat cap
frame-missing-arguments = falten aquests arguments necessaris:
frame-missing-command = '{ $name }' necessita una ordre al darrere
frame-commands-list = [ordres: { $names }]
frame-used-twice = '{ $arg }' no es pot donar més d'una vegada
frame-conflict = '{ $arg }' no es pot fer servir amb { $other }
frame-conflict-others = les altres opcions donades
frame-no-equals = '{ $arg }' pren el valor després d'un signe igual ({ $arg }=…)
frame-too-many-values = valor inesperat '{ $value }' per a '{ $arg }': no se n'esperaven més
frame-wrong-count = '{ $arg }' pren { $expected } valors; se n'han donat { $given }
frame-bad-value = valor no vàlid '{ $value }' per a '{ $arg }': { $why }
frame-not-a-number = no és un nombre que kith pugui llegir
frame-not-utf8 = un argument no és text UTF-8 vàlid
frame-unreadable = no s'ha pogut llegir la línia d'ordres
