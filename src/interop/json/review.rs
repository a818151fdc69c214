//! What `kith due --json` prints: the review's sections and their rows.

use serde::Serialize;

/// One row of `kith due --json`.
#[derive(Debug, Serialize)]
pub struct ReviewItemJson {
    pub contact_id: u64,
    pub contact_name: String,
    pub what: String,
    /// The follow-up's id, for `kith done`, `snooze` and `drop`; null for quiet contacts and occasions.
    pub followup_id: Option<u64>,
    pub direction: Option<&'static str>,
    /// Due date of a follow-up, or the date of a birthday or occasion.
    pub date: Option<String>,
    pub days_silent: Option<i64>,
    pub cadence_days: Option<u32>,
    /// The complaint's note, for `kith resolve`; only in the complaints section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note_id: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct ReviewSectionJson {
    /// overdue, today, upcoming, gone_quiet, occasions, waiting_on_them
    pub name: &'static str,
    pub title: String,
    pub items: Vec<ReviewItemJson>,
    /// Items not listed (each section lists at most 500).
    pub more: usize,
}

/// What `kith due --json` prints.
#[derive(Debug, Serialize)]
pub struct ReviewJson {
    pub date: String,
    pub days: u32,
    pub sections: Vec<ReviewSectionJson>,
}

impl From<&crate::review::Review> for ReviewJson {
    fn from(r: &crate::review::Review) -> Self {
        use crate::review::ItemWhen;
        ReviewJson {
            date: r.today.to_string(),
            days: r.days,
            sections: r
                .sections
                .iter()
                .map(|s| ReviewSectionJson {
                    name: s.kind.key(),
                    title: s.kind.title(r.days, r.occasion_days),
                    more: s.more,
                    items: s
                        .items
                        .iter()
                        .map(|i| {
                            let (date, days_silent, cadence_days) = match i.when {
                                ItemWhen::Due(d) | ItemWhen::On { date: d, .. } => {
                                    (Some(d.to_string()), None, None)
                                }
                                ItemWhen::Silent { days, cadence } => {
                                    (None, Some(days), Some(cadence))
                                }
                            };
                            ReviewItemJson {
                                contact_id: i.contact.0,
                                contact_name: i.name.clone(),
                                what: i.what.clone(),
                                followup_id: i.followup.map(|f| f.0),
                                direction: i.direction.map(|d| d.as_str()),
                                date,
                                days_silent,
                                cadence_days,
                                note_id: i.complaint.map(|n| n.0),
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
