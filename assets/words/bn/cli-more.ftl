### Where the notebook and the config are, and what kith says when they are not there yet
### (src/cli/notebook.rs, src/cli/settings.rs, src/main.rs): nothing is created by surprise.

## The notebook's place: a given one must be in a folder that exists; the first write creates the file
notebook-no-folder = নোটবুক { $path }-এর জন্য { $folder } ফোল্ডারটা নেই; পাথটা দেখে নিন, অথবা `kith init { $path }` দিয়ে সেখানে একটা নোটবুক বানান
notebook-created = kith: { $path }-এ একটা নতুন নোটবুক তৈরি হয়েছে
notebook-created-screen = { $path }-এ একটা নতুন নোটবুক তৈরি হয়েছে

## kith init
init-created = { $path }-এ একটা নোটবুক তৈরি হয়েছে
init-exists = { $path }-এ আগে থেকেই একটা নোটবুক আছে; সেটা যেমন ছিল তেমনই রাখা হয়েছে

## The config file: one named with --config must be there; one that does not read gives the defaults
config-given-missing = কনফিগ ফাইল { $path } নেই; `kith --config { $path } config init` সেখানে একটা লিখে দেয়
config-defaults = kith: সতর্কতা: { $error }; ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে
