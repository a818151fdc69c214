//! The stats screen (`s`): the business read across its people, one chart at a time (weeks of
//! interactions by channel, customers gained and lost, money owed by age, promises kept, top
//! customers, value by kind and tag, who is at risk). Every bar or row selected leads to the
//! people behind it (Enter), and from them to a contact's timeline (Enter again).

pub mod charts;
pub mod people;
pub mod render;
mod tables;
pub mod update;

use super::super::scroll::Scroll;
use crate::domain::{Aging, ContactId, Direction, Owing};
use crate::review::stats::{Bar, PromiseBar, Stats};
use chrono::NaiveDate;

/// The charts, in the order Tab visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Weeks,
    Customers,
    Owed,
    Promises,
    Top,
    Value,
    AtRisk,
}

impl Panel {
    pub const ALL: [Panel; 7] = [
        Panel::Weeks,
        Panel::Customers,
        Panel::Owed,
        Panel::Promises,
        Panel::Top,
        Panel::Value,
        Panel::AtRisk,
    ];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The tab's words.
    pub fn title(self) -> String {
        match self {
            Panel::Weeks => crate::say!("statscreen-tab-weeks"),
            Panel::Customers => crate::say!("statscreen-tab-customers"),
            Panel::Owed => crate::say!("statscreen-tab-owed"),
            Panel::Promises => crate::say!("statscreen-tab-promises"),
            Panel::Top => crate::say!("statscreen-tab-top"),
            Panel::Value => crate::say!("statscreen-tab-value"),
            Panel::AtRisk => crate::say!("statscreen-tab-at-risk"),
        }
    }
}

/// What one selectable bar or row of a chart stands for: the number whose people Enter lists,
/// or one contact (a top customer, a contact at risk), whom Enter opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Bar(Bar),
    Contact(ContactId),
}

/// The people behind a number, listed in the chart's place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct People {
    pub bar: Bar,
    /// What the number is, as the chart said it.
    pub title: String,
    /// Their ids and names, in the order the number ranks them (at most `PEOPLE_LIMIT`).
    pub rows: Vec<(ContactId, String)>,
    /// How many there are in all.
    pub total: usize,
    pub scroll: Scroll,
}

/// People listed behind one number: a screenful or several, never the whole notebook.
pub const PEOPLE_LIMIT: usize = 500;

pub struct StatsView {
    pub stats: Stats,
    pub panel: Panel,
    /// The bar or row selected in each chart, by panel index.
    pub selected: [usize; 7],
    /// Which part of the selected bar (←/→): 0 the whole bar, else one of its parts — a week's
    /// channels in the order the week lists them, a month's reasons for leaving.
    pub part: usize,
    /// The people behind the selected number, while they are listed.
    pub people: Option<People>,
    /// The people asked for and not yet read (Enter pressed, the list not yet in).
    pub asked: Option<Bar>,
}

impl StatsView {
    pub fn new(stats: Stats) -> Self {
        StatsView {
            stats,
            panel: Panel::Weeks,
            selected: [0; 7],
            part: 0,
            people: None,
            asked: None,
        }
    }

    /// The selectable bars or rows of `panel`, in the order j/k move through them.
    pub fn picks(&self, panel: Panel) -> Vec<Pick> {
        let s = &self.stats;
        match panel {
            Panel::Weeks => s
                .weeks
                .iter()
                .map(|w| {
                    Pick::Bar(Bar::Week {
                        monday: w.monday,
                        channel: None,
                    })
                })
                .collect(),
            Panel::Customers => s
                .months
                .iter()
                .flat_map(|m| {
                    [
                        Pick::Bar(Bar::Gained { month: m.month }),
                        Pick::Bar(Bar::Lost {
                            month: m.month,
                            reason: None,
                        }),
                        Pick::Bar(Bar::Kept { month: m.month }),
                    ]
                })
                .collect(),
            Panel::Owed => s
                .owed
                .by
                .keys()
                .flat_map(|&(owing, currency)| {
                    Aging::ALL.map(|aging| {
                        Pick::Bar(Bar::Owed {
                            owing,
                            currency,
                            aging,
                        })
                    })
                })
                .collect(),
            Panel::Promises => [Direction::Promise, Direction::Request]
                .into_iter()
                .flat_map(|direction| {
                    [PromiseBar::OnTime, PromiseBar::Late, PromiseBar::Overdue].map(|bar| {
                        Pick::Bar(Bar::Promises {
                            direction,
                            bar,
                            since: self.since(),
                        })
                    })
                })
                .collect(),
            Panel::Top => s
                .top
                .iter()
                .flat_map(|t| t.customers.iter().map(|c| Pick::Contact(c.contact)))
                .collect(),
            Panel::Value => {
                let kinds = s.value_by_kind.iter().filter_map(|g| {
                    Some(Pick::Bar(Bar::ValueByKind {
                        kind: g.kind?,
                        currency: g.currency,
                    }))
                });
                let tags = s.value_by_tag.iter().map(|g| {
                    Pick::Bar(Bar::ValueByTag {
                        tag: g.group.clone(),
                        currency: g.currency,
                    })
                });
                kinds.chain(tags).collect()
            }
            Panel::AtRisk => s.at_risk.iter().map(|r| Pick::Contact(r.contact)).collect(),
        }
    }

