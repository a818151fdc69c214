# The notebook's values as a person reads them: a contact's kind, an interaction's channel and a
# follow-up's direction, on the screen and in what the command line says (`said` in
# domain/contact, domain/interaction and domain/followup).
# The words typed on the command line (`--kind customer`, `--channel in_person`) stay English.

## Kinds
kind-customer = customer
kind-prospect = prospect
kind-employee = employee
kind-partner = partner
kind-supplier = supplier
kind-other = other

## Channels
channel-in-person = in person
channel-call = call
channel-video = video
channel-email = email
channel-message = message
channel-purchase = purchase
channel-other = other

## Directions
direction-promise = promise
direction-request = request
direction-reminder = reminder
