### The frame clap puts around kith's own help and around a command line it cannot read
### (src/cli/frame.rs): headings, the help and version options, what an option's values may be,
### and every kind of mistake on the command line, in the chosen language.

## Help headings (clap adds the colon to the last three)
frame-usage = उपयोग:
frame-commands = कमांड
frame-arguments = आर्ग्युमेंट
frame-options = विकल्प

## clap's own options and command
frame-help-flag = सहायता दिखाएँ
    .long = सहायता दिखाएँ (सारांश के लिए '-h')
frame-version-flag = संस्करण दिखाएँ
frame-help-command = यह सहायता, या दिए गए कमांड की सहायता दिखाएँ

## What an option's help adds: where else its value may come from, its default, its values
frame-env = [एनवायरनमेंट वेरिएबल: { $var }]
frame-default = [डिफ़ॉल्ट: { $value }]
frame-values = [संभव मान: { $values }]
frame-values-heading = संभव मान:

## A command line kith cannot read
frame-error = त्रुटि:
frame-tip = सुझाव:
frame-more = अधिक जानकारी के लिए '{ $help }' आज़माएँ।
frame-unknown-argument = अनपेक्षित आर्ग्युमेंट '{ $arg }'
frame-pass-as-value = '{ $arg }' को मान के रूप में देने के लिए '-- { $arg }' लिखें
frame-unknown-command = अज्ञात कमांड '{ $name }'
frame-similar-command = मिलता-जुलता कमांड मौजूद है: { $names }
frame-similar-argument = मिलता-जुलता विकल्प मौजूद है: { $names }
frame-similar-value = मिलता-जुलता मान मौजूद है: { $names }
frame-invalid-value = '{ $arg }' के लिए अमान्य मान '{ $value }'
frame-value-missing = '{ $arg }' को एक मान चाहिए, और कोई मान नहीं दिया गया
frame-missing-arguments = ये ज़रूरी हैं और दिए नहीं गए:
frame-missing-command = '{ $name }' के बाद एक कमांड चाहिए
frame-commands-list = [कमांड: { $names }]
frame-used-twice = '{ $arg }' एक से अधिक बार नहीं दिया जा सकता
frame-conflict = '{ $arg }' का उपयोग { $other } के साथ नहीं हो सकता
frame-conflict-others = दिए गए दूसरे विकल्प
frame-no-equals = '{ $arg }' का मान बराबर के चिह्न के बाद आता है ({ $arg }=…)
frame-too-many-values = '{ $arg }' के लिए अनपेक्षित मान '{ $value }': और मान अपेक्षित नहीं थे
frame-wrong-count = '{ $arg }' { $expected } मान लेता है; { $given } दिए गए
frame-bad-value = '{ $arg }' के लिए अमान्य मान '{ $value }': { $why }
frame-not-a-number = यह ऐसी संख्या नहीं है जिसे kith पढ़ सके
frame-not-utf8 = एक आर्ग्युमेंट मान्य UTF-8 टेक्स्ट नहीं है
frame-unreadable = कमांड लाइन पढ़ी नहीं जा सकी
