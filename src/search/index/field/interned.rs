//! A field whose values repeat across contacts (companies, tag sets): each different value
//! once, and for every contact the number of its value. A word is looked for in the different
//! values only, then handed to the contacts holding those that have it.

use super::packed::Packed;
use crate::search::matcher::Needle;
use std::collections::HashMap;

#[derive(Default)]
pub(in crate::search::index) struct Interned {
    values: Packed,
    /// Each contact's value, by its number in `values`.
    of: Numbers,
    /// The number of each value seen, while the field is being built.
    numbers: HashMap<Box<str>, u32>,
}

impl Interned {
    pub(super) fn push(&mut self, value: &str) {
        let number = match self.numbers.get(value) {
            Some(&n) => n,
            None => {
                let n = self.values.push(value) as u32;
                self.numbers.insert(value.into(), n);
                n
            }
        };
        self.of.push(number);
    }

    pub(super) fn finish(&mut self) {
        self.numbers = HashMap::new();
        self.values.finish();
        self.of.shrink_to_fit();
    }

    pub(super) fn len(&self) -> usize {
        self.of.len()
    }

    pub(super) fn segment(&self, entry: usize) -> &str {
        self.values.segment(self.of.get(entry))
    }

    /// Calls `found(entry, offset in its value, the value)` for each occurrence of `needle` in
    /// the values of `entries`, in order, until it returns true; whether it did.
    pub(super) fn occurrences_in<'a>(
        &'a self,
        needle: &Needle,
        entries: std::ops::Range<usize>,
        mut found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        // Where the needle is in each value: value v's places are places[first[v]..first[v + 1]].
        let mut places: Vec<(u32, u32, &'a str)> = Vec::new();
        self.values
            .occurrences_in(needle, 0..self.values.len(), |v, at, value| {
                places.push((v as u32, at as u32, value));
                false
            });
        if places.is_empty() {
            return false;
        }
        let mut first = vec![0u32; self.values.len() + 1];
        for &(v, _, _) in &places {
            first[v as usize + 1] += 1;
        }
        for v in 0..self.values.len() {
            first[v + 1] += first[v];
        }
        for e in entries {
            let v = self.of.get(e);
            for &(_, at, value) in &places[first[v] as usize..first[v + 1] as usize] {
                if found(e, at as usize, value) {
                    return true;
                }
            }
        }
        false
    }
}

/// Each contact's value number: two bytes while there are at most 65 536 different values
/// (companies, tag sets), four past that.
enum Numbers {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Default for Numbers {
    fn default() -> Numbers {
        Numbers::Narrow(Vec::new())
    }
}

impl Numbers {
    fn push(&mut self, number: u32) {
        if let Numbers::Narrow(v) = self {
            match u16::try_from(number) {
                Ok(narrow) => return v.push(narrow),
                Err(_) => *self = Numbers::Wide(v.iter().map(|&n| n.into()).collect()),
            }
        }
        if let Numbers::Wide(v) = self {
            v.push(number);
        }
    }

    fn get(&self, entry: usize) -> usize {
        match self {
            Numbers::Narrow(v) => v[entry] as usize,
            Numbers::Wide(v) => v[entry] as usize,
        }
    }

    fn len(&self) -> usize {
        match self {
            Numbers::Narrow(v) => v.len(),
            Numbers::Wide(v) => v.len(),
        }
    }

    fn shrink_to_fit(&mut self) {
        match self {
            Numbers::Narrow(v) => v.shrink_to_fit(),
            Numbers::Wide(v) => v.shrink_to_fit(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_contact_finds_its_own_value() {
        let mut field = Interned::default();
        let values = [
            "cal ferrer",
            "",
            "ferreteria",
            "cal ferrer",
            "",
            "forn ferrer",
        ];
        for v in values {
            field.push(v);
        }
        field.finish();
        for (e, v) in values.iter().enumerate() {
            assert_eq!(field.segment(e), *v);
        }
        let mut seen = Vec::new();
        field.occurrences_in(&Needle::new("ferr"), 1..6, |e, at, value| {
            assert_eq!(value, values[e]);
            seen.push((e, at));
            false
        });
        assert_eq!(seen, [(2, 0), (3, 4), (5, 5)]);
        let mut first = None;
        assert!(
            field.occurrences_in(&Needle::new("ferr"), 0..6, |e, at, _| {
                first = Some((e, at));
                true
            })
        );
        assert_eq!(first, Some((0, 4)));
    }

    #[test]
    fn more_values_than_two_bytes_number() {
        let mut field = Interned::default();
        let values: Vec<String> = (0..70_000).map(|i| format!("company {i}")).collect();
        for v in &values {
            field.push(v);
        }
        field.push("company 3");
        field.finish();
        assert!(matches!(field.of, Numbers::Wide(_)));
        for e in [0, 3, 65_535, 65_536, 69_999] {
            assert_eq!(field.segment(e), values[e]);
        }
        assert_eq!(field.segment(70_000), "company 3");
    }
}
