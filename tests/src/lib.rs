//! Downstream-style tests of kaiko-errors: the integration tests in `tests/`, the compile
//! tests in `ui/`, and the specs they read in `specs/`.
//!
//! The library holds what the tests and the fuzz target (`fuzz/`) share: the record types
//! of a Kaiko trades page and the invariants every decode must keep.

use kaiko_errors::{decode, ErrorCode};
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::borrow::Cow;

/// A trade record borrowed from the body.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct TradeRef<'a> {
    pub timestamp: u64,
    pub trade_id: &'a str,
    pub price: &'a str,
    pub amount: &'a str,
    pub taker_side_sell: bool,
}

/// A trade record that owns its strings.
#[derive(Debug, Deserialize, PartialEq, Eq, Clone)]
pub struct Trade {
    pub timestamp: u64,
    pub trade_id: String,
    pub price: String,
    pub amount: String,
    pub taker_side_sell: bool,
}

/// Splits a fuzz input into a status (its first two bytes, folded into `0..700` so that
/// 2xx, documented, undocumented and impossible statuses all come up) and a body.
#[must_use]
pub fn status_and_body(input: &[u8]) -> (u16, &[u8]) {
    match input {
        [high, low, body @ ..] => (u16::from_be_bytes([*high, *low]) % 700, body),
        _ => (200, input),
    }
}

/// Decodes `input` (see [`status_and_body`]) into a borrowed page, an owned page and
/// `IgnoredAny`, and panics if any decode breaks an invariant of `decode`:
/// - `Ok` only for a 2xx whose body is an object with `"result":"success"`;
/// - `code()` is always `ErrorCode::from_status(status)`, `status()` the status;
/// - `is_decode()` never for a non-2xx;
/// - `Display` is never empty.
pub fn check_decode_invariants(input: &[u8]) {
    let (status, body) = status_and_body(input);
    check_one::<Vec<TradeRef<'_>>>(status, body);
    check_one::<Vec<Trade>>(status, body);
    check_one::<IgnoredAny>(status, body);
}

fn check_one<'de, T: Deserialize<'de>>(status: u16, body: &'de [u8]) {
    let success_status = (200..=299).contains(&status);
    match decode::<ErrorCode, T>(status, body) {
        Ok(_) => {
            assert!(success_status, "Ok for status {status}");
            assert!(
                result_is_success(body),
                "Ok for a body whose result is not \"success\""
            );
        }
        Err(error) => {
            assert_eq!(error.status(), status);
            assert_eq!(error.code(), ErrorCode::from_status(status));
            assert!(
                success_status || !error.is_decode(),
                "decode error for status {status}"
            );
            assert!(!error.to_string().is_empty(), "empty Display");
        }
    }
}

/// The oracle: serde's derive reading only `result` (every other key skipped).
fn result_is_success(body: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct ResultOnly<'a> {
        #[serde(borrow)]
        result: Cow<'a, str>,
    }
    serde_json::from_slice::<ResultOnly<'_>>(body).is_ok_and(|only| only.result == "success")
}

/// The README's quick start, compiled and run as a doctest against `specs/`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeQuickStart;

/// A table whose messages hold Markdown and HTML characters (`[name]`, `<T>`, `&`, `|`):
/// `cargo doc` with `-D warnings` in CI checks that the generated variant docs escape them.
#[kaiko_errors::error_table(spec = "specs/exchange.md")]
pub enum DocumentedError {}
