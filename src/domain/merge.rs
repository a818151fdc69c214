//! Two records of one person made one. The kept contact keeps its own name, kind and values;
//! what it lacks is taken from the other; lists (emails, phones, tags, occasions, properties
//! kept from vCards) are united; nothing either record held is dropped: the other's name, when
//! it differs, is kept as a line of the profile.

use super::{Contact, Labeled};

/// Fills `mine` from `theirs` when `mine` is empty.
fn fill<T: Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
    if mine.is_none() {
        mine.clone_from(theirs);
    }
}

/// Adds every item of `theirs` whose key `mine` lacks, in order.
fn unite<T: Clone, K: PartialEq>(mine: &mut Vec<T>, theirs: &[T], key: impl Fn(&T) -> K) {
    for item in theirs {
        if !mine.iter().any(|m| key(m) == key(item)) {
            mine.push(item.clone());
        }
    }
}

/// An email compared without case; a phone by its last nine digits, as `kith duplicates`
/// compares them, so `+34 600 111 222` and `600111222` are one number.
fn reach_key(l: &Labeled) -> String {
    let digits: Vec<char> = l.value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 6 && !l.value.contains('@') {
        digits[digits.len().saturating_sub(9)..].iter().collect()
    } else {
        l.value.to_lowercase()
    }
}

impl Contact {
    /// Takes `other` (another record of the same person) into this one.
    pub fn absorb(&mut self, other: &Contact) {
        fill(&mut self.company, &other.company);
        fill(&mut self.title, &other.title);
        fill(&mut self.interests, &other.interests);
        fill(&mut self.how_we_met, &other.how_we_met);
        if self.birthday.is_none() {
            self.birthday = other.birthday;
            self.birthday_as_written
                .clone_from(&other.birthday_as_written);
        }
        fill(&mut self.cadence_days, &other.cadence_days);
        fill(&mut self.grade, &other.grade);
        if self.referred_by.is_none() && other.referred_by != Some(self.id) {
            self.referred_by = other.referred_by;
        }
        fill(&mut self.name_parts, &other.name_parts);
        if self.org_units.is_empty() {
            self.org_units.clone_from(&other.org_units);
        }
        unite(&mut self.emails, &other.emails, reach_key);
        unite(&mut self.phones, &other.phones, reach_key);
        unite(&mut self.tags, &other.tags, |t| t.to_lowercase());
        unite(&mut self.occasions, &other.occasions, |o| {
            (o.label.to_lowercase(), o.date)
        });
        unite(&mut self.vcard_extra, &other.vcard_extra, String::clone);
        let mut profile = Vec::new();
        if !self.profile.trim().is_empty() {
            profile.push(self.profile.trim_end().to_string());
        }
        if crate::text::fold(&other.name) != crate::text::fold(&self.name) {
            profile.push(crate::say!(
                "contact-also-known-as",
                name = other.name.as_str()
            ));
        }
        if !other.profile.trim().is_empty() && other.profile.trim() != self.profile.trim() {
            profile.push(other.profile.trim_end().to_string());
        }
        self.profile = profile.join("\n\n");
        self.created_at = self.created_at.min(other.created_at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ContactId, Occasion, PartialDate};

    fn now() -> chrono::NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    #[test]
    fn nothing_either_record_held_is_dropped() {
        let mut kept = Contact::new("Núria Puig", now());
        kept.id = ContactId(1);
        kept.emails = vec![Labeled::parse("work:nuria@forn.cat")];
        kept.phones = vec![Labeled::parse("+34 600 111 222")];
        kept.tags = vec!["wholesale".into()];
        kept.profile = "Owns the bakery.".into();
        let mut other = Contact::new("Nuria P.", now() - chrono::Duration::days(30));
        other.id = ContactId(2);
        other.company = Some("Forn Puig".into());
        other.emails = vec![
            Labeled::parse("NURIA@forn.cat"),
            Labeled::parse("n@home.cat"),
        ];
        other.phones = vec![Labeled::parse("600111222")];
        other.tags = vec!["Wholesale".into(), "vip".into()];
        other.birthday = Some(PartialDate::parse("--05-14").unwrap());
        other.occasions = vec![Occasion::parse("first purchase=2019-06-01").unwrap()];
        other.profile = "Prefers calls after 5.".into();
        other.referred_by = Some(ContactId(1));
        kept.absorb(&other);
        assert_eq!(kept.name, "Núria Puig");
        assert_eq!(kept.company.as_deref(), Some("Forn Puig"));
        let emails: Vec<&str> = kept.emails.iter().map(|l| l.value.as_str()).collect();
        assert_eq!(emails, ["nuria@forn.cat", "n@home.cat"]);
        assert_eq!(kept.phones.len(), 1, "the same number written two ways");
        assert_eq!(kept.tags, ["wholesale", "vip"]);
        assert!(kept.birthday.is_some() && kept.occasions.len() == 1);
        assert_eq!(
            kept.profile,
            "Owns the bakery.\n\nAlso known as Nuria P.\n\nPrefers calls after 5."
        );
        assert_eq!(
            kept.referred_by, None,
            "a contact is never its own referrer"
        );
        assert_eq!(kept.created_at, other.created_at);
    }
}
