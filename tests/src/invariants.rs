//! The invariants every decode keeps, for every envelope style: what the `envelopes` fuzz
//! target checks, and what `cargo test` replays over its committed corpus.

use crate::apis::{BinanceError, BybitError, OkxError, RpcError, StripeError, TwirpError};
use kaiko_errors::{CodeKind, ErrorCode, ErrorTable, RawCode};
use serde::de::IgnoredAny;
use serde_json::Value;

/// The envelope styles, by the input's first byte (modulo their number).
pub const STYLES: [&str; 7] = [
    "kaiko", "binance", "bybit", "okx", "json-rpc", "stripe", "twirp",
];

/// Splits an input into a style (its first byte), a status (the next two, folded into
/// `0..700`) and a body, and checks every invariant of `decode` for that style:
/// - `Ok` only for a 2xx whose body the style's oracle (a `serde_json::Value` reading of
///   the rules) calls a success;
/// - `code()` is the variant of `raw_code()` (for Kaiko, of the status);
/// - `raw_code()` is the body's code at the style's path when the body is a JSON object
///   and the error is not a decode error;
/// - `is_decode()` never for a non-2xx, `status()` the status, `Display` never empty.
///
/// # Panics
/// When an invariant is broken: that is the finding.
pub fn check_envelope_invariants(input: &[u8]) {
    let Some((&style, rest)) = input.split_first() else {
        return;
    };
    let (status, body) = crate::status_and_body(rest);
    match usize::from(style) % STYLES.len() {
        0 => check::<ErrorCode>(status, body, &Oracle::KAIKO),
        1 => check::<BinanceError>(status, body, &Oracle::new("code", "", None)),
        2 => check::<BybitError>(
            status,
            body,
            &Oracle::new("retCode", "result", Some(("retCode", "0"))),
        ),
        3 => check::<OkxError>(
            status,
            body,
            &Oracle::new("code", "data", Some(("code", "0"))),
        ),
        4 => check::<RpcError>(status, body, &Oracle::new("error.code", "result", None)),
        5 => check::<StripeError>(status, body, &Oracle::new("error.code", "", None)),
        _ => check::<TwirpError>(status, body, &Oracle::new("code", "", None)),
    }
}

/// The rules of one style, read off a `serde_json::Value`.
struct Oracle {
    code: &'static str,
    data: &'static str,
    /// `success(PATH = "TEXT")`, matched by a string or a number of that text.
    success: Option<(&'static str, &'static str)>,
    /// Kaiko's `result`.
    kaiko: bool,
}

impl Oracle {
    const KAIKO: Oracle = Oracle {
        code: "",
        data: "data",
        success: None,
        kaiko: true,
    };

    const fn new(
        code: &'static str,
        data: &'static str,
        success: Option<(&'static str, &'static str)>,
    ) -> Self {
        Oracle {
            code,
            data,
            success,
            kaiko: false,
        }
    }

    /// Whether the body may be a success page: the marker holds its literal, or without a
    /// marker there is no code.
    fn allows_success<E: ErrorTable>(&self, body: &Value) -> bool {
        if self.kaiko {
            return body.get("result").and_then(Value::as_str) == Some("success");
        }
        let has_data = self.data.is_empty() || at(body, self.data).is_some();
        has_data
            && match self.success {
                Some((path, text)) => at(body, path).is_some_and(|value| match value {
                    Value::String(s) => s == text,
                    Value::Number(n) => n.to_string() == text,
                    _ => false,
                }),
                None => code_of::<E>(body, self.code).is_none(),
            }
    }
}

/// The value at a dotted path of an object.
fn at<'v>(body: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.')
        .try_fold(body, |value, key| value.as_object()?.get(key))
}

/// The code at `path`, as the crate reads it for `E`'s kind.
fn code_of<E: ErrorTable>(body: &Value, path: &str) -> Option<RawCode> {
    let value = at(body, path)?;
    match E::KIND {
        CodeKind::Status => None,
        CodeKind::Integer => match value {
            Value::Number(n) => n.as_i64().map(RawCode::Integer),
            Value::String(s) => s.parse().ok().map(RawCode::Integer),
            _ => None,
        },
        CodeKind::String => value.as_str().map(|s| RawCode::String(s.into())),
    }
}

fn check<E: ErrorTable>(status: u16, body: &[u8], oracle: &Oracle) {
    check_one::<E, IgnoredAny>(status, body, oracle);
    check_one::<E, Value>(status, body, oracle);
    check_one::<E, Vec<crate::Trade>>(status, body, oracle);
}

fn check_one<'de, E: ErrorTable, T: serde::Deserialize<'de>>(
    status: u16,
    body: &'de [u8],
    oracle: &Oracle,
) {
    let success_status = (200..=299).contains(&status);
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    match kaiko_errors::decode::<E, T>(status, body) {
        Ok(_) => {
            assert!(success_status, "Ok for status {status}");
            // serde_json leaves the UTF-8 of strings it skips (`IgnoredAny`) unchecked, so
            // the oracle reads such a body with the bad bytes replaced; it also skips a
            // number beyond f64 (`1e7713`) that a `Value` cannot hold: then only the JSON's
            // shape can be checked.
            match parsed.or_else(|| serde_json::from_str(&String::from_utf8_lossy(body)).ok()) {
                Some(parsed) => assert!(
                    oracle.allows_success::<E>(&parsed),
                    "Ok for a body that is not a success"
                ),
                None => assert!(
                    serde_json::from_slice::<IgnoredAny>(body).is_ok(),
                    "Ok for a body that is not JSON"
                ),
            }
        }
        Err(error) => {
            assert_eq!(error.status(), status);
            assert!(
                success_status || !error.is_decode(),
                "decode error for status {status}"
            );
            assert!(!error.to_string().is_empty(), "empty Display");
            match E::KIND {
                CodeKind::Status => assert_eq!(error.code(), E::from_status(status)),
                _ => assert_eq!(error.code(), error.raw_code().and_then(E::from_raw_code)),
            }
            if let Some(parsed) = parsed.filter(|p| p.is_object() && !error.is_decode()) {
                if !oracle.kaiko {
                    assert_eq!(
                        error.raw_code(),
                        code_of::<E>(&parsed, oracle.code).as_ref()
                    );
                }
            }
        }
    }
}
