//! The sample notebook's local occasions: about a third of the people with Hindi names are
//! greeted for Diwali, Holi and the Hindu new year, of those with Bengali names for Durga Puja,
//! Pohela Boishakh and the Eids, of those with Catalan names for their name day; every contact
//! tagged `local` for Sant Jordi and La Diada, every `vip` for New Year. Seeded on its own and
//! added after everything else, so the rest of the sample (and its ids) is what it was.

use super::Rng;
use super::names::{BENGALI, CATALAN, HINDI, Names};
use crate::domain::{Celebrant, ContactId, LocalOccasion as O};
use crate::store::{Result, Store};

/// Contacts opted in per write: a large sample (the benchmarks') takes a few writes.
const BATCH: usize = 20_000;

/// What each culture's people celebrate (a culture known by its names: consts have no one
/// address to compare).
fn occasions_of(names: &Names) -> &'static [O] {
    let is = |other: &Names| names.first == other.first;
    if is(&HINDI) {
        &[O::Diwali, O::Holi, O::NewYearHindu]
    } else if is(&BENGALI) {
        &[O::DurgaPuja, O::PohelaBoishakh, O::EidAlFitr, O::EidAlAdha]
    } else if is(&CATALAN) {
        &[O::NameDay]
    } else {
        &[]
    }
}

/// Opts in a share of `people` (each with the names they were drawn from) and two tags.
pub(super) fn add(store: &Store, people: &[(ContactId, &'static Names)], seed: u64) -> Result<()> {
    let mut rng = Rng(seed ^ 0x6f63_6361);
    let chosen: Vec<(ContactId, &'static [O])> = people
        .iter()
        .filter_map(|(id, names)| {
            let occasions = occasions_of(names);
            (!occasions.is_empty() && rng.chance(33)).then_some((*id, occasions))
        })
        .collect();
    for part in chosen.chunks(BATCH) {
        store.write(|w| {
            w.without_history();
            for (id, occasions) in part {
                w.celebrate(Celebrant::Contact(*id), occasions, &[])?;
            }
            Ok(())
        })?;
    }
    if !people.is_empty() {
        store.write(|w| {
            w.without_history();
            let local = [O::SantJordi, O::LaDiada];
            w.celebrate(Celebrant::Tag("local".into()), &local, &[])?;
            w.celebrate(Celebrant::Tag("vip".into()), &[O::NewYear], &[])?;
            Ok(())
        })?;
    }
    Ok(())
}
