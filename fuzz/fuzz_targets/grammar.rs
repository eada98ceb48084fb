//! Text strung together from the pieces of the grammar, chosen by the fuzzer's bytes (see
//! `policy_claims_fuzz::assemble`), through every reading.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    policy_claims_fuzz::check(&policy_claims_fuzz::assemble(data));
});
