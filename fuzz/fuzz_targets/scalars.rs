//! The small parsers: `PartialDate::parse` agrees with an independent reference and round-trips
//! through `iso()`, and any id `is_slug` accepts is a safe single path segment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use suivi_fuzz::{check_date, unsafe_segment};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = check_date(s) {
        panic!("{e}");
    }
    if suivi::config::is_slug(s)
        && let Some(why) = unsafe_segment(s)
    {
        panic!("is_slug accepts {s:?}, which {why}");
    }
});
