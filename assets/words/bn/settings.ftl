# Your own settings: what kith says about the config file's [keys] and [theme] sections, and
# the commands that show them (`kith config`, `kith keys`, `kith man`), with their help.
# Names from the file (actions, keys, roles, colours) are arguments: they are not translated.

## A line of the config that was not used (src/tui/settings.rs, keymap/custom.rs, theme/custom.rs)

settings-at = { $path }:{ $line }: { $problem }
settings-more = { $first } (আর আরও { $more }টি: `kith config show` সবগুলো দেখায়)
settings-screen-defaults = { $error }; স্ক্রিন ডিফল্ট সেটিংস ব্যবহার করছে
settings-unknown-preset = '{ $name }' নামে কোনো প্রিসেট নেই (প্রিসেটগুলো: { $presets }); ডিফল্টটাই রাখা হচ্ছে
settings-unknown-action = '{ $name }' নামে কোনো অ্যাকশন নেই (`kith keys` সবগুলো দেখায়); ডিফল্টগুলোই রাখা হচ্ছে
settings-unknown-action-near = '{ $name }' নামে কোনো অ্যাকশন নেই: আপনি কি '{ $near }' বোঝাতে চেয়েছেন? ডিফল্টগুলোই রাখা হচ্ছে
settings-unknown-key = '{ $name }' কোনো কী-এর নাম নয় (যেমন n, C-s, Enter, ↓, F1); ডিফল্টগুলোই রাখা হচ্ছে
settings-unknown-key-near = '{ $name }' কোনো কী-এর নাম নয়: আপনি কি '{ $near }' বোঝাতে চেয়েছেন? ডিফল্টগুলোই রাখা হচ্ছে
settings-keys-not-text = { $name }-এ কী লেখা হিসেবে দিতে হয়, যেমন { $name } = "C-n"; ডিফল্টগুলোই রাখা হচ্ছে
settings-keys-conflict = { $key } দিয়ে { $action } আর { $other } দুটোই হয়ে যাবে; { $action }-এর ডিফল্টগুলোই রাখা হচ্ছে
settings-unknown-role = '{ $name }' নামে কোনো রঙের ভূমিকা নেই (ভূমিকাগুলো: { $roles })
settings-unknown-role-near = '{ $name }' নামে কোনো রঙের ভূমিকা নেই: আপনি কি '{ $near }' বোঝাতে চেয়েছেন?
settings-bad-colour = { $name } = '{ $value }' কোনো রং নয় (red বা light-blue-এর মতো নাম, 0 থেকে 255, বা #rrggbb, আর ব্যাকগ্রাউন্ডের আগে "on"); ডিফল্টটাই রাখা হচ্ছে

## kith config, kith keys (src/cli/settings.rs)

config-written = { $path } লেখা হয়েছে
config-exists = { $path } আগে থেকেই আছে: `kith config init --force` এটা বদলে দেয়
config-no-path = কনফিগ ফাইল কোথায় যাবে kith বুঝতে পারছে না: --config বা KITH_CONFIG দিয়ে একটা দিন
keys-where = কোথায়
keys-name = [keys]-এ নাম
keys-keys = কী
keys-what = কাজ

## Help of the commands above (the ids follow cli-help.ftl's scheme)

help-config = কনফিগ ফাইল কোথায়, কী কী চালু আছে, আর শুরু করার জন্য মন্তব্যসহ একটা ফাইল
    .example =
        kith config init
        kith config show
        kith --config ~/dotfiles/kith.toml config path
help-config-what = কনফিগ ফাইল নিয়ে কী করবেন
help-config-what-path = kith কোথা থেকে কনফিগ ফাইল পড়ে তা দেখান
help-config-what-show = এখন চালু কনফিগ, ডিফল্টসহ, TOML হিসেবে দেখান (যে লাইনগুলো ব্যবহার করা যায় না সেগুলোর নাম stderr-এ দেওয়া হয়)
help-config-what-init = যেখান থেকে kith পড়ে সেখানে প্রতিটা অপশনসহ, মন্তব্য করা একটা কনফিগ ফাইল লিখুন
help-config-force = init-এর সাথে: ফাইল থাকলে সেটা বদলে দিন
help-keys = স্ক্রিনের চালু কী-গুলো দেখান: প্রিসেট আর কনফিগের [keys] লাইনগুলো
    .example =
        kith keys
        kith --config work.toml keys
help-contact-names = যেসব কন্টাক্টের নাম PREFIX দিয়ে শুরু, তাঁদের নাম, প্রতি লাইনে একটা, শেল কমপ্লিশনের জন্য
    .example =
        kith contact-names -- an
help-contact-names-prefix = নামের যতটুকু টাইপ করা হয়েছে
help-man = kith-এর ম্যানুয়াল পেজ (roff) দেখান, `man`-এর জন্য
    .example =
        kith man > ~/.local/share/man/man1/kith.1
