# The messages the status bar said, kept to be read again (the screen's `L`).
messages-title = Messages, newest first — { $key } closes
messages-none = Nothing has been said yet.
key-messages = messages said, newest first

# Shown dim in an empty note: how a follow-up is written inside it.
editor-capture-promise = >> fri: send the quote
editor-capture-request = << mon: they send the invoice
