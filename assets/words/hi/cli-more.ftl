### Where the notebook and the config are, and what kith says when they are not there yet
### (src/cli/notebook.rs, src/cli/settings.rs, src/main.rs): nothing is created by surprise.

## The notebook's place: a given one must be in a folder that exists; the first write creates the file
notebook-no-folder = नोटबुक { $path } के लिए फ़ोल्डर { $folder } मौजूद नहीं है; पाथ जाँचें, या `kith init { $path }` से वहाँ नोटबुक बनाएँ
notebook-created = kith: { $path } पर नई नोटबुक बनाई गई
notebook-created-screen = { $path } पर नई नोटबुक बनाई गई

## kith init
init-created = { $path } पर नोटबुक बनाई गई
init-exists = { $path } पर पहले से एक नोटबुक है; उसे वैसे ही छोड़ दिया गया
## The config file: one named with --config must be there; one that does not read gives the defaults
config-given-missing = कॉन्फ़िग फ़ाइल { $path } मौजूद नहीं है; `kith --config { $path } config init` वहाँ एक फ़ाइल बना देता है
config-defaults = kith: चेतावनी: { $error }; डिफ़ॉल्ट सेटिंग्स इस्तेमाल हो रही हैं
