//! The review's write for thanks: a referrer's promise to thank them, due today, or a note
//! that greetings were sent, each with the thanks record that takes the item out of the review,
//! in one write (one step of the undo history).

use crate::clock;
use crate::domain::{Channel, ContactId, Direction, FollowUp, Interaction, Thanks, ThanksFor};
use crate::say;
use crate::store::Store;
use crate::tui::action::Report;
use chrono::NaiveDate;

pub(super) fn give(
    store: &Store,
    contact: ContactId,
    about: ThanksFor,
    text: String,
    today: NaiveDate,
) -> Result<Report, String> {
    let now = clock::now();
    let mut thanks = Thanks::new(contact, about, now);
    store
        .write(|w| {
            let name = w.contact(contact)?.name;
            match about {
                ThanksFor::Referral { referred } => {
                    let referred = w.contact(referred)?.name;
                    let text = say!("review-thank-referral-text", referred = referred);
                    let mut f = FollowUp::new(contact, today, Direction::Promise, text, now);
                    thanks.followup = Some(w.add_followup(&mut f)?);
                }
                ThanksFor::Occasion { .. } => {
                    let mut note = Interaction::new(contact, now, Channel::Message, text);
                    thanks.note = Some(w.add_interaction(&mut note)?);
                }
            }
            w.describe(say!("review-thank-undo", name = name.as_str()));
            w.give_thanks(&mut thanks)?;
            Ok(name)
        })
        .map(|name| Report::FollowUpChanged {
            contact,
            message: match about {
                ThanksFor::Referral { .. } => say!("review-thank-referral-done", name = name),
                ThanksFor::Occasion { .. } => say!("review-thank-occasion-done", name = name),
            },
        })
        .map_err(|e| say!("review-thank-failed", error = e.to_string()))
}
