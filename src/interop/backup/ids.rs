//! A set of record ids that stays small for the ids a notebook hands out.
//!
//! A restore's first pass keeps every id of the backup to find one used twice: ten million ids
//! in a `HashSet<u64>` would be some 150 MB, more than the whole restore may use. Ids come from
//! one counter, so they cluster: the set keeps them in blocks of 65 536 consecutive ids, each a
//! sorted list of the few it holds or, once it holds many, a bitmap of 8 KiB (the layout of a
//! roaring bitmap). Ten million ids of a counter take about 2 MB.

use std::collections::HashMap;

/// Ids per block: the low 16 bits of an id say where it is in its block.
const BLOCK_BITS: u32 = 16;
/// A block's list turns into a bitmap past this many ids, where the two take the same room.
const LIST_MAX: usize = 4096;
const WORDS: usize = (1 << BLOCK_BITS) / 64;

#[derive(Debug)]
enum Block {
    /// The ids held, ascending.
    List(Vec<u16>),
    Bits(Box<[u64; WORDS]>),
}

#[derive(Debug, Default)]
pub struct IdSet {
    blocks: HashMap<u64, Block>,
}

impl IdSet {
    /// Adds `id`; false when it was already there.
    pub fn insert(&mut self, id: u64) -> bool {
        let (high, low) = split(id);
        let block = self
            .blocks
            .entry(high)
            .or_insert_with(|| Block::List(Vec::new()));
        match block {
            Block::List(list) => {
                // Ids mostly arrive in ascending order: the end is the place to look first.
                let at = match list.last() {
                    Some(last) if *last < low => list.len(),
                    None => 0,
                    Some(_) => match list.binary_search(&low) {
                        Ok(_) => return false,
                        Err(at) => at,
                    },
                };
                list.insert(at, low);
                if list.len() > LIST_MAX {
                    let mut bits = Box::new([0u64; WORDS]);
                    for low in list.iter() {
                        set_bit(&mut bits, *low);
                    }
                    *block = Block::Bits(bits);
                }
                true
            }
            Block::Bits(bits) => set_bit(bits, low),
        }
    }

    pub fn contains(&self, id: u64) -> bool {
        let (high, low) = split(id);
        match self.blocks.get(&high) {
            None => false,
            Some(Block::List(list)) => list.binary_search(&low).is_ok(),
            Some(Block::Bits(bits)) => bits[usize::from(low) / 64] & (1 << (low % 64)) != 0,
        }
    }
}

fn split(id: u64) -> (u64, u16) {
    (id >> BLOCK_BITS, (id & 0xffff) as u16)
}

/// Sets the bit of `low`; false when it was set already.
fn set_bit(bits: &mut [u64; WORDS], low: u16) -> bool {
    let (word, bit) = (usize::from(low) / 64, 1u64 << (low % 64));
    let was = bits[word] & bit != 0;
    bits[word] |= bit;
    !was
}

#[cfg(test)]
mod tests {
    use super::IdSet;
    use std::collections::HashSet;

    #[test]
    fn holds_what_a_hash_set_holds_in_any_order() {
        let mut ids = IdSet::default();
        let mut plain = HashSet::new();
        // Ascending runs, a dense block past the list's limit, stragglers and far-off ids.
        let mut sample: Vec<u64> = (1..20_000).step_by(3).collect();
        sample.extend((70_000..80_000).rev());
        sample.extend([5, 5, 0, u64::MAX, u64::MAX - 1, 1 << 40, 3, 70_001, 19_999]);
        let mut x = 12345u64;
        for _ in 0..5000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            sample.push(x % 300_000);
        }
        for id in sample {
            assert_eq!(ids.insert(id), plain.insert(id), "insert {id}");
        }
        for id in (0..300_000).chain([u64::MAX, u64::MAX - 1, u64::MAX - 2, 1 << 40]) {
            assert_eq!(ids.contains(id), plain.contains(&id), "contains {id}");
        }
    }
}
