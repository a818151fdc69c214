//! Column headings written in other languages, read as their English names.
//!
//! Thunderbird writes its CSV export's header row in the language of its interface (the
//! strings 2100–2136 of its `importMsgs.properties`, in the order of `exportAttributes` in
//! `AddrBookUtils.sys.mjs`), so a Catalan, Hindi or Bengali Thunderbird writes "Nom,Cognoms,…",
//! "पहला नाम,अंतिम नाम,…" or "প্রথম নাম,শেষ নাম,…". The tables below are those translations
//! (Mozilla's localisation repositories, MPL 2.0), each beside the English heading it stands for.
//! Some translations use one word twice (Bengali "শহর" is both the home and the work city): the
//! first column with that heading is the first meaning, the next the second, as Thunderbird
//! writes them in that order.

/// Thunderbird's English headings, in the order it writes them.
const ENGLISH: [&str; 37] = [
    "First Name",
    "Last Name",
    "Display Name",
    "Nickname",
    "Primary Email",
    "Secondary Email",
    "Screen Name",
    "Work Phone",
    "Home Phone",
    "Fax Number",
    "Pager Number",
    "Mobile Number",
    "Home Address",
    "Home Address 2",
    "Home City",
    "Home State",
    "Home ZipCode",
    "Home Country",
    "Work Address",
    "Work Address 2",
    "Work City",
    "Work State",
    "Work ZipCode",
    "Work Country",
    "Job Title",
    "Department",
    "Organization",
    "Web Page 1",
    "Web Page 2",
    "Birth Year",
    "Birth Month",
    "Birth Day",
    "Custom 1",
    "Custom 2",
    "Custom 3",
    "Custom 4",
    "Notes",
];

/// Catalan (`ca`).
const CATALAN: [&str; 37] = [
    "Nom",
    "Cognoms",
    "Nom a mostrar",
    "Sobrenom",
    "Adreça electrònica principal",
    "Adreça electrònica secundària",
    "Nom a mostrar",
    "Telèfon de la feina",
    "Telèfon particular",
    "Número de fax",
    "Número de buscapersones",
    "Número de mòbil",
    "Adreça particular",
    "Adreça particular 2",
    "Població (particular)",
    "Comarca (particular)",
    "Codi postal (particular)",
    "País (particular)",
    "Adreça de la feina",
    "Adreça de la feina 2",
    "Població (feina)",
    "Comarca (feina)",
    "Codi postal (feina)",
    "País (feina)",
    "Càrrec",
    "Departament",
    "Organització",
    "Pàgina web 1",
    "Pàgina web 2",
    "Any de naixement",
    "Mes de naixement",
    "Dia de naixement",
    "Personalitzat 1",
    "Personalitzat 2",
    "Personalitzat 3",
    "Personalitzat 4",
    "Anotacions",
];

/// Hindi (`hi-IN`); its file has no string of its own for the screen name.
const HINDI: [&str; 37] = [
    "पहला नाम",
    "अंतिम नाम",
    "प्रदर्शन नाम",
    "उपनाम",
    "प्राथमिक मेल",
    "द्वितीयक मेल",
    "",
    "फोन कार्यालय",
    "फोन आवास",
    "फैक्स",
    "पेजर संख्या",
    "मोबाइल नंबर",
    "पता आवास",
    "पता आवास 2",
    "गृह नगर",
    "गृह राज्य",
    "गृह जिपकोड",
    "गृह देश",
    "पता कार्यालय",
    "पता कार्यालय 2",
    "कार्यालय शहर",
    "कार्यालय राज्य",
    "कार्यालय जिपकोड",
    "कार्यालय देश",
    "पदनाम",
    "विभाग",
    "संगठन",
    "वेबपेज 1",
    "वेबपेज 2",
    "जन्म साल",
    "जन्म माह",
    "जन्म दिन",
    "मनपसंद 1",
    "मनपसंद 2",
    "मनपसंद 3",
    "मनपसंद 4",
    "टिप्पणी",
];

