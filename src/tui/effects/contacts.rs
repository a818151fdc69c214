//! A contact saved from the form, archived or taken out of the archive, each one write through
//! the store's writer (so each is a step of the undo history), and the archived contacts as the
//! list shows them.

use crate::clock;
use crate::domain::ContactId;
use crate::say;
use crate::store::{Store, StoreError};
use crate::tui::action::Report;

/// The form's contact, added or changed; `referred_by` is who referred them as typed (a name or
/// `#id`, found as `kith edit --referred-by` finds it, see [`referrer`]), none when empty.
pub(super) fn save(
    store: &Store,
    mut contact: crate::domain::Contact,
    added: bool,
    referred_by: &str,
    celebrated: Option<&[crate::domain::LocalOccasion]>,
) -> Result<Report, String> {
    let failed = |e: StoreError| say!("form-contact-failed", error = e.to_string());
    contact.referred_by = match referred_by.trim() {
        "" => None,
        who => Some(referrer(store, contact.referred_by, who).map_err(failed)?),
    };
    let now = clock::now();
    let result = if added {
        contact.created_at = now;
        contact.updated_at = now;
        store.write(|w| {
            let id = w.add_contact(&mut contact)?;
            if let Some(celebrated) = celebrated {
                w.set_own_occasions(id, celebrated)?;
            }
            Ok(id)
        })
    } else {
        store.write(|w| {
            w.update_contact(&mut contact, now)?;
            if let Some(celebrated) = celebrated {
                w.set_own_occasions(contact.id, celebrated)?;
            }
            Ok(contact.id)
        })
    };
    result
        .map(|id| Report::ContactSaved { contact: id, added })
        .map_err(failed)
}

/// Whom `who` names as the referrer: the one the contact has when `who` is still their name as
/// the form showed it (so a name another contact shares too stays theirs), else the one
/// `kith edit --referred-by` finds (an id, or a name that names one contact only).
fn referrer(store: &Store, current: Option<ContactId>, who: &str) -> Result<ContactId, StoreError> {
    if let Some(id) = current
        && store.contact(id).is_ok_and(|c| c.name.trim() == who)
    {
        return Ok(id);
    }
    store.resolve(who)
}

pub(super) fn archive(store: &Store, contact: ContactId, reason: String) -> Result<Report, String> {
    store
        .write(|w| {
            let mut c = w.contact(contact)?;
            let now = clock::now();
            c.archived = Some(crate::domain::Archived { reason, at: now });
            w.update_contact(&mut c, now)
        })
        .map(|()| Report::ContactArchived(contact))
        .map_err(|e| say!("question-archive-failed", error = e.to_string()))
}

/// What `kith unarchive` does: the contact, its notes and follow-ups in use again.
pub(super) fn restore(store: &Store, contact: ContactId) -> Result<Report, String> {
    store
        .write(|w| {
            let mut c = w.contact(contact)?;
            c.archived = None;
            w.update_contact(&mut c, clock::now())?;
            Ok(c.name)
        })
        .map(|name| Report::ContactRestored { contact, name })
        .map_err(|e| say!("reach-restore-failed", error = e.to_string()))
}

/// The archived contacts' ids in name order, answered as the list of those in use is.
pub(super) fn load_archived(
    store: &Store,
    select: Option<ContactId>,
    generation: u64,
) -> Result<Report, String> {
    (|| -> Result<Report, StoreError> {
        Ok(Report::ListLoaded {
            entries: store.contact_list(true, usize::MAX)?,
            total: store.contact_count(true)? as usize,
            select,
            generation,
        })
    })()
    .map_err(|e| say!("list-unreadable", error = e.to_string()))
}
