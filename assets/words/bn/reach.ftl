# What the screen says to reach everything it counts or holds: the rest of a review section,
# the archived contacts, and every field of a contact in its form.

## The review
# On the selected "… and N more" row: the key that reads the rest.
reach-review-more-open = { $key } চাপলে সবগুলো দেখায়

## The archived contacts
key-show-archived = আর্কাইভ করা কন্টাক্ট, বা আবার চালুগুলো
key-restore-contact = আর্কাইভ করা কন্টাক্ট ফিরিয়ে আনুন
reach-list-title-archived = আর্কাইভ ({ $total })
reach-archived-shown = আর্কাইভ করা কন্টাক্ট: { $restore } চাপলে একটা ফিরিয়ে আনে, { $key } চাপলে ফিরে যায়
reach-in-use-shown = চালু কন্টাক্ট ({ $key } চাপলে আর্কাইভ করাগুলো দেখায়)
reach-restore-none = শুধু আর্কাইভ করা কন্টাক্টই ফিরিয়ে আনা যায়: { $key } চাপলে তালিকা দেখায়
reach-restore-title = ফিরিয়ে আনুন
reach-restore-ask = { $name }-কে আর্কাইভ থেকে বের করবেন?
reach-restore-yes = ফিরিয়ে আনুন
reach-restored = { $name }-কে ফিরিয়ে আনা হয়েছে
reach-restore-failed = ফিরিয়ে আনা গেল না: { $error }

## The contact form's second page
reach-form-page = { $page }/{ $pages }
reach-form-grade = গ্রেড
reach-form-interests = আগ্রহ
reach-form-how-met = কীভাবে পরিচয়
reach-form-occasions = বিশেষ দিন
reach-form-profile = প্রোফাইল
reach-form-hint-grade = সম্পর্ক কতটা গভীর, 1 থেকে 10
reach-form-hint-occasions = label=date, কমা দিয়ে আলাদা: বিবাহবার্ষিকী=2019-06-01
reach-form-hint-profile = লাইনগুলো থাকে; Tab চাপলে বেরোয়
reach-form-grade-not-a-number = '{ $input }' কোনো গ্রেড নয়: 1 থেকে 10-এর মধ্যে একটা সংখ্যা দিন
reach-form-referred-by = রেফার করেছেন
reach-form-hint-referred-by = একটা নাম বা #id; সেভ করার সময় খোঁজা হয়
