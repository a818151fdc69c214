# Your own settings: what kith says about the config file's [keys] and [theme] sections, and
# the commands that show them (`kith config`, `kith keys`, `kith man`), with their help.
# Names from the file (actions, keys, roles, colours) are arguments: they are not translated.

## A line of the config that was not used (src/tui/settings.rs, keymap/custom.rs, theme/custom.rs)

settings-at = { $path }:{ $line }: { $problem }
settings-more = { $first } (and { $more } more: `kith config show` lists them)
settings-screen-defaults = { $error }; the screen uses the defaults
settings-unknown-preset = there is no preset '{ $name }' (the presets: { $presets }); keeping the default
settings-unknown-action = there is no action '{ $name }' (`kith keys` lists them); keeping the defaults
settings-unknown-action-near = there is no action '{ $name }': did you mean '{ $near }'? Keeping the defaults
settings-unknown-key = '{ $name }' is not a key name (e.g. n, C-s, Enter, ↓, F1); keeping the defaults
settings-unknown-key-near = '{ $name }' is not a key name: did you mean '{ $near }'? Keeping the defaults
settings-keys-not-text = { $name } takes the keys as text, e.g. { $name } = "C-n"; keeping the defaults
settings-keys-conflict = { $key } would do both { $action } and { $other }; keeping the defaults of { $action }
settings-unknown-role = there is no colour role '{ $name }' (the roles: { $roles })
settings-unknown-role-near = there is no colour role '{ $name }': did you mean '{ $near }'?
settings-bad-colour = { $name } = '{ $value }' is not a colour (a name such as red or light-blue, 0 to 255, or #rrggbb, and "on" before a background); keeping the default

## kith config, kith keys (src/cli/settings.rs)

config-written = Wrote { $path }
config-exists = { $path } exists already: `kith config init --force` replaces it
config-no-path = kith cannot tell where the config file goes: give one with --config or KITH_CONFIG
keys-where = where
keys-name = name in [keys]
keys-keys = keys
keys-what = what it does

## Help of the commands above (the ids follow cli-help.ftl's scheme)

help-config = Where the config file is, what is in force, and a commented one to start from
    .example =
        kith config init
        kith config show
        kith --config ~/dotfiles/kith.toml config path
help-config-what = What to do with the config file
help-config-what-path = Print where kith reads its config file
help-config-what-show = Print the config in force, defaults included, as TOML (lines that cannot be used are named on stderr)
help-config-what-init = Write a config file with every option, commented, where kith reads it
help-config-force = With init: replace the file if there is one
help-keys = Print the screen's keys in force: the preset and the config's [keys] lines
    .example =
        kith keys
        kith --config work.toml keys
help-contact-names = The names of the contacts whose name starts with PREFIX, one a line, for the shell completions
    .example =
        kith contact-names -- an
help-contact-names-prefix = What has been typed of the name
help-man = Print kith's manual page (roff), for `man`
    .example =
        kith man > ~/.local/share/man/man1/kith.1
