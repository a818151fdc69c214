### What kith says of the last pieces of its open issues: the config file KITH_CONFIG names.

## The config file: one named by KITH_CONFIG must be there, as one named with --config
config-variable-missing = there is no config file { $path } (named by KITH_CONFIG); `kith config init` writes one there
