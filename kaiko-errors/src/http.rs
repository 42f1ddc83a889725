//! Decoding an `http::Response` (the `http` feature): status, headers and body.

use crate::{decode, ApiError, ErrorTable, Page};
use core::time::Duration;
use serde_core::Deserialize;
use std::time::SystemTime;

/// Decodes an `http::Response` as [`decode`] does its status and body, and also reads its
/// headers: [`ApiError::retry_after`] comes from `Retry-After`.
///
/// The body is any `AsRef<[u8]>` (`Vec<u8>`, `Bytes`, `String`, `&[u8]`), taken as
/// `impl AsRef<[u8]>` so that the call names only the table and the page's data, as
/// `reqwest::decode_response` does:
///
/// ```
/// # use kaiko_errors::ErrorCode;
/// let response = http::Response::builder()
///     .status(429)
///     .header("retry-after", "2")
///     .body(br#"{"result":"error","message":"Slow down"}"#.to_vec())
///     .unwrap();
/// let error = kaiko_errors::http::decode_response::<ErrorCode, Vec<u64>>(&response).unwrap_err();
/// assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(2)));
/// ```
///
/// # Errors
/// As [`decode`].
pub fn decode_response<'de, E, T>(
    response: &'de ::http::Response<impl AsRef<[u8]>>,
) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    let retry_after = retry_after(response.headers());
    decode::<E, T>(response.status().as_u16(), response.body().as_ref())
        .map_err(|error| error.with_retry_after(retry_after))
}

/// The wait a `Retry-After` header asks for, in either of its forms: delta-seconds
/// (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`, measured from now; a date
/// already past is zero). `None` when the header is absent or unreadable.
pub(crate) fn retry_after(headers: &::http::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(::http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    parse_retry_after(value, SystemTime::now())
}

fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(Duration::from_secs);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_of_retry_after() {
        let now = httpdate::parse_http_date("Wed, 25 Nov 2026 10:00:00 GMT").unwrap();
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after("0", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Wed, 25 Nov 2026 10:01:30 GMT", now),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            parse_retry_after("Wed, 25 Nov 2026 09:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "99999999999999999999999",
            "Wed, 32 Nov 2026 10:00:00 GMT",
        ] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad}");
        }
    }
}
