# The messages the status bar said, kept to be read again (the screen's `L`).
messages-title = Messages, newest first — { $key } closes
messages-none = Nothing has been said yet.
key-messages = messages said, newest first
