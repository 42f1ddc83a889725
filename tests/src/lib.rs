//! Downstream-style tests of kaiko-errors: the integration tests in `tests/`, the compile
//! tests in `ui/`, and the specs they read in `specs/`.
//!
//! The library holds what the tests and the fuzz target (`fuzz/`) share: the record types
//! of a Kaiko trades page and the invariants every decode must keep.

pub mod apis;
pub mod fake_server;
pub mod generate_invariants;
pub mod invariants;

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

/// A Kaiko trades page of `records` records, shaped as the API sends it (`query`, `time`,
/// `timestamp`, `data`, then `result`, the pagination fields and `access`), with the byte
/// range of its `data` array.
#[must_use]
pub fn trades_page(records: usize) -> (String, std::ops::Range<usize>) {
    use std::fmt::Write as _;
    let mut page = String::with_capacity(records * 112 + 1024);
    page.push_str(
        r#"{"query":{"exchange":"cbse","instrument_class":"spot","instrument":"btc-usd","page_size":100000,"start_time":"2026-11-24T00:00:00.000Z","data_version":"v1"},"time":"2026-11-24T10:00:00.123Z","timestamp":1764000000123,"data":"#,
    );
    let data_start = page.len();
    page.push('[');
    for i in 0..records {
        if i > 0 {
            page.push(',');
        }
        let _ = write!(
            page,
            r#"{{"timestamp":{},"trade_id":"{}","price":"{}.{:02}","amount":"0.{:06}","taker_side_sell":{}}}"#,
            1_764_000_000_000_u64 + i as u64 * 37,
            611_457_389 + i,
            97_000 + (i * 7919) % 500,
            (i * 31) % 100,
            (i * 104_729) % 1_000_000,
            i % 3 == 0
        );
    }
    page.push(']');
    let data_end = page.len();
    page.push_str(
        r#","result":"success","continuation_token":"3jdP1Wv3kq8bZx","next_url":"https://us.market-api.kaiko.io/v2/data/trades.v1/exchanges/cbse/spot/btc-usd/trades?continuation_token=3jdP1Wv3kq8bZx","access":{"access_range":{"start_timestamp":null,"end_timestamp":null},"data_range":{"start_timestamp":null,"end_timestamp":null}}}"#,
    );
    (page, data_start..data_end)
}

/// A Bybit-style page of `records` trades: `{"result":{"list":[...]},...,"retCode":0}`, the
/// code after the payload (the order that makes a one-pass decoder keep the payload before
/// it knows), with the byte range of the `result` object.
#[must_use]
pub fn bybit_page(records: usize) -> (String, std::ops::Range<usize>) {
    let (trades, data) = trades_page(records);
    let list = trades.get(data).unwrap_or_default();
    let mut page = String::with_capacity(list.len() + 256);
    page.push_str(r#"{"result":"#);
    let start = page.len();
    page.push_str(r#"{"category":"spot","list":"#);
    page.push_str(list);
    page.push_str(r#","nextPageCursor":"page_args%3D123"}"#);
    let end = page.len();
    page.push_str(r#","retExtInfo":{},"time":1764000000123,"retMsg":"OK","retCode":0}"#);
    (page, start..end)
}

/// A page of `records` trades that is the whole body (a JSON array), as Binance sends.
#[must_use]
pub fn whole_body_page(records: usize) -> String {
    let (page, data) = trades_page(records);
    page.get(data).unwrap_or_default().to_owned()
}

/// Bybit's `result` object, as `T`.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct BybitList<T> {
    pub category: String,
    pub list: Vec<T>,
    #[serde(rename = "nextPageCursor")]
    pub next_page_cursor: String,
}

/// Binance's error body.
pub const BINANCE_ERROR_BODY: &str = r#"{"code":-1121,"msg":"Invalid symbol."}"#;

/// Stripe's card error body.
pub const STRIPE_ERROR_BODY: &str = r#"{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined.","doc_url":"https://stripe.com/docs/error-codes/card-declined"}}"#;

/// Parses `json` with the JSON library `decode` uses (serde_json, or sonic-rs with the
/// `sonic` feature): the baseline of "the data alone".
///
/// # Errors
/// When `json` is not a `T`.
pub fn parse_data_only<'de, T: Deserialize<'de>>(
    json: &'de [u8],
) -> Result<T, kaiko_errors::JsonError> {
    #[cfg(feature = "sonic")]
    return sonic_rs::from_slice(json);
    #[cfg(not(feature = "sonic"))]
    return serde_json::from_slice(json);
}

/// Kaiko's 429 body.
pub const RATE_LIMIT_BODY: &str = r#"{"result":"error","message":"Rate limit reached -- You have exceeded the 6000 requests per minute of your plan.","data":"","params":{}}"#;

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
