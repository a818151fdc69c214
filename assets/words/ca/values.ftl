# Els valors del quadern com els llegeix una persona: el tipus d'un contacte i el canal d'una
# interacció.

## Kinds
kind-customer = client
kind-prospect = potencial
kind-employee = empleat
kind-partner = soci
kind-supplier = proveïdor
kind-other = altre

## Channels
channel-in-person = en persona
channel-call = trucada
channel-video = vídeo
channel-email = correu
channel-message = missatge
channel-purchase = compra
channel-other = altre

## Directions
direction-promise = promesa
direction-request = petició
direction-reminder = recordatori
