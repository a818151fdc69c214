### What kith says of the last pieces of its open issues: the config file KITH_CONFIG names,
### and the screen's archive key on a contact archived already.

## The config file: one named by KITH_CONFIG must be there, as one named with --config
config-variable-missing = no hi ha cap fitxer de configuració { $path } (indicat per KITH_CONFIG); `kith config init` n'hi escriu un

## The screen's archive key (`A`) on a contact that is archived already (opened from the archived list)
finish-archived-already = { $name } ja és a l'arxiu; { $key } el treu de l'arxiu
