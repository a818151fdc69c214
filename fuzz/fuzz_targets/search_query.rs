//! The search line (words, `key:value` filters, a leading `#`) and what is done with its words:
//! folding, matching, highlighting and cutting a note snippet. The input's first line is the
//! search, the rest the text searched.
#![no_main]

use kith::search::{fold, matcher, note_tokens, query, snippet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let (line, text) = input.split_once('\n').unwrap_or((input, input));
    let _ = query::parse(line);
    let (q, _) = query::parse_lenient(line);
    let _ = (fold(text), note_tokens(text));
    let _ = snippet(text, &q.words, 40);
    let _ = matcher::highlight(text, &q.words);
    let searchable = matcher::Searchable::new(&fold(text));
    for word in &q.words {
        let needle = matcher::Needle::new(word);
        let _ = searchable.find(&needle);
        let _ = matcher::fuzzy_score(text, &needle);
    }
});
