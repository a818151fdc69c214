//! Finding one word in every contact of the index: by a scan of the packed fields, or, when the
//! index remembers a shorter word this one grew from, among the few contacts that one occurred
//! in (a longer word can only occur where its beginning does, and its bytes can only come in
//! order in a name where its beginning's do).

use super::ContactIndex;
use super::memo::{Known, Memo};
use super::plan::{Found, few, is_few};
use super::word::Word;
use crate::search::matcher::Score;

impl ContactIndex {
    /// The word's matches in every contact. `told`: whether names are matched letter by
    /// scattered letter, when whoever made the index decided it.
    pub(super) fn find_everywhere(&self, memo: &Memo, word: &Word, told: Option<bool>) -> Found {
        let n = self.ids.len();
        // A word of digits is looked for at the end of stored numbers too, which a shorter
        // word's places do not cover: it is never narrowed.
        let grew_from = (word.phone.is_none())
            .then(|| memo.shorter(word.text(), |k| word.sounds_grown_from(&k.text)))
            .flatten();
        let (direct, touched) = match grew_from.and_then(|k| k.touched.as_ref()) {
            Some(before) => {
                let touched: Vec<u32> = (before.iter().copied())
                    .filter(|e| self.touches(*e as usize, word))
                    .collect();
                let direct = (touched.iter())
                    .filter_map(|e| {
                        let s = self.direct_score(*e as usize, word);
                        (s > 0).then_some((*e, s))
                    })
                    .collect();
                (direct, Some(touched))
            }
            None => {
                let mut touched = (!word.short).then(Vec::new);
                let scores = self.scan(word, touched.as_mut());
                let direct: Vec<(u32, Score)> = (scores.iter().enumerate())
                    .filter(|(_, s)| **s > 0)
                    .map(|(e, s)| (e as u32, *s))
                    .collect();
                (direct, touched.filter(|t| t.len() <= few(n)))
            }
        };
        let direct_few = is_few(direct.len());
        let fuzzy = word.scatters && told.unwrap_or(direct_few);
        if !fuzzy {
            let known = Known {
                key: word.key(),
                text: word.text().to_string(),
                matches: direct,
                touched,
                in_names: None,
            };
            return Found { known, direct_few };
        }
        let in_names: Vec<u32> = match grew_from.and_then(|k| k.in_names.as_ref()) {
            Some(before) => (before.iter().copied())
                .filter(|e| self.in_order_in_name(*e as usize, word))
                .collect(),
            None => (0..n as u32)
                .filter(|e| self.in_order_in_name(*e as usize, word))
                .collect(),
        };
        let known = Known {
            key: word.key(),
            text: word.text().to_string(),
            matches: self.with_scattered(direct, &in_names, word),
            touched,
            in_names: (in_names.len() <= few(n)).then_some(in_names),
        };
        Found { known, direct_few }
    }

    /// The direct matches, and the names among `in_names` the word matches letter by
    /// scattered letter that matched no other way, in entry order.
    fn with_scattered(
        &self,
        direct: Vec<(u32, Score)>,
        in_names: &[u32],
        word: &Word,
    ) -> Vec<(u32, Score)> {
        let mut all = Vec::with_capacity(direct.len() + in_names.len());
        let mut direct = direct.into_iter().peekable();
        for &e in in_names {
            while let Some(d) = direct.next_if(|(d, _)| *d < e) {
                all.push(d);
            }
            if let Some(d) = direct.next_if(|(d, _)| *d == e) {
                all.push(d);
            } else if let Some(s) = self.scattered_score(e as usize, word) {
                all.push((e, s));
            }
        }
        all.extend(direct);
        all
    }
}
