//! The local wall clock. `KITH_NOW="YYYY-MM-DD HH:MM"` pins it, so tests and demos can run on a
//! chosen day.

use chrono::NaiveDateTime;

pub fn now() -> NaiveDateTime {
    if let Ok(pinned) = std::env::var("KITH_NOW")
        && let Ok(at) = crate::domain::parse_date_time(&pinned)
    {
        return at;
    }
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

use chrono::Timelike;
