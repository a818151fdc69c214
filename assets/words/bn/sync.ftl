### CardDAV সার্ভারের সঙ্গে দুই দিকে সিঙ্ক (src/sync/, src/cli/sync.rs): অ্যাকাউন্ট, সিঙ্ক কী করল,
### কী তাকে থামাল, আর কোন সংঘাত সে রেখে দিল।

## অ্যাকাউন্ট
sync-no-account = সিঙ্ক করার মতো কোনো সার্ভার নেই: `--url URL --user NAME --password-cmd CMD` দিন, বা কনফিগে [sync]-এর নিচে url, user আর password_cmd লিখুন
sync-no-password = { $user }-এর কোনো পাসওয়ার্ড নেই: `--password-cmd CMD` দিন, কনফিগে [sync]-এর নিচে password_cmd লিখুন, বা KITH_SYNC_PASSWORD সেট করুন
sync-password-failed = পাসওয়ার্ডের কমান্ড `{ $command }` ব্যর্থ হয়েছে: { $error }
sync-bad-url = { $url } কোনো সার্ভারের ঠিকানা নয়: https://dav.example.com/-এর মতো একটি দিন

## কী সিঙ্ক থামাল
sync-wrong-credentials = { $url }-এর জন্য ভুল ব্যবহারকারী বা পাসওয়ার্ড
sync-unreachable = { $url }-এ পৌঁছানো যাচ্ছে না: { $error }; বদলগুলো পরের সিঙ্কের জন্য সারিতে থাকে
sync-no-address-book = { $url }-এ কোনো ঠিকানা-বই নেই, আর kith একটি বানাতে পারেনি: সেখানে একটি বানান, বা --url দিয়ে তার ঠিকানা দিন
sync-server = { $url } উত্তর দিয়েছে: { $said }
sync-refused = সার্ভার { $name }-কে ফিরিয়ে দিয়েছে: { $status } { $said }
sync-some-refused = { $count ->
    [one] { $count }টি পরিচিতি
   *[other] { $count }টি পরিচিতি
} সার্ভার ফিরিয়ে দিয়েছে (নাম ওপরে); সেগুলো সারিতে থাকে
sync-unreadable = সার্ভারে { $href } পড়া গেল না: { $error }; সেটি যেমন আছে তেমনই থাকে

## সিঙ্ক কী করল
sync-nothing = কিছুই বদলায়নি ({ $requests ->
    [one] { $requests }টি অনুরোধ
   *[other] { $requests }টি অনুরোধ
})
sync-done = পাঠানো { $sent }, পাওয়া { $received }, মোছা { $deleted }, আর্কাইভ { $archived } ({ $requests ->
    [one] { $requests }টি অনুরোধ
   *[other] { $requests }টি অনুরোধ
})
# সার্ভারে মোছা পরিচিতি আর্কাইভ করার কারণ (kith সেটি মোছে না, আর্কাইভ করে)।
sync-deleted-remotely = সার্ভারে মোছা হয়েছে

## সংঘাত: এখানে ও সার্ভারে দুই জায়গাতেই বদলেছে
sync-conflicts-waiting = { $count ->
    [one] { $count }টি পরিচিতি
   *[other] { $count }টি পরিচিতি
} এখানে ও সার্ভারে দুই জায়গাতেই বদলেছে: `kith sync --conflicts` দেখুন
sync-no-conflicts = কোনো সংঘাত নেই।
sync-conflict = { $id }  { $name }: এখানে ও সার্ভারে দুই জায়গাতেই বদলেছে
sync-conflict-mine = আমার:   { $line }
sync-conflict-theirs = ওদের: { $line }
sync-conflicts-hint = একটি সংস্করণ রাখুন: `kith sync --resolve CONTACT --keep mine` বা `--keep theirs`
sync-no-conflict = { $name }-এর মেটানোর মতো কোনো সংঘাত নেই
sync-kept-mine = { $name }-এর আপনার সংস্করণ রাখা হল; পরের সিঙ্কে পাঠানো হবে
sync-kept-theirs = { $name }-এর সার্ভারের সংস্করণ নেওয়া হল; `kith undo` আপনারটি ফিরিয়ে আনে
