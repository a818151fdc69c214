# নোটবুকের মান যেভাবে মানুষ পড়ে: কন্টাক্টের ধরন আর যোগাযোগের মাধ্যম।

## Kinds
kind-customer = ক্রেতা
kind-prospect = সম্ভাব্য ক্রেতা
kind-employee = কর্মী
kind-partner = অংশীদার
kind-supplier = সরবরাহকারী
kind-other = অন্যান্য

## Channels
channel-in-person = সামনাসামনি
channel-call = কল
channel-video = ভিডিও
channel-email = ইমেল
channel-message = বার্তা
channel-purchase = কেনাকাটা
channel-other = অন্যান্য

## Directions
direction-promise = প্রতিশ্রুতি
direction-request = অনুরোধ
direction-reminder = মনে করানো
