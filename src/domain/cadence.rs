//! Keep-in-touch cadence: a contact's own, or the default for their kind.

use super::{Contact, Kind};
use serde::Deserialize;

/// Default cadence in days for each kind of contact; `None` means "no cadence".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CadenceDefaults {
    pub customer: Option<u32>,
    pub prospect: Option<u32>,
    pub employee: Option<u32>,
    pub partner: Option<u32>,
    pub supplier: Option<u32>,
    pub other: Option<u32>,
}

impl Default for CadenceDefaults {
    fn default() -> Self {
        CadenceDefaults {
            customer: Some(30),
            prospect: Some(14),
            employee: None,
            partner: Some(60),
            supplier: Some(90),
            other: None,
        }
    }
}

impl CadenceDefaults {
    /// No defaults at all: only cadences set on a contact count.
    pub fn none() -> Self {
        CadenceDefaults {
            customer: None,
            prospect: None,
            employee: None,
            partner: None,
            supplier: None,
            other: None,
        }
    }

    pub fn for_kind(&self, kind: Kind) -> Option<u32> {
        match kind {
            Kind::Customer => self.customer,
            Kind::Prospect => self.prospect,
            Kind::Employee => self.employee,
            Kind::Partner => self.partner,
            Kind::Supplier => self.supplier,
            Kind::Other => self.other,
        }
        .filter(|d| *d > 0)
    }

    /// The cadence that applies to a contact: their own, else their kind's.
    pub fn effective(&self, contact: &Contact) -> Option<u32> {
        contact.cadence_days.or_else(|| self.for_kind(contact.kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_cadence_wins_over_the_kind_default() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let mut c = Contact::new("A", at);
        c.kind = Kind::Customer;
        let defaults = CadenceDefaults::default();
        assert_eq!(defaults.effective(&c), Some(30));
        c.cadence_days = Some(7);
        assert_eq!(defaults.effective(&c), Some(7));
        c.cadence_days = None;
        c.kind = Kind::Employee;
        assert_eq!(defaults.effective(&c), None);
        assert_eq!(CadenceDefaults::none().effective(&c), None);
    }
}
