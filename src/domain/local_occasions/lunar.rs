//! The dates of the lunar and lunisolar occasions, one row a year from 2025 to 2037
//! (`LAST_YEAR`). Past the table's last year an occasion is not shown: no date is guessed.
//!
//! Where they come from:
//! - **Hindu occasions** follow the tithi rules of the North Indian almanacs (drikpanchang-style,
//!   reckoned for New Delhi, IST): Diwali is Lakshmi Puja, the evening when Kartika's amavasya
//!   (the new moon ending the amanta month of the sun's entry into Tula) covers the most of
//!   pradosh; Holi is Dhulandi, the day after the Holika Dahan evening of Phalguna's purnima;
//!   Durga Puja is shown once, on Maha Shashthi (Ashvin shukla shashthi at sunrise), and runs to
//!   Vijaya Dashami four days later; the Hindu new year is Chaitra shukla pratipada (Gudi Padwa,
//!   Ugadi, Cheti Chand), the Gujarati new year Kartika shukla pratipada (Bestu Varas, the day
//!   after Diwali or, when the new moon lasts two mornings, the day after that). Every row was
//!   computed from the tithi at sunrise or pradosh in New Delhi with an astronomical ephemeris
//!   (PyEphem 4.2, Lahiri ayanamsa), and the 2025 and 2026 rows checked against published
//!   lists (Government of India holiday lists, news almanacs): Diwali 2025-10-20, Holi
//!   2025-03-14 and 2026-03-04 (the computed 2026-03-03 moved to the published day: Holika
//!   Dahan waits out bhadra and the eclipse of 3 March), Gudi Padwa 2026-03-19. The Holi and
//!   Diwali rows 2027–2035 also agree with published multi-year lists; the rest (Durga Puja,
//!   the two new years after 2026, Diwali 2036–2037) are **confirmed from one source only**
//!   (the computation). Bengali almanacs (Surya Siddhanta) may put Durga Puja a day apart.
//! - **Islamic occasions** follow the Umm al-Qura calendar of Saudi Arabia (the table KACST
//!   publishes, as the `hijri-converter` package carries it): Eid al-Fitr 1 Shawwal, Eid
//!   al-Adha 10 Dhu al-Hijjah, the Islamic new year 1 Muharram. Where the crescent is sighted
//!   locally (India, Bangladesh, Pakistan) the day is often one later: Eid al-Fitr 2025 was 30
//!   March in Saudi Arabia and 31 March in India. A test holds every row within two days of
//!   the arithmetic (tabular) Islamic calendar, an independent reckoning. A year may hold two
//!   Eids al-Fitr (2033).

/// The last year the table covers.
pub const LAST_YEAR: i32 = 2037;

/// The first year the table covers.
pub const FIRST_YEAR: i32 = 2025;

pub(super) type Day = (i32, u8, u8);

pub(super) const DIWALI: &[Day] = &[
    (2025, 10, 20),
    (2026, 11, 8),
    (2027, 10, 29),
    (2028, 10, 17),
    (2029, 11, 5),
    (2030, 10, 26),
    (2031, 11, 14),
    (2032, 11, 2),
    (2033, 10, 22),
    (2034, 11, 10),
    (2035, 10, 30),
    (2036, 10, 18),
    (2037, 11, 7),
];

pub(super) const HOLI: &[Day] = &[
    (2025, 3, 14),
    (2026, 3, 4),
    (2027, 3, 22),
    (2028, 3, 11),
    (2029, 3, 1),
    (2030, 3, 20),
    (2031, 3, 9),
    (2032, 3, 27),
    (2033, 3, 16),
    (2034, 3, 5),
    (2035, 3, 24),
    (2036, 3, 12),
    (2037, 3, 2),
];

/// Maha Shashthi, the first of the five days (to Vijaya Dashami).
pub(super) const DURGA_PUJA: &[Day] = &[
    (2025, 9, 28),
    (2026, 10, 16),
    (2027, 10, 5),
    (2028, 9, 24),
    (2029, 10, 12),
    (2030, 10, 2),
    (2031, 10, 21),
    (2032, 10, 10),
    (2033, 9, 30),
    (2034, 10, 18),
    (2035, 10, 7),
    (2036, 9, 25),
    (2037, 10, 14),
];

/// Chaitra shukla pratipada: Gudi Padwa, Ugadi.
pub(super) const NEW_YEAR_HINDU: &[Day] = &[
    (2025, 3, 30),
    (2026, 3, 19),
    (2027, 4, 7),
    (2028, 3, 27),
    (2029, 4, 14),
    (2030, 4, 3),
    (2031, 3, 24),
    (2032, 4, 11),
    (2033, 3, 31),
    (2034, 3, 21),
    (2035, 4, 9),
    (2036, 3, 28),
    (2037, 3, 17),
];

/// Kartika shukla pratipada: Bestu Varas, the Gujarati (Vikram Samvat) new year.
pub(super) const NEW_YEAR_GUJARATI: &[Day] = &[
    (2025, 10, 22),
    (2026, 11, 10),
    (2027, 10, 30),
    (2028, 10, 18),
    (2029, 11, 6),
    (2030, 10, 27),
    (2031, 11, 15),
    (2032, 11, 4),
    (2033, 10, 24),
    (2034, 11, 12),
    (2035, 11, 1),
    (2036, 10, 20),
    (2037, 11, 8),
];

/// 1 Shawwal, Umm al-Qura (1446–1459 AH).
pub(super) const EID_AL_FITR: &[Day] = &[
    (2025, 3, 30),
    (2026, 3, 20),
    (2027, 3, 9),
    (2028, 2, 26),
    (2029, 2, 14),
    (2030, 2, 4),
    (2031, 1, 24),
    (2032, 1, 14),
    (2033, 1, 2),
    (2033, 12, 23),
    (2034, 12, 12),
    (2035, 12, 1),
    (2036, 11, 19),
    (2037, 11, 8),
];

/// 10 Dhu al-Hijjah, Umm al-Qura (1446–1458 AH).
pub(super) const EID_AL_ADHA: &[Day] = &[
    (2025, 6, 6),
    (2026, 5, 27),
    (2027, 5, 16),
    (2028, 5, 5),
    (2029, 4, 24),
    (2030, 4, 13),
    (2031, 4, 2),
    (2032, 3, 22),
    (2033, 3, 11),
    (2034, 3, 1),
    (2035, 2, 18),
    (2036, 2, 7),
    (2037, 1, 26),
];

/// 1 Muharram, Umm al-Qura (1447–1459 AH).
pub(super) const NEW_YEAR_ISLAMIC: &[Day] = &[
    (2025, 6, 26),
    (2026, 6, 16),
    (2027, 6, 6),
    (2028, 5, 25),
    (2029, 5, 14),
    (2030, 5, 3),
    (2031, 4, 23),
    (2032, 4, 11),
    (2033, 4, 1),
    (2034, 3, 21),
    (2035, 3, 11),
    (2036, 2, 28),
    (2037, 2, 16),
];
