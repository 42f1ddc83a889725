//! Fuzzes the generator on arbitrary spec pages: the first byte picks how the page is read
//! (`codes`, `layout`, `tables = "all"`, a name, status and detail column), the rest is the
//! page. The checks are `kaiko_errors_tests::generate_invariants::check_generate_invariants`
//! (never a panic; the output parses as a Rust file), which `cargo test` also runs over
//! the committed corpus.

#![no_main]

libfuzzer_sys::fuzz_target!(|input: &[u8]| {
    kaiko_errors_tests::generate_invariants::check_generate_invariants(input);
});
