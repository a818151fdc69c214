### Where the notebook and the config are, and what kith says when they are not there yet
### (src/cli/notebook.rs, src/cli/settings.rs, src/main.rs): nothing is created by surprise.

## The notebook's place: a given one must be in a folder that exists; the first write creates the file
notebook-no-folder = there is no folder { $folder } for the notebook { $path }; check the path, or make a notebook there with `kith init { $path }`
notebook-created = kith: created a new notebook at { $path }
notebook-created-screen = Created a new notebook at { $path }

## kith init
init-created = Created a notebook at { $path }
init-exists = There is a notebook at { $path } already; it was left as it is

## The config file: one named with --config must be there; one that does not read gives the defaults
config-given-missing = there is no config file { $path }; `kith --config { $path } config init` writes one there
config-defaults = kith: warning: { $error }; using the defaults
