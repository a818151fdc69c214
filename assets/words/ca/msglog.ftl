# The messages the status bar said, kept to be read again (the screen's `L`).
messages-title = Missatges, del més recent al més antic — { $key } tanca
messages-none = Encara no s'ha dit res.
key-messages = missatges mostrats, del més recent al més antic

# Shown dim in an empty note: how a follow-up is written inside it.
editor-capture-promise = >> divendres: enviar el pressupost
editor-capture-request = << dilluns: ens envien la factura
