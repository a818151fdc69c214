### What kith says of the last pieces of its open issues: the config file KITH_CONFIG names,
### and the screen's archive key on a contact archived already.

## The config file: one named by KITH_CONFIG must be there, as one named with --config
config-variable-missing = কনফিগ ফাইল { $path } নেই (KITH_CONFIG-এ এই নাম দেওয়া আছে); `kith config init` সেখানে একটা লিখে দেয়

## The screen's archive key (`A`) on a contact that is archived already (opened from the archived list)
finish-archived-already = { $name } আগেই আর্কাইভে আছেন; { $key } চাপলে আর্কাইভ থেকে বের করে আনা যায়
