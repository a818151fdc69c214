### CardDAV सर्वर के साथ दोनों ओर सिंक (src/sync/, src/cli/sync.rs): खाता, सिंक ने क्या किया,
### किसने उसे रोका, और उसने कौन-से टकराव रखे।

## खाता
sync-no-account = सिंक करने के लिए कोई सर्वर नहीं: `--url URL --user NAME --password-cmd CMD` दें, या कॉन्फ़िग में [sync] के नीचे url, user और password_cmd लिखें
sync-no-password = { $user } का कोई पासवर्ड नहीं: `--password-cmd CMD` दें, कॉन्फ़िग में [sync] के नीचे password_cmd लिखें, या KITH_SYNC_PASSWORD सेट करें
sync-password-failed = पासवर्ड कमांड `{ $command }` विफल रहा: { $error }
sync-bad-url = { $url } किसी सर्वर का पता नहीं है: https://dav.example.com/ जैसा पता दें

## सिंक किसने रोका
sync-wrong-credentials = { $url } के लिए ग़लत उपयोगकर्ता या पासवर्ड
sync-unreachable = { $url } तक नहीं पहुँच सके: { $error }; बदलाव अगले सिंक के लिए कतार में रहते हैं
sync-no-address-book = { $url } पर कोई पता-पुस्तिका नहीं है, और kith एक बना नहीं सका: वहाँ एक बनाएँ, या --url से उसका पता दें
sync-server = { $url } ने जवाब दिया: { $said }
sync-refused = सर्वर ने { $name } को अस्वीकार किया: { $status } { $said }
sync-some-refused = { $count ->
    [one] { $count } संपर्क
   *[other] { $count } संपर्क
} सर्वर ने अस्वीकार किए (ऊपर नाम दिए हैं); वे कतार में रहते हैं
sync-unreadable = सर्वर पर { $href } पढ़ा नहीं जा सका: { $error }; वह वहाँ जैसा है वैसा रहता है

## सिंक ने क्या किया
sync-nothing = कुछ नहीं बदला ({ $requests ->
    [one] { $requests } अनुरोध
   *[other] { $requests } अनुरोध
})
sync-done = भेजे { $sent }, पाए { $received }, मिटाए { $deleted }, संग्रहित { $archived } ({ $requests ->
    [one] { $requests } अनुरोध
   *[other] { $requests } अनुरोध
})
# सर्वर पर मिटाए गए संपर्क को संग्रहित करने का कारण (kith उसे मिटाने के बजाय संग्रहित करता है)।
sync-deleted-remotely = सर्वर पर मिटाया गया

## टकराव: यहाँ और सर्वर दोनों पर बदला
sync-conflicts-waiting = { $count ->
    [one] { $count } संपर्क
   *[other] { $count } संपर्क
} यहाँ और सर्वर दोनों पर बदले गए: `kith sync --conflicts` देखें
sync-no-conflicts = कोई टकराव नहीं।
sync-conflict = { $id }  { $name }: यहाँ और सर्वर दोनों पर बदला गया
sync-conflict-mine = मेरा:   { $line }
sync-conflict-theirs = उनका: { $line }
sync-conflicts-hint = एक संस्करण रखें: `kith sync --resolve CONTACT --keep mine` या `--keep theirs`
sync-no-conflict = { $name } का सुलझाने लायक कोई टकराव नहीं है
sync-kept-mine = { $name } का आपका संस्करण रखा; वह अगले सिंक में भेजा जाएगा
sync-kept-theirs = { $name } का सर्वर वाला संस्करण लिया; `kith undo` आपका वापस लाता है
