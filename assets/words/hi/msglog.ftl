# The messages the status bar said, kept to be read again (the screen's `L`).
messages-title = संदेश, सबसे नए पहले — { $key } से बंद करें
messages-none = अभी तक कोई संदेश नहीं आया।
key-messages = पिछले संदेश, सबसे नए पहले

# Shown dim in an empty note: how a follow-up is written inside it.
editor-capture-promise = >> शुक्रवार: कोटेशन भेजना है
editor-capture-request = << सोम: वे इनवॉइस भेजेंगे
