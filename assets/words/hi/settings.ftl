# Your own settings: what kith says about the config file's [keys] and [theme] sections, and
# the commands that show them (`kith config`, `kith keys`, `kith man`), with their help.
# Names from the file (actions, keys, roles, colours) are arguments: they are not translated.

## A line of the config that was not used (src/tui/settings.rs, keymap/custom.rs, theme/custom.rs)

settings-at = { $path }:{ $line }: { $problem }
settings-more = { $first } ({ $more } और भी: `kith config show` इनकी सूची देता है)
settings-screen-defaults = { $error }; स्क्रीन डिफ़ॉल्ट सेटिंग्स इस्तेमाल कर रही है
settings-unknown-preset = '{ $name }' नाम का कोई preset नहीं है (presets: { $presets }); डिफ़ॉल्ट रखा गया
settings-unknown-action = '{ $name }' नाम का कोई action नहीं है (`kith keys` इनकी सूची देता है); डिफ़ॉल्ट रखे गए
settings-unknown-action-near = '{ $name }' नाम का कोई action नहीं है: क्या आपका मतलब '{ $near }' था? डिफ़ॉल्ट रखे गए
settings-unknown-key = '{ $name }' किसी की (key) का नाम नहीं है (जैसे n, C-s, Enter, ↓, F1); डिफ़ॉल्ट रखे गए
settings-unknown-key-near = '{ $name }' किसी की (key) का नाम नहीं है: क्या आपका मतलब '{ $near }' था? डिफ़ॉल्ट रखे गए
settings-keys-not-text = { $name } में कीज़ टेक्स्ट की तरह लिखें, जैसे { $name } = "C-n"; डिफ़ॉल्ट रखे गए
settings-keys-conflict = { $key } से { $action } और { $other } दोनों होंगे; { $action } के डिफ़ॉल्ट रखे गए
settings-unknown-role = '{ $name }' नाम का कोई रंग-रोल नहीं है (रोल: { $roles })
settings-unknown-role-near = '{ $name }' नाम का कोई रंग-रोल नहीं है: क्या आपका मतलब '{ $near }' था?
settings-bad-colour = { $name } = '{ $value }' रंग नहीं है (red या light-blue जैसा नाम, 0 से 255, या #rrggbb, और बैकग्राउंड से पहले "on"); डिफ़ॉल्ट रखा गया

## kith config, kith keys (src/cli/settings.rs)

config-written = { $path } लिखी गई
config-exists = { $path } पहले से है: `kith config init --force` उसे बदल देता है
config-no-path = kith नहीं बता सकता कि कॉन्फ़िग फ़ाइल कहाँ रखें: --config या KITH_CONFIG से बताएँ
keys-where = कहाँ
keys-name = [keys] में नाम
keys-keys = कीज़
keys-what = क्या करती है

## Help of the commands above (the ids follow cli-help.ftl's scheme)

help-config = कॉन्फ़िग फ़ाइल कहाँ है, अभी क्या लागू है, और शुरुआत के लिए टिप्पणियों वाली एक फ़ाइल
    .example =
        kith config init
        kith config show
        kith --config ~/dotfiles/kith.toml config path
help-config-what = कॉन्फ़िग फ़ाइल के साथ क्या करना है
help-config-what-path = दिखाएँ कि kith अपनी कॉन्फ़िग फ़ाइल कहाँ से पढ़ता है
help-config-what-show = लागू कॉन्फ़िग डिफ़ॉल्ट समेत TOML में दिखाएँ (जो पंक्तियाँ इस्तेमाल नहीं हो सकतीं वे stderr पर बताई जाती हैं)
help-config-what-init = हर विकल्प वाली, टिप्पणियों वाली कॉन्फ़िग फ़ाइल वहाँ लिखें जहाँ से kith उसे पढ़ता है
help-config-force = init के साथ: फ़ाइल पहले से हो तो उसे बदल दें
help-keys = स्क्रीन की लागू कीज़ दिखाएँ: preset और कॉन्फ़िग की [keys] पंक्तियाँ
    .example =
        kith keys
        kith --config work.toml keys
help-contact-names = उन संपर्कों के नाम जिनका नाम PREFIX से शुरू होता है, हर पंक्ति में एक, shell completions के लिए
    .example =
        kith contact-names -- an
help-contact-names-prefix = नाम का जितना हिस्सा टाइप हो चुका है
help-man = kith का manual पेज (roff) दिखाएँ, `man` के लिए
    .example =
        kith man > ~/.local/share/man/man1/kith.1
