//! The JSON parser under `decode`: serde_json, or sonic-rs with the `sonic` feature.
//!
//! Both read the body once through the same envelope visitor, so `T` sees the same
//! `Deserializer` calls, borrowed data included.

use serde_core::de::Visitor;

/// The JSON error behind [`ApiError::source`](core::error::Error::source) for decode errors:
/// `serde_json::Error`, or `sonic_rs::Error` with the `sonic` feature. Both have `line()`
/// and `column()`.
#[cfg(not(feature = "sonic"))]
pub type JsonError = serde_json::Error;

/// The JSON error behind [`ApiError::source`](core::error::Error::source) for decode errors:
/// `serde_json::Error`, or `sonic_rs::Error` with the `sonic` feature. Both have `line()`
/// and `column()`.
#[cfg(feature = "sonic")]
pub type JsonError = sonic_rs::Error;

/// Reads `body` as one JSON object through `visitor`, then checks that only whitespace
/// follows it.
///
/// Always inlined: out of line, its call and the copy of the deserializer's state cost
/// Binance's error body 26 instructions (1.104x -> 1.100x a derive's, BENCHMARKS.md).
#[cfg(not(feature = "sonic"))]
#[inline(always)]
pub(crate) fn parse_object<'de, V: Visitor<'de>>(
    body: &'de [u8],
    visitor: V,
) -> Result<V::Value, JsonError> {
    use serde_core::Deserializer as _;
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = deserializer.deserialize_map(visitor)?;
    deserializer.end()?;
    Ok(value)
}

/// Reads `body` as one JSON object through `visitor`, then checks that only whitespace
/// follows it.
#[cfg(feature = "sonic")]
pub(crate) fn parse_object<'de, V: Visitor<'de>>(
    body: &'de [u8],
    visitor: V,
) -> Result<V::Value, JsonError> {
    use serde_core::de::Error as _;
    use serde_core::Deserializer as _;
    // sonic-rs's own `from_slice` refuses inputs of 4 GiB or more; so does this.
    if u32::try_from(body.len()).is_err() {
        return Err(JsonError::custom("sonic-rs reads bodies under 4 GiB only"));
    }
    // A top-level array is not an envelope; sonic-rs would skip the whole of it to report
    // that, recursing once per nesting level.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(JsonError::invalid_type(
            serde_core::de::Unexpected::Seq,
            &"a response envelope object",
        ));
    }
    let mut deserializer = sonic_rs::Deserializer::from_slice(body);
    let value = (&mut deserializer).deserialize_map(visitor)?;
    deserializer.end()?;
    Ok(value)
}

/// Reads `body` as one JSON value through `seed`, then checks that only whitespace
/// follows it.
#[cfg(not(feature = "sonic"))]
pub(crate) fn parse_value<'de, S: serde_core::de::DeserializeSeed<'de>>(
    body: &'de [u8],
    seed: S,
) -> Result<S::Value, JsonError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = seed.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Reads `body` as one JSON value through `seed`, then checks that only whitespace
/// follows it.
#[cfg(feature = "sonic")]
pub(crate) fn parse_value<'de, S: serde_core::de::DeserializeSeed<'de>>(
    body: &'de [u8],
    seed: S,
) -> Result<S::Value, JsonError> {
    use serde_core::de::Error as _;
    if u32::try_from(body.len()).is_err() {
        return Err(JsonError::custom("sonic-rs reads bodies under 4 GiB only"));
    }
    let mut deserializer = sonic_rs::Deserializer::from_slice(body);
    let value = seed.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}
