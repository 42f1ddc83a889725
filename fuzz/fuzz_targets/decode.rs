//! Fuzzes `kaiko_errors::decode`: the first two bytes pick the status, the rest is the body.
//! The checks are `kaiko_errors_tests::check_decode_invariants`, which `cargo test` also
//! runs over the committed corpus.

#![no_main]

libfuzzer_sys::fuzz_target!(|input: &[u8]| {
    kaiko_errors_tests::check_decode_invariants(input);
});