/// Bengali (`bn`).
const BENGALI: [&str; 37] = [
    "প্রথম নাম",
    "শেষ নাম",
    "প্রদর্শিত নাম",
    "ডাকনাম",
    "প্রাথমিক ইমেইল",
    "বিকল্প ইমেইল",
    "পর্দার নাম",
    "কর্মস্থলের ফোন",
    "বাসার ফোন",
    "ফ্যাক্স নম্বর",
    "পেজার নম্বর",
    "মোবাইল নম্বর",
    "বাসার ঠিকানা",
    "বাসার ঠিকানা ২",
    "শহর",
    "স্টেট",
    "জিপকোড",
    "দেশ",
    "কর্মস্থলের ঠিকানা",
    "কর্মস্থলের ঠিকানা ২",
    "শহর",
    "স্টেট",
    "জিপকোড",
    "দেশ",
    "কাজের পদবী",
    "বিভাগ",
    "প্রতিষ্ঠান",
    "ওয়েব পেজ ১",
    "ওয়েব পেজ ২",
    "জন্ম বছর",
    "জন্ম মাস",
    "জন্ম  দিন",
    "স্বনির্বাচিত ১",
    "স্বনির্বাচিত ২",
    "স্বনির্বাচিত ৩",
    "স্বনির্বাচিত ৪",
    "নোট",
];

/// The languages kith reads headings in, by name for the import report.
const LANGUAGES: [(&str, &[&str; 37]); 3] = [
    ("Catalan", &CATALAN),
    ("Hindi", &HINDI),
    ("Bengali", &BENGALI),
];

/// The header row with headings in another language put in English, and which language it
/// was; the row as it came when it is not one of those (English rows are left alone, and a
/// single stray word is not taken for a language).
pub fn in_english(headers: &[String]) -> (Vec<String>, Option<&'static str>) {
    let fold = |s: &str| crate::text::fold::fold(s.trim());
    let best = LANGUAGES
        .iter()
        .map(|(name, table)| {
            let hits = headers
                .iter()
                .filter(|h| table.iter().any(|t| !t.is_empty() && fold(t) == fold(h)))
                .count();
            (hits, *name, *table)
        })
        .max_by_key(|(hits, _, _)| *hits);
    let Some((hits, language, table)) = best else {
        return (headers.to_vec(), None);
    };
    if hits < 2 {
        return (headers.to_vec(), None);
    }
    // How many columns of each heading have been met, to tell a repeated heading's meanings apart.
    let mut met: Vec<(String, usize)> = Vec::new();
    let english = headers
        .iter()
        .map(|h| {
            let key = fold(h);
            let seen = match met.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => {
                    *n += 1;
                    *n - 1
                }
                None => {
                    met.push((key.clone(), 1));
                    0
                }
            };
            let meanings: Vec<usize> = (0..table.len())
                .filter(|&i| !table[i].is_empty() && fold(table[i]) == key)
                .collect();
            match meanings.get(seen).or(meanings.last()) {
                Some(&i) => ENGLISH[i].to_string(),
                None => h.clone(),
            }
        })
        .collect();
    (english, Some(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(headings: &[&str]) -> Vec<String> {
        headings.iter().map(|h| h.to_string()).collect()
    }

    #[test]
    fn every_language_reads_as_thunderbird_english() {
        for (language, table) in LANGUAGES {
            let headings: Vec<&str> = table.iter().copied().filter(|h| !h.is_empty()).collect();
            let (english, found) = in_english(&row(&headings));
            assert_eq!(found, Some(language));
            let expected: Vec<&str> = (0..37)
                .filter(|&i| !table[i].is_empty())
                .map(|i| ENGLISH[i])
                .collect();
            // Catalan's "Nom a mostrar" is both the display and the screen name; the first
            // column is the display name, the next the screen name, as Thunderbird writes them.
            assert_eq!(english, expected, "{language}");
        }
    }

    #[test]
    fn a_repeated_heading_means_home_first_and_work_next() {
        let (english, found) = in_english(&row(&["প্রথম নাম", "শহর", "দেশ", "শহর", "দেশ"]));
        assert_eq!(found, Some("Bengali"));
        assert_eq!(
            english,
            row(&[
                "First Name",
                "Home City",
                "Home Country",
                "Work City",
                "Work Country"
            ])
        );
    }

    #[test]
    fn english_rows_and_stray_words_are_left_alone() {
        let english = row(&["First Name", "Last Name", "Primary Email"]);
        assert_eq!(in_english(&english), (english.clone(), None));
        // One Catalan word among English headings is not a Catalan file.
        let mixed = row(&["Nom", "Last Name", "E-mail Address"]);
        assert_eq!(in_english(&mixed), (mixed.clone(), None));
    }
}
