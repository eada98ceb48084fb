//! Arbitrary bytes, decoded lossily, through every reading; the invariants of
//! `policy_claims_fuzz::check` hold on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    policy_claims_fuzz::check(&String::from_utf8_lossy(data));
});
