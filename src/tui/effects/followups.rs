//! A follow-up added from the form, and one done, dropped or snoozed from the review.

use crate::clock;
use crate::say;
use crate::store::Store;
use crate::tui::action::{FollowUpChange, Report};

pub(super) fn add_followup(
    store: &Store,
    mut followup: crate::domain::FollowUp,
) -> Result<Report, String> {
    followup.created_at = clock::now();
    store
        .write(|w| w.add_followup(&mut followup))
        .map(|_| Report::FollowUpChanged {
            contact: followup.contact,
            message: say!(
                "form-followup-added",
                date = crate::words::dates::day(followup.due, crate::words::dates::DayStyle::Long)
            ),
        })
        .map_err(|e| say!("form-followup-failed", error = e.to_string()))
}

pub(super) fn change_followup(
    store: &Store,
    followup: crate::domain::FollowUpId,
    change: FollowUpChange,
) -> Result<Report, String> {
    store
        .write(|w| {
            let mut f = w.followup(followup)?;
            let now = clock::now();
            let message = match change {
                FollowUpChange::Done => {
                    f.complete(now)?;
                    say!("review-done", what = f.text.as_str())
                }
                FollowUpChange::Drop => {
                    f.drop_it(now)?;
                    say!("review-dropped", what = f.text.as_str())
                }
                FollowUpChange::SnoozeTo(day) => {
                    f.snooze_to(day)?;
                    let date = crate::words::dates::day(day, crate::words::dates::DayStyle::Short);
                    say!("review-snoozed", date = date, what = f.text.as_str())
                }
            };
            w.update_followup(&mut f)?;
            Ok(Report::FollowUpChanged {
                contact: f.contact,
                message,
            })
        })
        .map_err(|e| say!("review-change-failed", error = e.to_string()))
}
