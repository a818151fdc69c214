# What the screen says to reach everything it counts or holds: the rest of a review section,
# the archived contacts, and every field of a contact in its form.

## The review
# On the selected "… and N more" row: the key that reads the rest.
reach-review-more-open = { $key } shows them
