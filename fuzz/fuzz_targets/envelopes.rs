//! Fuzzes `kaiko_errors::decode` under every envelope style: the first byte picks the
//! style (Kaiko, Binance, Bybit, OKX, JSON-RPC, Stripe, Twirp), the next two the status,
//! the rest is the body. The checks are
//! `kaiko_errors_tests::invariants::check_envelope_invariants`, which `cargo test` also runs
//! over the committed corpus.

#![no_main]

libfuzzer_sys::fuzz_target!(|input: &[u8]| {
    kaiko_errors_tests::invariants::check_envelope_invariants(input);
});
