### What kith says of the last pieces of its open issues: the config file KITH_CONFIG names,
### and the screen's archive key on a contact archived already.

## The config file: one named by KITH_CONFIG must be there, as one named with --config
config-variable-missing = कॉन्फ़िग फ़ाइल { $path } (जो KITH_CONFIG में दी गई है) मौजूद नहीं है; `kith config init` वहाँ एक फ़ाइल बना देता है

## The screen's archive key (`A`) on a contact that is archived already (opened from the archived list)
finish-archived-already = { $name } पहले से आर्काइव में हैं; { $key } उन्हें आर्काइव से बाहर निकालता है
