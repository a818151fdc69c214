//! What `kith stats --json` prints: the same numbers as the stats screen (`review::stats`),
//! amounts as minor units and a currency, days as `2026-11-22`, months as `2026-11`, weeks as
//! their Monday and ISO name (`2026-W47`).

use super::owed::{OwedSumJson, sum};
use super::records::AmountJson;
use crate::domain::{Amount, Kept, Owing};
use crate::review::stats::{AtRisk, GroupValue, Stats};
use chrono::Datelike;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
pub struct WeekJson {
    pub monday: String,
    pub week: String,
    pub total: u64,
    /// Per channel (`in_person`, `call`…), channels with none left out.
    pub by_channel: BTreeMap<&'static str, u64>,
}

#[derive(Debug, Serialize)]
pub struct MonthJson {
    pub month: String,
    pub gained: u64,
    pub lost: u64,
    pub kept: u64,
    /// The lost by reason (`moved`, `price`, `service`, `competitor`, `not-needed`, `other`).
    pub reasons: BTreeMap<&'static str, u64>,
}

#[derive(Debug, Serialize)]
pub struct PromisesJson {
    pub mine: Kept,
    pub mine_on_time_rate: Option<f64>,
    pub theirs: Kept,
    pub theirs_on_time_rate: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct CustomerValueJson {
    pub id: u64,
    pub name: String,
    pub value: AmountJson,
    pub purchases: u32,
}

#[derive(Debug, Serialize)]
pub struct TopJson {
    pub currency: String,
    pub customers: Vec<CustomerValueJson>,
}

#[derive(Debug, Serialize)]
pub struct GroupValueJson {
    pub group: String,
    pub value: AmountJson,
    pub contacts: u64,
}

#[derive(Debug, Serialize)]
pub struct AtRiskJson {
    pub id: u64,
    pub name: String,
    pub kind: &'static str,
    pub last: String,
    pub rhythm_days: u32,
    /// Whether the rhythm was learned from their history (else it is their set cadence).
    pub learned: bool,
    pub days_past: i64,
}

#[derive(Debug, Serialize)]
pub struct StatsJson {
    pub today: String,
    pub weeks: Vec<WeekJson>,
    pub months: Vec<MonthJson>,
    pub owed: Vec<OwedSumJson>,
    pub promises: PromisesJson,
    pub top: Vec<TopJson>,
    pub value_by_kind: Vec<GroupValueJson>,
    pub value_by_tag: Vec<GroupValueJson>,
    pub days_between_purchases: Option<f64>,
    pub at_risk_total: u64,
    pub at_risk: Vec<AtRiskJson>,
}

fn group(g: &GroupValue) -> GroupValueJson {
    GroupValueJson {
        group: g.group.clone(),
        value: AmountJson::from(&Amount {
            minor: g.minor,
            currency: g.currency,
        }),
        contacts: g.contacts,
    }
}

impl From<&AtRisk> for AtRiskJson {
    fn from(r: &AtRisk) -> Self {
        AtRiskJson {
            id: r.contact.0,
            name: r.name.clone(),
            kind: r.kind.as_str(),
            last: r.last.to_string(),
            rhythm_days: r.rhythm,
            learned: r.learned,
            days_past: r.days_past,
        }
    }
}

impl From<&Stats> for StatsJson {
    fn from(s: &Stats) -> Self {
        StatsJson {
            today: s.today.to_string(),
            weeks: s
                .weeks
                .iter()
                .map(|w| WeekJson {
                    monday: w.monday.to_string(),
                    week: format!(
                        "{}-W{:02}",
                        w.monday.iso_week().year(),
                        w.monday.iso_week().week()
                    ),
                    total: w.total(),
                    by_channel: w.by_channel.iter().map(|(c, n)| (c.as_str(), *n)).collect(),
                })
                .collect(),
            months: s
                .months
                .iter()
                .map(|m| MonthJson {
                    month: m.month.format("%Y-%m").to_string(),
                    gained: m.gained,
                    lost: m.lost,
                    kept: m.kept,
                    reasons: m.reasons.iter().map(|(r, n)| (r.code(), *n)).collect(),
                })
                .collect(),
            owed: [Owing::TheyOweMe, Owing::IOweThem]
                .into_iter()
                .flat_map(|o| s.owed.of(o).map(move |(c, b)| sum(o, None, c, b)))
                .collect(),
            promises: PromisesJson {
                mine: s.promises,
                mine_on_time_rate: s.promises.on_time_rate(),
                theirs: s.requests,
                theirs_on_time_rate: s.requests.on_time_rate(),
            },
            top: s
                .top
                .iter()
                .map(|t| TopJson {
                    currency: t.currency.to_string(),
                    customers: t
                        .customers
                        .iter()
                        .map(|c| CustomerValueJson {
                            id: c.contact.0,
                            name: c.name.clone(),
                            value: AmountJson::from(&Amount {
                                minor: c.minor,
                                currency: t.currency,
                            }),
                            purchases: c.purchases,
                        })
                        .collect(),
                })
                .collect(),
            value_by_kind: s.value_by_kind.iter().map(group).collect(),
            value_by_tag: s.value_by_tag.iter().map(group).collect(),
            days_between_purchases: s.days_between_purchases,
            at_risk_total: s.at_risk_total,
            at_risk: s.at_risk.iter().map(AtRiskJson::from).collect(),
        }
    }
}
