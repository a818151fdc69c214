### What kith says of the last pieces of its open issues: the config file KITH_CONFIG names,
### and the screen's archive key on a contact archived already.

## The config file: one named by KITH_CONFIG must be there, as one named with --config
config-variable-missing = there is no config file { $path } (named by KITH_CONFIG); `kith config init` writes one there

## The screen's archive key (`A`) on a contact that is archived already (opened from the archived list)
finish-archived-already = { $name } is archived already; { $key } takes them out of the archive
