//! Name days (sant) from the Catalan calendar: a common Catalan given name, folded as
//! `text::fold` folds it (no accents, no case), and the day of its saint.
//!
//! Source: the Catalan santoral as El Cargol (Penedès) prints it for the year ("El santoral de
//! l'any", elcargolpenedes.com) and Joan Bibiloni's "La llegenda àuria" (bibiloni.cat), which
//! agree on every day here. Where a name has two saints, the day Catalans celebrate most is
//! kept: Maria on the Assumption, 15 August (12 September, the Holy Name of Mary, is kept by
//! tradition in some families), Antoni on Sant Antoni Abat, 17 January (not Antoni de Pàdua,
//! 13 June), Lluís on Lluís Gonzaga, 21 June, Ramon on Ramon Nonat, 31 August, Rosa on Rosa of
//! Lima, 23 August. Short forms (Pep, Quim, Cesc, Biel, Pol, Laia) have their full name's day.

/// (folded given name, month, day), sorted by name so a lookup is a binary search.
pub(super) const NAME_DAYS: &[(&str, u8, u8)] = &[
    ("agnes", 1, 21),
    ("agusti", 8, 28),
    ("albert", 11, 15),
    ("andreu", 11, 30),
    ("angels", 8, 2),
    ("anna", 7, 26),
    ("antoni", 1, 17),
    ("assumpta", 8, 15),
    ("barbara", 12, 4),
    ("bartomeu", 8, 24),
    ("benet", 7, 11),
    ("bernat", 8, 20),
    ("biel", 9, 29),
    ("blai", 2, 3),
    ("carles", 11, 4),
    ("carme", 7, 16),
    ("caterina", 11, 25),
    ("cecilia", 11, 22),
    ("cesc", 10, 4),
    ("clara", 8, 11),
    ("concepcio", 12, 8),
    ("cristina", 7, 24),
    ("cristofol", 7, 10),
    ("daniel", 7, 21),
    ("david", 12, 29),
    ("dolors", 9, 15),
    ("domenec", 8, 8),
    ("elena", 8, 18),
    ("elisabet", 11, 17),
    ("enric", 7, 13),
    ("esteve", 12, 26),
    ("eulalia", 2, 12),
    ("felip", 5, 3),
    ("ferran", 5, 30),
    ("francesc", 10, 4),
    ("francesca", 3, 9),
    ("gabriel", 9, 29),
    ("genis", 8, 25),
    ("helena", 8, 18),
    ("ignasi", 7, 31),
    ("immaculada", 12, 8),
    ("irene", 10, 20),
    ("isidre", 5, 15),
    ("jaume", 7, 25),
    ("jeroni", 9, 30),
    ("joan", 6, 24),
    ("joaquim", 7, 26),
    ("jordi", 4, 23),
    ("josefina", 3, 19),
    ("josep", 3, 19),
    ("julia", 5, 22),
    ("laia", 2, 12),
    ("llorenc", 8, 10),
    ("lluc", 10, 18),
    ("llucia", 12, 13),
    ("lluis", 6, 21),
    ("lourdes", 2, 11),
    ("magdalena", 7, 22),
    ("marc", 4, 25),
    ("margarida", 7, 20),
    ("maria", 8, 15),
    ("marta", 7, 29),
    ("marti", 11, 11),
    ("mateu", 9, 21),
    ("merce", 9, 24),
    ("meritxell", 9, 8),
    ("miquel", 9, 29),
    ("monica", 8, 27),
    ("montserrat", 4, 27),
    ("narcis", 10, 29),
    ("nicolau", 12, 6),
    ("nuria", 9, 8),
    ("oriol", 3, 23),
    ("pau", 6, 29),
    ("pep", 3, 19),
    ("pere", 6, 29),
    ("pilar", 10, 12),
    ("pol", 6, 29),
    ("quim", 7, 26),
    ("rafael", 9, 29),
    ("ramon", 8, 31),
    ("rita", 5, 22),
    ("roc", 8, 16),
    ("rosa", 8, 23),
    ("roser", 10, 7),
    ("sebastia", 1, 20),
    ("sergi", 10, 7),
    ("silvia", 11, 3),
    ("susanna", 8, 11),
    ("teresa", 10, 15),
    ("ursula", 10, 21),
    ("valenti", 2, 14),
    ("vicenc", 1, 22),
    ("xavier", 12, 3),
];

/// The given name a name day is matched on: the first word of the name, folded (`Jòrdi`,
/// `JORDI`, `Jordi Casals` are all `jordi`; `Josep Maria` is `josep`).
pub fn given_name(name: &str) -> String {
    let folded = crate::text::fold(name);
    folded
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

/// The month and day of the name day of whoever bears `name`, when the table knows its given
/// name.
pub fn name_day(name: &str) -> Option<(u8, u8)> {
    let given = given_name(name);
    let at = NAME_DAYS.binary_search_by(|(n, _, _)| (*n).cmp(given.as_str()));
    at.ok().map(|i| (NAME_DAYS[i].1, NAME_DAYS[i].2))
}
