# What the screen says to reach everything it counts or holds: the rest of a review section,
# the archived contacts, and every field of a contact in its form.

## The review
# On the selected "… and N more" row: the key that reads the rest.
reach-review-more-open = { $key } shows them

## The archived contacts
key-show-archived = archived contacts, or those in use again
key-restore-contact = restore the archived contact
reach-list-title-archived = Archived ({ $total })
reach-archived-shown = The archived contacts: { $restore } restores one, { $key } goes back
reach-in-use-shown = The contacts in use ({ $key } shows the archived ones)
reach-restore-none = Only an archived contact can be restored: { $key } lists them
reach-restore-title = Restore
reach-restore-ask = Take { $name } out of the archive?
reach-restore-yes = restore
reach-restored = Restored { $name }
reach-restore-failed = Could not restore: { $error }

## The contact form's second page
reach-form-page = { $page }/{ $pages }
reach-form-grade = Grade
reach-form-interests = Interests
reach-form-how-met = How we met
reach-form-occasions = Occasions
reach-form-profile = Profile
reach-form-hint-grade = how strong the relationship is, 1 to 10
reach-form-hint-occasions = label=date, comma-separated: anniversary=2019-06-01
reach-form-hint-profile = its lines are kept; Tab leaves it
reach-form-grade-not-a-number = '{ $input }' is not a grade: a number from 1 to 10
reach-form-referred-by = Referred by
reach-form-hint-referred-by = a name or #id; found when saved
