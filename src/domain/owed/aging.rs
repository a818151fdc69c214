//! How late money owed is: the buckets an owner reads aging in, from the days past the due day.

use chrono::{Duration, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Aging {
    /// Not past its due day.
    Current,
    Late1To30,
    Late31To60,
    Late61To90,
    LateOver90,
}

impl Aging {
    pub const ALL: [Aging; 5] = [
        Aging::Current,
        Aging::Late1To30,
        Aging::Late31To60,
        Aging::Late61To90,
        Aging::LateOver90,
    ];

    /// The bucket of something `days` past its due day (0 or less: current).
    pub fn of(days: i64) -> Aging {
        match days {
            ..=0 => Aging::Current,
            1..=30 => Aging::Late1To30,
            31..=60 => Aging::Late31To60,
            61..=90 => Aging::Late61To90,
            _ => Aging::LateOver90,
        }
    }

    /// Its place in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable name used in JSON and as a column heading.
    pub fn key(self) -> &'static str {
        match self {
            Aging::Current => "current",
            Aging::Late1To30 => "1-30",
            Aging::Late31To60 => "31-60",
            Aging::Late61To90 => "61-90",
            Aging::LateOver90 => "90+",
        }
    }

    /// The due days that fall in this bucket on `today`, both ends included (`None`: open).
    pub fn due_days(self, today: NaiveDate) -> (Option<NaiveDate>, Option<NaiveDate>) {
        let ago = |days: i64| today.checked_sub_signed(Duration::days(days));
        match self {
            Aging::Current => (Some(today), None),
            Aging::Late1To30 => (ago(30), ago(1)),
            Aging::Late31To60 => (ago(60), ago(31)),
            Aging::Late61To90 => (ago(90), ago(61)),
            Aging::LateOver90 => (None, ago(91)),
        }
    }
}
