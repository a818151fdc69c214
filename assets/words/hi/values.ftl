# नोटबुक के मान जैसे लोग पढ़ते हैं: संपर्क का प्रकार और बातचीत का माध्यम।

## Kinds
kind-customer = ग्राहक
kind-prospect = संभावित ग्राहक
kind-employee = कर्मचारी
kind-partner = साझेदार
kind-supplier = आपूर्तिकर्ता
kind-other = अन्य

## Channels
channel-in-person = आमने-सामने
channel-call = कॉल
channel-video = वीडियो
channel-email = ईमेल
channel-message = संदेश
channel-purchase = ख़रीद
channel-other = अन्य

## Directions
direction-promise = वादा
direction-request = माँग
direction-reminder = याद
