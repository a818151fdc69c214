### Where the notebook and the config are, and what kith says when they are not there yet
### (src/cli/notebook.rs, src/cli/settings.rs, src/main.rs): nothing is created by surprise.

## The notebook's place: a given one must be in a folder that exists; the first write creates the file
notebook-no-folder = no hi ha cap carpeta { $folder } per a la llibreta { $path }; comproveu el camí o creeu-hi una llibreta amb `kith init { $path }`
notebook-created = kith: s'ha creat una llibreta nova a { $path }
notebook-created-screen = S'ha creat una llibreta nova a { $path }

## kith init
init-created = S'ha creat una llibreta a { $path }
init-exists = Ja hi ha una llibreta a { $path }; s'ha deixat tal com era

## The config file: one named with --config must be there; one that does not read gives the defaults
config-given-missing = no hi ha cap fitxer de configuració { $path }; `kith --config { $path } config init` n'hi escriu un
config-defaults = kith: avís: { $error }; s'utilitzen els valors per defecte
