### The frame clap puts around kith's own help and around a command line it cannot read
### (src/cli/frame.rs): headings, the help and version options, what an option's values may be,
### and every kind of mistake on the command line, in the chosen language.

## Help headings (clap adds the colon to the last three)
frame-usage = ব্যবহার:
frame-commands = কমান্ড
frame-arguments = আর্গুমেন্ট
frame-options = বিকল্প

## clap's own options and command
frame-help-flag = সাহায্য দেখান
    .long = সাহায্য দেখান (সারাংশের জন্য '-h')
frame-version-flag = সংস্করণ দেখান
frame-help-command = এই সাহায্য, বা দেওয়া কমান্ডের সাহায্য দেখান

## What an option's help adds: where else its value may come from, its default, its values
frame-env = [এনভায়রনমেন্ট ভেরিয়েবল: { $var }]
frame-default = [ডিফল্ট: { $value }]
frame-values = [সম্ভাব্য মান: { $values }]
frame-values-heading = সম্ভাব্য মান:

## A command line kith cannot read
frame-error = ত্রুটি:
frame-tip = পরামর্শ:
frame-more = আরও জানতে '{ $help }' চেষ্টা করুন।
frame-unknown-argument = অপ্রত্যাশিত আর্গুমেন্ট '{ $arg }'
frame-pass-as-value = '{ $arg }' মান হিসেবে দিতে '-- { $arg }' লিখুন
frame-unknown-command = অজানা কমান্ড '{ $name }'
frame-similar-command = কাছাকাছি একটা কমান্ড আছে: { $names }
frame-similar-argument = কাছাকাছি একটা বিকল্প আছে: { $names }
frame-similar-value = কাছাকাছি একটা মান আছে: { $names }
frame-invalid-value = '{ $arg }'-এর জন্য অবৈধ মান '{ $value }'
frame-value-missing = '{ $arg }'-এর একটা মান দরকার, কিন্তু কোনো মান দেওয়া হয়নি
frame-missing-arguments = এগুলো দরকার, কিন্তু দেওয়া হয়নি:
frame-missing-command = '{ $name }'-এর পরে একটা কমান্ড দরকার
frame-commands-list = [কমান্ড: { $names }]
frame-used-twice = '{ $arg }' একবারের বেশি দেওয়া যায় না
frame-conflict = '{ $arg }' { $other }-এর সঙ্গে ব্যবহার করা যায় না
frame-conflict-others = দেওয়া অন্য বিকল্পগুলো
frame-no-equals = '{ $arg }'-এর মান সমান চিহ্নের পরে আসে ({ $arg }=…)
frame-too-many-values = '{ $arg }'-এর জন্য অপ্রত্যাশিত মান '{ $value }': আর কোনো মান প্রত্যাশিত ছিল না
frame-wrong-count = '{ $arg }' { $expected }টি মান নেয়; { $given }টি দেওয়া হয়েছে
frame-bad-value = '{ $arg }'-এর জন্য অবৈধ মান '{ $value }': { $why }
frame-not-a-number = এটা এমন সংখ্যা নয় যা kith পড়তে পারে
frame-not-utf8 = একটা আর্গুমেন্ট বৈধ UTF-8 লেখা নয়
frame-unreadable = কমান্ড লাইন পড়া গেল না