    /// The first day the promises and months charts count from.
    pub fn since(&self) -> NaiveDate {
        self.stats
            .months
            .first()
            .map_or(self.stats.today, |m| m.month)
    }

    /// The bar or row selected in the chart shown.
    pub fn selected(&self) -> usize {
        self.selected[self.panel.index()]
    }

    /// The selected bar or row, narrowed to its part when one is chosen.
    pub fn selected_pick(&self) -> Option<Pick> {
        let pick = self.picks(self.panel).into_iter().nth(self.selected())?;
        let Some(part) = self.part.checked_sub(1) else {
            return Some(pick);
        };
        Some(match pick {
            Pick::Bar(Bar::Week { monday, .. }) => Pick::Bar(Bar::Week {
                monday,
                channel: self.parts().get(part).map(|(c, _)| *c),
            }),
            Pick::Bar(Bar::Lost { month, .. }) => Pick::Bar(Bar::Lost {
                month,
                reason: self.reasons().get(part).map(|(r, _)| *r),
            }),
            other => other,
        })
    }

    /// The parts ←/→ move through on the selected bar: as many as its channels or reasons.
    pub fn part_count(&self) -> usize {
        match self.picks(self.panel).into_iter().nth(self.selected()) {
            Some(Pick::Bar(Bar::Week { .. })) => self.parts().len(),
            Some(Pick::Bar(Bar::Lost { .. })) => self.reasons().len(),
            _ => 0,
        }
    }

    /// The channels of the selected week, with their counts.
    pub fn parts(&self) -> &[(crate::domain::Channel, u64)] {
        match self.panel {
            Panel::Weeks => self
                .stats
                .weeks
                .get(self.selected())
                .map_or(&[], |w| &w.by_channel),
            _ => &[],
        }
    }

    /// The reasons of the selected month's customers lost, with their counts.
    pub fn reasons(&self) -> &[(crate::domain::ArchiveReason, u64)] {
        match self.panel {
            Panel::Customers => self
                .stats
                .months
                .get(self.selected() / 3)
                .map_or(&[], |m| &m.reasons),
            _ => &[],
        }
    }
}

/// The words for the number a bar stands for, as the people list's title says it.
pub fn describe(bar: &Bar) -> String {
    use crate::words::dates::{DayStyle, day as said, month_year};
    let day = |d: &NaiveDate| said(d, DayStyle::Long);
    let month = |d: &NaiveDate| month_year(*d);
    match bar {
        Bar::Week { monday, .. } => crate::say!("statscreen-people-week", day = day(monday)),
        Bar::Gained { month: m } => crate::say!("statscreen-people-gained", month = month(m)),
        Bar::Lost { month: m, .. } => crate::say!("statscreen-people-lost", month = month(m)),
        Bar::Kept { month: m } => crate::say!("statscreen-people-kept", month = month(m)),
        Bar::Owed {
            owing,
            currency,
            aging,
        } => crate::say!(
            "statscreen-people-owed",
            owing = owing_code(*owing),
            currency = currency.to_string(),
            aging = aging.key()
        ),
        Bar::Promises { direction, bar, .. } => crate::say!(
            "statscreen-people-promises",
            direction = direction.as_str(),
            bar = promise_bar_code(*bar)
        ),
        Bar::Top { currency } => {
            crate::say!("statscreen-people-top", currency = currency.to_string())
        }
        Bar::ValueByKind { kind, currency } => crate::say!(
            "statscreen-people-kind",
            kind = kind.as_str(),
            currency = currency.to_string()
        ),
        Bar::ValueByTag { tag, currency } => crate::say!(
            "statscreen-people-tag",
            tag = tag.as_str(),
            currency = currency.to_string()
        ),
        Bar::AtRisk => crate::say!("statscreen-people-at-risk"),
    }
}

/// The stable word a message chooses its words by.
pub fn owing_code(owing: Owing) -> &'static str {
    match owing {
        Owing::TheyOweMe => "they-owe-me",
        Owing::IOweThem => "i-owe-them",
    }
}

pub fn promise_bar_code(bar: PromiseBar) -> &'static str {
    match bar {
        PromiseBar::OnTime => "on-time",
        PromiseBar::Late => "late",
        PromiseBar::Overdue => "overdue",
    }
}
