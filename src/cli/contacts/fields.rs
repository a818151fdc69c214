//! The contact options shared by `add` and `edit`, and how they apply to a contact; the kinds
//! of contact as the command line names them.

use crate::domain::{Contact, Invalid, Kind, Labeled, Occasion, PartialDate};
use crate::store::{Result, Store};
use clap::{Args, ValueEnum};

/// A kind of contact, as `--kind` takes it (any case): the names `Kind` uses everywhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Customer,
    Prospect,
    Employee,
    Partner,
    Supplier,
    Other,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Customer => Kind::Customer,
            KindArg::Prospect => Kind::Prospect,
            KindArg::Employee => Kind::Employee,
            KindArg::Partner => Kind::Partner,
            KindArg::Supplier => Kind::Supplier,
            KindArg::Other => Kind::Other,
        }
    }
}

#[derive(Debug, Args, Default)]
pub struct ContactFields {
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
    #[arg(long)]
    pub email: Vec<String>,
    #[arg(long)]
    pub phone: Vec<String>,
    #[arg(long)]
    pub tag: Vec<String>,
    #[arg(long)]
    pub birthday: Option<String>,
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<String>,
    #[arg(long)]
    pub grade: Option<String>,
    #[arg(long)]
    pub interests: Option<String>,
    #[arg(long)]
    pub how_met: Option<String>,
    #[arg(long, value_name = "CONTACT")]
    pub referred_by: Option<String>,
    #[arg(long)]
    pub occasion: Vec<String>,
    #[arg(long)]
    pub profile: Option<String>,
}

fn text(value: &str) -> Option<String> {
    let t = value.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A number, or none; `invalid` says what is wrong with a value that is not one.
fn number<T: std::str::FromStr>(value: &str, invalid: fn(&str) -> String) -> Result<Option<T>> {
    let t = value.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| Invalid(invalid(value)).into())
}

/// Lists given on the command line replace the contact's list; an empty value clears it.
fn list<T>(given: &[String], parse: impl Fn(&str) -> Result<T, Invalid>) -> Result<Option<Vec<T>>> {
    if given.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for v in given.iter().filter(|v| !v.trim().is_empty()) {
        out.push(parse(v)?);
    }
    Ok(Some(out))
}

impl ContactFields {
    /// Applies every given option to `contact`; options not given leave the field as it is.
    pub fn apply(&self, contact: &mut Contact, store: &Store) -> Result<()> {
        if let Some(v) = &self.company {
            contact.company = text(v);
        }
        if let Some(v) = &self.title {
            contact.title = text(v);
        }
        if let Some(kind) = self.kind {
            contact.kind = kind.into();
        }
        // Items given again as they were keep the TYPEs and groups an import gave them.
        if let Some(mut v) = list(&self.email, |s| Ok(Labeled::parse(s)))? {
            Labeled::keep_details(&mut v, &contact.emails);
            contact.emails = v;
        }
        if let Some(mut v) = list(&self.phone, |s| Ok(Labeled::parse(s)))? {
            Labeled::keep_details(&mut v, &contact.phones);
            contact.phones = v;
        }
        if let Some(v) = list(&self.tag, |s| Ok(s.to_string()))? {
            contact.tags = v;
        }
        if let Some(v) = list(&self.occasion, Occasion::parse)? {
            contact.occasions = v;
        }
        if let Some(v) = &self.birthday {
            contact.birthday = match text(v) {
                Some(d) => Some(PartialDate::parse(&d).map_err(|e| {
                    Invalid(crate::say!("add-bad-birthday", problem = e.to_string()))
                })?),
                None => None,
            };
        }
        if let Some(v) = &self.cadence {
            contact.cadence_days = number(v, |value| crate::say!("add-not-days", value = value))?;
        }
        if let Some(v) = &self.grade {
            contact.grade = number(v, |value| crate::say!("add-not-grade", value = value))?;
        }
        if let Some(v) = &self.interests {
            contact.interests = text(v);
        }
        if let Some(v) = &self.how_met {
            contact.how_we_met = text(v);
        }
        if let Some(v) = &self.profile {
            contact.profile = v.clone();
        }
        if let Some(v) = &self.referred_by {
            contact.referred_by = match text(v) {
                Some(who) => Some(store.resolve(&who)?),
                None => None,
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_names_every_kind_as_the_notebook_does() {
        let names: Vec<(Kind, String)> = KindArg::value_variants()
            .iter()
            .map(|k| {
                let name = k.to_possible_value().unwrap().get_name().to_string();
                (Kind::from(*k), name)
            })
            .collect();
        let domain: Vec<(Kind, String)> =
            Kind::ALL.iter().map(|(k, n)| (*k, n.to_string())).collect();
        assert_eq!(names, domain);
    }
}
