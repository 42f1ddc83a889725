//! Replays the committed fuzz corpora of `fuzz/` (each target's seeds and its minimised
//! corpus) through the same invariant checks as the fuzzer, so a regression
//! fails `cargo test` without libFuzzer.

use std::path::Path;

#[test]
fn committed_decode_corpus_keeps_every_invariant() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut replayed = 0;
    for dir in ["seeds/decode", "corpus/decode"] {
        let dir = fuzz.join(dir);
        for entry in
            std::fs::read_dir(&dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        {
            let path = entry.expect("list the corpus").path();
            let input = std::fs::read(&path).expect("read a corpus file");
            let outcome =
                std::panic::catch_unwind(|| kaiko_errors_tests::check_decode_invariants(&input));
            assert!(outcome.is_ok(), "invariant broken by {}", path.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 30, "only {replayed} corpus files found");
}

#[test]
fn committed_envelopes_corpus_keeps_every_invariant() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut replayed = 0;
    for dir in ["seeds/envelopes", "corpus/envelopes"] {
        let dir = fuzz.join(dir);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            assert!(
                dir.ends_with("corpus/envelopes"),
                "{} is missing",
                dir.display()
            );
            continue;
        };
        for entry in entries {
            let path = entry.expect("list the corpus").path();
            let input = std::fs::read(&path).expect("read a corpus file");
            let outcome = std::panic::catch_unwind(|| {
                kaiko_errors_tests::invariants::check_envelope_invariants(&input);
            });
            assert!(outcome.is_ok(), "invariant broken by {}", path.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 24, "only {replayed} corpus files found");
}
