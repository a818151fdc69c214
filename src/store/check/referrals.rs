//! `kith check`'s part for referrals and thanks: each index compared with what the notes,
//! contacts and thanks call for, as the walk read both (`walk/referrals.rs`).

use super::{IndexProblem, diff};
use crate::store::walk::Walk;
use crate::store::walk::referrals::REFERRAL_INDEXES;

/// How each index differs from what its records call for, in `REFERRAL_INDEXES` order. An
/// index is compared only when every table it is made from reads to its end; those made from
/// contacts and purchases together (the sums above all) only when every such record decodes.
pub(in crate::store) fn referral_problems(w: &Walk) -> [Option<IndexProblem>; 6] {
    let (e, a) = (&w.referral.expected, &w.referral.actual);
    let notes = w.referral.built && w.complete("interactions_v1");
    let whole = notes
        && w.complete("contacts_v1")
        && w.bad_contacts.is_empty()
        && w.bad_interactions.is_empty();
    let thanks = w.referral.built && w.complete("thanks_v1");
    let bad_thanks = |id: &u64| w.referral.bad.contains(id);
    [
        notes
            .then(|| {
                diff(&e.purchases, &a.purchases, |k| {
                    w.bad_interactions.contains(&k.2)
                })
                .problem(REFERRAL_INDEXES[0])
            })
            .flatten(),
        whole
            .then(|| diff(&e.referrals, &a.referrals, |_| false).problem(REFERRAL_INDEXES[1]))
            .flatten(),
        whole
            .then(|| diff(&e.values, &a.values, |_| false).problem(REFERRAL_INDEXES[2]))
            .flatten(),
        whole
            .then(|| diff(&e.first_buys, &a.first_buys, |_| false).problem(REFERRAL_INDEXES[3]))
            .flatten(),
        thanks
            .then(|| {
                diff(&e.thanked, &a.thanked, |_| !w.referral.bad.is_empty())
                    .problem(REFERRAL_INDEXES[4])
            })
            .flatten(),
        thanks
            .then(|| {
                diff(&e.by_contact, &a.by_contact, |k| bad_thanks(&k.1))
                    .problem(REFERRAL_INDEXES[5])
            })
            .flatten(),
    ]
}
