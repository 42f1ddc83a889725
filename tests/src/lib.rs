//! Downstream-style tests of kaiko-errors: the integration tests in `tests/`, the compile
//! tests in `ui/`, and the specs they read in `specs/`.

/// The README's quick start, compiled and run as a doctest against `specs/`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeQuickStart;

/// A table whose messages hold Markdown and HTML characters (`[name]`, `<T>`, `&`, `|`):
/// `cargo doc` with `-D warnings` in CI checks that the generated variant docs escape them.
#[kaiko_errors::error_table(spec = "specs/exchange.md")]
pub enum DocumentedError {}
