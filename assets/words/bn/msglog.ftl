# The messages the status bar said, kept to be read again (the screen's `L`).
messages-title = বার্তা, নতুনগুলো আগে — { $key } চাপলে বন্ধ হয়
messages-none = এখনো কোনো বার্তা নেই।
key-messages = আগের বার্তা, নতুনগুলো আগে

# Shown dim in an empty note: how a follow-up is written inside it.
editor-capture-promise = >> শুক্রবার: কোটেশন পাঠাতে হবে
editor-capture-request = << সোমবার: তাঁরা ইনভয়েস পাঠাবেন
