# What the screen says to reach everything it counts or holds: the rest of a review section,
# the archived contacts, and every field of a contact in its form.

## The review
# On the selected "… and N more" row: the key that reads the rest.
reach-review-more-open = { $key } से बाक़ी देखें

## The archived contacts
key-show-archived = आर्काइव किए संपर्क, या फिर इस्तेमाल वाले
key-restore-contact = आर्काइव किया संपर्क वापस लाएँ
reach-list-title-archived = आर्काइव ({ $total })
reach-archived-shown = आर्काइव किए संपर्क: { $restore } से वापस लाएँ, { $key } से लौटें
reach-in-use-shown = इस्तेमाल वाले संपर्क ({ $key } से आर्काइव वाले देखें)
reach-restore-none = सिर्फ़ आर्काइव किया संपर्क वापस लाया जा सकता है: { $key } उनकी सूची दिखाता है
reach-restore-title = वापस लाएँ
reach-restore-ask = { $name } को आर्काइव से बाहर निकालें?
reach-restore-yes = वापस लाएँ
reach-restored = { $name } वापस लाए गए
reach-restore-failed = वापस नहीं लाया जा सका: { $error }

## The contact form's second page
reach-form-page = { $page }/{ $pages }
reach-form-grade = ग्रेड
reach-form-interests = रुचियाँ
reach-form-how-met = कैसे मिले
reach-form-occasions = ख़ास मौक़े
reach-form-profile = प्रोफ़ाइल
reach-form-hint-grade = रिश्ता कितना मज़बूत है, 1 से 10
reach-form-hint-occasions = label=date, कॉमा से अलग: anniversary=2019-06-01
reach-form-hint-profile = पंक्तियाँ बनी रहती हैं; Tab से बाहर
reach-form-grade-not-a-number = '{ $input }' ग्रेड नहीं है: 1 से 10 तक की संख्या दें
reach-form-referred-by = किसने रेफ़र किया
reach-form-hint-referred-by = नाम या #id; सेव करते समय ढूँढा जाता है
