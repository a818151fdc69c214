//! Restoring a JSON backup, up to the records it would write: any bytes are a backup kith can
//! restore or an error, and a restorable backup exports again.
#![no_main]

use kith::interop::backup::BackupJson;
use kith::store::Dump;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(backup) = serde_json::from_slice::<BackupJson>(bytes) else {
        return;
    };
    if let Ok(dump) = Dump::try_from(&backup) {
        let _ = serde_json::to_string(&BackupJson::from(&dump));
    }
});
