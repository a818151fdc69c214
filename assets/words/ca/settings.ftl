# Your own settings: what kith says about the config file's [keys] and [theme] sections, and
# the commands that show them (`kith config`, `kith keys`, `kith man`), with their help.
# Names from the file (actions, keys, roles, colours) are arguments: they are not translated.

## A line of the config that was not used (src/tui/settings.rs, keymap/custom.rs, theme/custom.rs)

settings-at = { $path }:{ $line }: { $problem }
settings-more = { $first } (i { $more } més: `kith config show` els llista)
settings-screen-defaults = { $error }; la pantalla fa servir els valors per defecte
settings-unknown-preset = no hi ha cap predefinició «{ $name }» (les predefinicions: { $presets }); es manté la per defecte
settings-unknown-action = no hi ha cap acció «{ $name }» (`kith keys` les llista); es mantenen les per defecte
settings-unknown-action-near = no hi ha cap acció «{ $name }»: volíeu dir «{ $near }»? Es mantenen les per defecte
settings-unknown-key = «{ $name }» no és un nom de tecla (p. ex. n, C-s, Enter, ↓, F1); es mantenen les per defecte
settings-unknown-key-near = «{ $name }» no és un nom de tecla: volíeu dir «{ $near }»? Es mantenen les per defecte
settings-keys-not-text = { $name } pren les tecles com a text, p. ex. { $name } = "C-n"; es mantenen les per defecte
settings-keys-conflict = { $key } faria alhora { $action } i { $other }; es mantenen les per defecte de { $action }
settings-unknown-role = no hi ha cap rol de color «{ $name }» (els rols: { $roles })
settings-unknown-role-near = no hi ha cap rol de color «{ $name }»: volíeu dir «{ $near }»?
settings-bad-colour = { $name } = «{ $value }» no és un color (un nom com red o light-blue, de 0 a 255, o #rrggbb, i "on" davant d'un fons); es manté el per defecte

## kith config, kith keys (src/cli/settings.rs)

config-written = S'ha escrit { $path }
config-exists = { $path } ja existeix: `kith config init --force` el substitueix
config-no-path = kith no sap on va el fitxer de configuració: indiqueu-ne un amb --config o KITH_CONFIG
keys-where = on
keys-name = nom a [keys]
keys-keys = tecles
keys-what = què fa

## Help of the commands above (the ids follow cli-help.ftl's scheme)

help-config = On és el fitxer de configuració, què hi ha en vigor, i un de comentat per començar
    .example =
        kith config init
        kith config show
        kith --config ~/dotfiles/kith.toml config path
help-config-what = Què cal fer amb el fitxer de configuració
help-config-what-path = Mostra on llegeix kith el fitxer de configuració
help-config-what-show = Mostra la configuració en vigor, amb els valors per defecte, en TOML (les línies que no es poden fer servir s'indiquen a stderr)
help-config-what-init = Escriu un fitxer de configuració amb totes les opcions, comentades, allà on kith el llegeix
help-config-force = Amb init: substitueix el fitxer si ja n'hi ha un
help-keys = Mostra les tecles de la pantalla en vigor: la predefinició i les línies [keys] de la configuració
    .example =
        kith keys
        kith --config work.toml keys
help-contact-names = Els noms dels contactes que comencen per PREFIX, un per línia, per a les complecions de l'intèrpret d'ordres
    .example =
        kith contact-names -- an
help-contact-names-prefix = El que s'ha escrit del nom
help-man = Mostra la pàgina de manual de kith (roff), per a `man`
    .example =
        kith man > ~/.local/share/man/man1/kith.1
