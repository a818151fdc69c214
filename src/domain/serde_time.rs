//! Compact, version-stable encodings of chrono values for stored records: a date is its day
//! number from the common era, a date-time its seconds since 1970 on the local wall clock.
//! Decoding rejects out-of-range numbers with an error instead of panicking.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer, Serializer, de::Error};

pub fn date_to_days(date: NaiveDate) -> i32 {
    use chrono::Datelike;
    date.num_days_from_ce()
}

pub fn days_to_date(days: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(days)
}

pub fn datetime_to_secs(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp()
}

pub fn secs_to_datetime(secs: i64) -> Option<NaiveDateTime> {
    DateTime::from_timestamp(secs, 0).map(|t| t.naive_utc())
}

pub mod date {
    use super::*;
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(date_to_days(*d))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let days = i32::deserialize(d)?;
        days_to_date(days)
            .ok_or_else(|| D::Error::custom(crate::say!("date-day-out-of-range", days = days)))
    }
}

pub mod datetime {
    use super::*;
    pub fn serialize<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(datetime_to_secs(*t))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        let secs = i64::deserialize(d)?;
        secs_to_datetime(secs).ok_or_else(|| {
            D::Error::custom(crate::say!(
                "date-time-out-of-range",
                seconds = secs.to_string()
            ))
        })
    }
}

pub mod opt_time {
    use super::*;
    use chrono::Timelike;
    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_some(&t.num_seconds_from_midnight()),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<u32>::deserialize(d)? {
            None => Ok(None),
            Some(secs) => NaiveTime::from_num_seconds_from_midnight_opt(secs, 0)
                .map(Some)
                .ok_or_else(|| {
                    D::Error::custom(crate::say!("date-time-of-day-out-of-range", seconds = secs))
                }),
        }
    }
}
