# Promises kept and complaints resolved: the rules, the commands' words and the review's words.

complaint-resolution-no-text = সমাধানে লিখতে হবে অভিযোগটা কীভাবে মেটানো হলো
complaint-resolution-too-large = সমাধানের লেখা 1 MiB-এর চেয়ে লম্বা
complaint-not-a-complaint = নোট { $id } কোনো অভিযোগ নয়: শুধু complaint sentiment দিয়ে লেখা নোটেরই সমাধান করা যায়
complaint-undo-resolve = { $name }-এর একটা অভিযোগের সমাধান
complaint-undo-changed = নোট { $id }-এর সমাধান

## kith promises
promises-mine = আমার দেওয়া প্রতিশ্রুতি (আমি তাঁদের দেব)
promises-theirs = আমাকে দেওয়া প্রতিশ্রুতি (তাঁরা আমাকে দেবেন)
promises-rate = সময়মতো রাখা { $on_time }, দেরিতে { $late }, দিন পেরিয়েও খোলা { $overdue }: { $rate } সময়মতো
promises-none-broken = আমার কোনো প্রতিশ্রুতি ভাঙেনি।
promises-broken = আমার ভাঙা প্রতিশ্রুতি ({ $count }):
promises-done-late = { $days } দিন দেরিতে রাখা হয়েছে
promises-still-open = এখনো খোলা, নির্ধারিত দিনের { $days } দিন পরেও
promises-more = … আরও { $count }টি

## kith complaints and kith resolve
complaints-open = খোলা অভিযোগ: { $count }
complaints-age = { $days } দিন ধরে খোলা
complaints-resolved = মেটানো হয়েছে: { $count }, মেটাতে লেগেছে মিডিয়ান { $median } দিন, গড়ে { $average } দিন
complaints-none-resolved = ওই সময়ের মধ্যে কোনো অভিযোগ মেটানো হয়নি।
complaints-resolved-one = নোট { $id }-এর অভিযোগ ({ $name }) মেটানো হয়েছে { $day } তারিখে, অভিযোগ আসার { $days } দিন পরে

## Backups
backup-resolution-field = নোট { $id }-এর সমাধানের { $field }
backup-resolution-without-note = ব্যাকআপে নোট { $id }-এর সমাধান আছে, কিন্তু নোটটা নেই

## The review
complaints-review-title = খোলা অভিযোগ
complaints-review-item = { $what } ({ $days } দিন ধরে খোলা)

## The screen
key-apologise = দিন পেরোনো আমার প্রতিশ্রুতির জন্য দুঃখপ্রকাশ
key-resolve = অভিযোগ মেটান
review-apology-not-overdue = শুধু দিন পেরোনো আমার প্রতিশ্রুতির জন্যই দুঃখপ্রকাশ করা যায়
review-apology-text = দুঃখপ্রকাশ: { $what }
review-resolve-not-a-complaint = শুধু খোলা অভিযোগই মেটানো যায়
review-resolved = অভিযোগ মেটানো হয়েছে (u চাপলে ফিরিয়ে নেওয়া যায়)
review-resolve-failed = অভিযোগ মেটানো গেল না: { $error }
question-resolve-title = অভিযোগ মেটান
question-resolve-ask = কীভাবে মেটানো হলো? { $what }
question-resolve-text = যেভাবে মেটানো হলো:
question-resolve-yes = মেটান
