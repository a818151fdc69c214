//! A long list of contact ids (the screen's list, the search index) in four bytes an id
//! rather than eight, while every id fits in 32 bits: ids come from one counter shared by
//! contacts, notes and follow-ups, so it takes billions of records before one does not, and
//! then the list widens itself.

use super::ContactId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactIds {
    Narrow(Vec<u32>),
    Wide(Vec<u64>),
}

impl Default for ContactIds {
    fn default() -> ContactIds {
        ContactIds::Narrow(Vec::new())
    }
}

impl ContactIds {
    pub fn with_capacity(n: usize) -> ContactIds {
        ContactIds::Narrow(Vec::with_capacity(n))
    }

    pub fn len(&self) -> usize {
        match self {
            ContactIds::Narrow(v) => v.len(),
            ContactIds::Wide(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, at: usize) -> Option<ContactId> {
        match self {
            ContactIds::Narrow(v) => v.get(at).map(|&id| ContactId(id.into())),
            ContactIds::Wide(v) => v.get(at).map(|&id| ContactId(id)),
        }
    }

    /// The id at `at`, which must be in the list.
    pub fn at(&self, at: usize) -> ContactId {
        self.get(at).expect("an index inside the list")
    }

    pub fn push(&mut self, id: ContactId) {
        self.insert(self.len(), id);
    }

    pub fn insert(&mut self, at: usize, id: ContactId) {
        if let ContactIds::Narrow(v) = self {
            match u32::try_from(id.0) {
                Ok(narrow) => return v.insert(at, narrow),
                Err(_) => *self = ContactIds::Wide(v.iter().map(|&id| id.into()).collect()),
            }
        }
        if let ContactIds::Wide(v) = self {
            v.insert(at, id.0);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = ContactId> + '_ {
        (0..self.len()).map(|at| self.at(at))
    }

    pub fn shrink_to_fit(&mut self) {
        match self {
            ContactIds::Narrow(v) => v.shrink_to_fit(),
            ContactIds::Wide(v) => v.shrink_to_fit(),
        }
    }
}

impl FromIterator<ContactId> for ContactIds {
    fn from_iter<I: IntoIterator<Item = ContactId>>(ids: I) -> ContactIds {
        let mut list = ContactIds::default();
        ids.into_iter().for_each(|id| list.push(id));
        list
    }
}

impl From<ContactIds> for Vec<ContactId> {
    fn from(list: ContactIds) -> Vec<ContactId> {
        list.iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widens_when_an_id_does_not_fit_and_keeps_every_id() {
        let mut list: ContactIds = [3, 1, 4].into_iter().map(ContactId).collect();
        assert!(matches!(list, ContactIds::Narrow(_)));
        list.insert(1, ContactId(u64::from(u32::MAX) + 7));
        list.push(ContactId(9));
        assert!(matches!(list, ContactIds::Wide(_)));
        let all: Vec<u64> = list.iter().map(|id| id.0).collect();
        assert_eq!(all, [3, u64::from(u32::MAX) + 7, 1, 4, 9]);
        assert_eq!(list.get(5), None);
    }
}
