//! Why a contact was archived: one of the common reasons an owner picks from, or their own
//! words. The record keeps the reason as written (`Archived::reason`); a known reason is written
//! as its code (`moved`, `price`…) and recognised by it, so counting by reason reads no words.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArchiveReason {
    Moved,
    Price,
    Service,
    Competitor,
    NotNeeded,
    /// The owner's own words, or none.
    Other,
    // Only ever appended: the stats indexes name reasons by position.
}

impl ArchiveReason {
    /// The reasons an owner picks from, in the order offered.
    pub const COMMON: [ArchiveReason; 5] = [
        ArchiveReason::Moved,
        ArchiveReason::Price,
        ArchiveReason::Service,
        ArchiveReason::Competitor,
        ArchiveReason::NotNeeded,
    ];

    pub const ALL: [ArchiveReason; 6] = [
        ArchiveReason::Moved,
        ArchiveReason::Price,
        ArchiveReason::Service,
        ArchiveReason::Competitor,
        ArchiveReason::NotNeeded,
        ArchiveReason::Other,
    ];

    /// The code the record keeps and the command line takes.
    pub fn code(self) -> &'static str {
        match self {
            ArchiveReason::Moved => "moved",
            ArchiveReason::Price => "price",
            ArchiveReason::Service => "service",
            ArchiveReason::Competitor => "competitor",
            ArchiveReason::NotNeeded => "not-needed",
            ArchiveReason::Other => "other",
        }
    }

    /// The reason a stored reason is: a known code (in any case, with spaces or underscores
    /// for the dash), or else the owner's own words.
    pub fn of(written: &str) -> ArchiveReason {
        let wanted: String = written
            .trim()
            .chars()
            .map(|c| if matches!(c, ' ' | '_') { '-' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        Self::COMMON
            .into_iter()
            .find(|r| r.code() == wanted)
            .unwrap_or(ArchiveReason::Other)
    }

    /// Its place in `ALL`, as the indexes keep it.
    pub fn index(self) -> u8 {
        self as u8
    }

    pub fn from_index(i: u8) -> ArchiveReason {
        Self::ALL
            .get(usize::from(i))
            .copied()
            .unwrap_or(ArchiveReason::Other)
    }

    /// The words a person reads.
    pub fn label(self) -> String {
        match self {
            ArchiveReason::Moved => crate::say!("stats-reason-moved"),
            ArchiveReason::Price => crate::say!("stats-reason-price"),
            ArchiveReason::Service => crate::say!("stats-reason-service"),
            ArchiveReason::Competitor => crate::say!("stats-reason-competitor"),
            ArchiveReason::NotNeeded => crate::say!("stats-reason-not-needed"),
            ArchiveReason::Other => crate::say!("stats-reason-other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_reasons_are_recognised_by_their_code() {
        for r in ArchiveReason::ALL {
            assert_eq!(ArchiveReason::from_index(r.index()), r);
        }
        for r in ArchiveReason::COMMON {
            assert_eq!(ArchiveReason::of(r.code()), r);
        }
        assert_eq!(ArchiveReason::of(" Not needed "), ArchiveReason::NotNeeded);
        assert_eq!(ArchiveReason::of("NOT_NEEDED"), ArchiveReason::NotNeeded);
        assert_eq!(
            ArchiveReason::of("moved to Girona"),
            ArchiveReason::Other,
            "own words"
        );
        assert_eq!(ArchiveReason::of(""), ArchiveReason::Other);
    }
}
