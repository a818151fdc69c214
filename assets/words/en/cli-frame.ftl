### The frame clap puts around kith's own help and around a command line it cannot read
### (src/cli/frame.rs): headings, the help and version options, what an option's values may be,
### and every kind of mistake on the command line, in the chosen language.

## Help headings (clap adds the colon to the last three)
frame-usage = Usage:
frame-commands = Commands
frame-arguments = Arguments
frame-options = Options

## clap's own options and command
frame-help-flag = Print help
    .long = Print help (see a summary with '-h')
frame-version-flag = Print version
frame-help-command = Print this help, or the help of the given command

## What an option's help adds: where else its value may come from, its default, its values
frame-env = [environment: { $var }]
frame-default = [default: { $value }]
frame-values = [possible values: { $values }]
frame-values-heading = Possible values:

## A command line kith cannot read
frame-error = error:
frame-tip = tip:
frame-more = For more information, try '{ $help }'.
frame-unknown-argument = unexpected argument '{ $arg }'
frame-pass-as-value = to pass '{ $arg }' as a value, use '-- { $arg }'
frame-unknown-command = unknown command '{ $name }'
frame-similar-command = a similar command exists: { $names }
frame-similar-argument = a similar option exists: { $names }
frame-similar-value = a similar value exists: { $names }
frame-invalid-value = invalid value '{ $value }' for '{ $arg }'
frame-value-missing = '{ $arg }' needs a value, and none was given
frame-missing-arguments = these are needed and were not given:
frame-missing-command = '{ $name }' needs a command after it
frame-commands-list = [commands: { $names }]
frame-used-twice = '{ $arg }' cannot be given more than once
frame-conflict = '{ $arg }' cannot be used with { $other }
frame-conflict-others = the other options given
frame-no-equals = '{ $arg }' takes its value after an equals sign ({ $arg }=…)
frame-too-many-values = unexpected value '{ $value }' for '{ $arg }': no more were expected
frame-wrong-count = '{ $arg }' takes { $expected } values; { $given } given
frame-bad-value = invalid value '{ $value }' for '{ $arg }': { $why }
frame-not-a-number = not a number kith can read
frame-not-utf8 = an argument is not valid UTF-8 text
frame-unreadable = the command line could not be read
