//! Replays the committed fuzz corpora of `fuzz/` (each target's seeds and its minimised
//! corpus) through the same invariant checks as the fuzzer, so a regression
//! fails `cargo test` without libFuzzer.

use std::path::Path;

/// Runs `check` on every file of `fuzz/seeds/TARGET` and `fuzz/corpus/TARGET` (the corpus
/// may be absent), asserting it never panics; at least `at_least` files.
fn replay(target: &str, at_least: usize, check: fn(&[u8])) {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut replayed = 0;
    for dir in ["seeds", "corpus"] {
        let dir = fuzz.join(dir).join(target);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(_) if dir.starts_with(fuzz.join("corpus")) => continue,
            Err(err) => panic!("{}: {err}", dir.display()),
        };
        for entry in entries {
            let path = entry.expect("list the corpus").path();
            let input = std::fs::read(&path).expect("read a corpus file");
            let outcome = std::panic::catch_unwind(|| check(&input));
            assert!(outcome.is_ok(), "invariant broken by {}", path.display());
            replayed += 1;
        }
    }
    assert!(
        replayed >= at_least,
        "only {replayed} {target} corpus files found"
    );
}

#[test]
fn committed_decode_corpus_keeps_every_invariant() {
    replay("decode", 30, kaiko_errors_tests::check_decode_invariants);
}

#[test]
fn committed_envelopes_corpus_keeps_every_invariant() {
    replay(
        "envelopes",
        24,
        kaiko_errors_tests::invariants::check_envelope_invariants,
    );
}

#[test]
fn committed_generate_corpus_keeps_every_invariant() {
    replay(
        "generate",
        21,
        kaiko_errors_tests::generate_invariants::check_generate_invariants,
    );
}
