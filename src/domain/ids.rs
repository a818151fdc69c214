//! Typed ids. Ids come from one counter in the store, are never reused, and 0 means
//! "not stored yet" (a record built in memory before the store assigns its id).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($name:ident) => {
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            Serialize,
            Deserialize,
            Default,
        )]
        pub struct $name(pub u64);

        impl $name {
            /// The id of a record that has not been stored yet.
            pub const UNASSIGNED: $name = $name(0);
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(ContactId);
id_type!(InteractionId);
id_type!(FollowUpId);
id_type!(InvoiceId);
