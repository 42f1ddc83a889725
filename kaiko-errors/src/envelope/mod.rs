//! One-pass decoding of the JSON response envelope.
//!
//! The body is read once, by serde_json, with a visitor over the envelope's keys: `data`
//! goes straight into `T` wherever it stands (the field that decides often comes after
//! it), unknown keys are skipped without being built, nested paths (`error.code`) are
//! read in the same pass. Nothing is buffered: no `serde_json::Value`, no `RawValue`
//! re-parse, no untagged or flattened enums.

/// The visits of a value that does not matter: every scalar is accepted and dropped.
macro_rules! ignore_scalars {
    () => {
        fn visit_bool<Er: serde_core::de::Error>(self, _: bool) -> Result<(), Er> {
            Ok(())
        }

        fn visit_i64<Er: serde_core::de::Error>(self, _: i64) -> Result<(), Er> {
            Ok(())
        }

        fn visit_u64<Er: serde_core::de::Error>(self, _: u64) -> Result<(), Er> {
            Ok(())
        }

        fn visit_f64<Er: serde_core::de::Error>(self, _: f64) -> Result<(), Er> {
            Ok(())
        }

        fn visit_str<Er: serde_core::de::Error>(self, _: &str) -> Result<(), Er> {
            Ok(())
        }

        fn visit_unit<Er: serde_core::de::Error>(self) -> Result<(), Er> {
            Ok(())
        }
    };
}

/// The visits of a value that is not what a leaf reads (a bool, a float, `null`, an array
/// or an object where a code or a message belongs): `None`, the value skipped.
macro_rules! not_this_value {
    () => {
        fn visit_bool<Er: serde_core::de::Error>(self, _: bool) -> Result<Self::Value, Er> {
            Ok(None)
        }

        fn visit_f64<Er: serde_core::de::Error>(self, _: f64) -> Result<Self::Value, Er> {
            Ok(None)
        }

        fn visit_unit<Er: serde_core::de::Error>(self) -> Result<Self::Value, Er> {
            Ok(None)
        }

        fn visit_seq<A: serde_core::de::SeqAccess<'de>>(
            self,
            seq: A,
        ) -> Result<Self::Value, A::Error> {
            Skip::TOP.visit_seq(seq).map(|()| None)
        }

        fn visit_map<A: serde_core::de::MapAccess<'de>>(
            self,
            map: A,
        ) -> Result<Self::Value, A::Error> {
            Skip::TOP.visit_map(map).map(|()| None)
        }
    };
}

mod data;
mod error_body;
mod fields;
mod skip;
mod whole;

use crate::{ApiError, CodeKind, ErrorTable, RawCode};
use data::Data;
pub(crate) use fields::integer_in;
use fields::{CodeValue, Head, Mode, Observed, Seen};
use serde_core::de::{self, MapAccess, Visitor};
use serde_core::Deserialize;
use std::fmt;
use std::marker::PhantomData;

/// A decoded success response: its `data` and the pagination fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Page<T> {
    /// The `data` field (the payload at the envelope's `data` path, or the whole body),
    /// deserialized into `T`.
    pub data: T,
    /// The token to pass to fetch the next page, when there is one: the body's top-level
    /// `continuation_token` (always `None` when the whole body is the data).
    pub continuation_token: Option<String>,
    /// The URL of the next page, when there is one: the body's top-level `next_url`
    /// (always `None` when the whole body is the data).
    pub next_url: Option<String>,
}

/// Decodes a response of an API whose errors are the table `E`.
///
/// With Kaiko's envelope (a table without `envelope(...)`):
/// - 2xx with `"result":"success"`: `Ok`, with `data` deserialized into `T` (which may
///   borrow from `body`); the keys may come in any order, unknown keys are skipped.
/// - `"result":"error"` at any status: `Err` with [`code`](ApiError::code)
///   `E::from_status(status)` and the server's `message`.
/// - Any other non-2xx: `Err` from the status alone, whatever the body holds.
/// - Any other 2xx (invalid JSON, a missing or unknown `result`, a missing `data` or one
///   that is not a `T`): `Err` with [`is_decode`](ApiError::is_decode).
///
/// `result` is matched exactly (`"success"`, `"error"`: no other case, no whitespace).
/// Under a 2xx status an envelope key given twice (`result`, `data`, `message`,
/// `continuation_token`, `next_url`) makes the body invalid, as serde's derive would; under
/// an error status the status is the answer anyway, and the last `message` wins.
///
/// Other envelopes follow the same rules with their own paths and markers: see
/// [the crate docs](crate#the-envelope).
///
/// # Errors
/// Every case but the first above.
pub fn decode<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    // The table picks its reader (`ErrorTable::__decode`), so that a build instantiates
    // only the one its envelope needs.
    E::__decode::<T>(status, body)
}

/// `decode` for a body whose payload is at a path (`data`, `result`): the envelope's
/// visitor reads the fields, the payload straight into `T`.
pub fn decode_envelope<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    if !(200..=299).contains(&status) {
        return Err(error_status(status, body));
    }
    envelope_2xx(status, body)
}

/// The 2xx path of `decode_envelope`, out of line, as `whole_body_2xx` is.
#[inline(never)]
fn envelope_2xx<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    let mut state = Observed::<T>::new();
    let first =
        crate::backend::parse_object(body, TopVisitor::<E, T>::new(&mut state, Mode::Success));
    finish(status, body, first, state, rescue::<E, T>)
}

/// `decode` for `data = ""`: the whole body is the payload, read by `T` through a tap.
pub fn decode_whole_body<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    if !(200..=299).contains(&status) {
        return Err(error_status(status, body));
    }
    whole_body_2xx(status, body)
}

/// The 2xx path of `decode_whole_body`, out of line: inlined, its state gave the error
/// path a frame of 800 bytes to set up (Stripe's error body: 1.110x -> 1.090x a derive's
/// instructions, BENCHMARKS.md).
#[inline(never)]
fn whole_body_2xx<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    let mut state = Observed::<T>::new();
    let first = whole::parse::<E, T>(body, &mut state);
    // The tap never instantiated the envelope's visitor for `T`: the rescue reads with the
    // cheapest payload type.
    finish(status, body, first, state, rescue::<E, de::IgnoredAny>)
}

/// The answer of a 2xx's first reading; `rescue` reads the body again when `T` failed.
fn finish<'de, E: ErrorTable, T>(
    status: u16,
    body: &'de [u8],
    first: Result<Verdict<T>, crate::JsonError>,
    state: Observed<'de, T>,
    rescue: fn(u16, &'de [u8]) -> Option<ApiError<E>>,
) -> Result<Page<T>, ApiError<E>> {
    match first {
        Ok(Verdict::Success(page)) => Ok(page),
        Ok(Verdict::Error) => Err(api_error(status, body, state.head)),
        // The whole body was not a `T`, but what `T` read of it already makes it the API's
        // error (`{"code":-1121,"msg":...}` read as a record).
        Err(_) if state.data_failed && state.head.is_error_already::<E>() => {
            Err(api_error(status, body, state.head))
        }
        Err(error) if state.data_failed => {
            Err(rescue(status, body).unwrap_or_else(|| ApiError::decode(status, body, error)))
        }
        Err(error) => Err(ApiError::decode(status, body, error)),
    }
}

/// A non-2xx: the error of its status (or, for a code table, of the body's code), with
/// the message and code when the body is an envelope.
///
/// Always inlined, with `api_error`, `ApiError::server` and `Kept::new`: the error is then
/// written once, in place, into the caller's `Result` (Binance's error body: 1.19x -> 1.14x a
/// derive's instructions, BENCHMARKS.md).
#[inline(always)]
fn error_status<E: ErrorTable>(status: u16, body: &[u8]) -> ApiError<E> {
    // A body that is not a JSON object (a proxy's HTML, an empty body) is answered by its
    // status alone, without building and dropping serde_json's error.
    let is_object = body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
        .is_some_and(|&b| b == b'{');
    if !is_object {
        return ApiError::server(status, body, None, None);
    }
    let mut head = Head::new();
    let visitor = error_body::ErrorFields::<E, false> {
        node: 0,
        head: &mut head,
        table: PhantomData,
    };
    match crate::backend::parse_object(body, visitor) {
        Ok(()) => api_error(status, body, head),
        Err(_) => ApiError::server(status, body, None, None),
    }
}

/// The failure path of a 2xx whose `data` came before the field that decides and was not
/// a `T`: the body is read once more with `data` skipped. When it is the API's error,
/// that is the answer; otherwise the decode error stands. The common case never comes here.
///
/// No `R` is ever read (`data` is skipped). `decode_envelope` passes its own `T`, whose
/// visitor the first pass already instantiated: a second payload type would compile a
/// second copy of the whole envelope reader into every user's crate.
fn rescue<'de, E: ErrorTable, R: Deserialize<'de>>(
    status: u16,
    body: &'de [u8],
) -> Option<ApiError<E>> {
    let mut state = Observed::<R>::new();
    let visitor = TopVisitor::<E, R>::new(&mut state, Mode::Rescue);
    match crate::backend::parse_object(body, visitor) {
        Ok(Verdict::Error) => Some(api_error(status, body, state.head)),
        _ => None,
    }
}

#[inline(always)]
fn api_error<E: ErrorTable>(status: u16, body: &[u8], head: Head<'_>) -> ApiError<E> {
    let raw = match (E::KIND, head.code) {
        (CodeKind::Status, _) | (_, None) => None,
        (_, Some(CodeValue::Integer(code))) => Some(RawCode::Integer(code)),
        (_, Some(CodeValue::Str(code))) => Some(RawCode::String(code.into())),
    };
    ApiError::server(status, body, head.message, raw)
}

/// What a body is, once read.
pub(super) enum Verdict<T> {
    Success(Page<T>),
    Error,
}

/// The body's object: reads its fields, then decides.
struct TopVisitor<'s, 'de, E, T> {
    state: &'s mut Observed<'de, T>,
    mode: Mode,
    table: PhantomData<fn() -> E>,
}

impl<'s, 'de, E, T> TopVisitor<'s, 'de, E, T> {
    fn new(state: &'s mut Observed<'de, T>, mode: Mode) -> Self {
        TopVisitor {
            state,
            mode,
            table: PhantomData,
        }
    }
}

impl<'de, E: ErrorTable, T: Deserialize<'de>> Visitor<'de> for TopVisitor<'_, 'de, E, T> {
    type Value = Verdict<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a response envelope object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        fields::visit_fields::<E, T, A>(&mut map, 0, self.state, self.mode)?;
        match decide::<E, A::Error>(&self.state.head)? {
            Decision::Error => Ok(Verdict::Error),
            // Only whether the body is an error matters here; the caller keeps its error.
            Decision::Success if self.mode == Mode::Rescue => {
                Err(de::Error::custom("not the API's error"))
            }
            Decision::Success => Ok(Verdict::Success(Page {
                data: data_of::<E, T, A::Error>(self.state.data.take())?,
                continuation_token: self.state.continuation_token.take(),
                next_url: self.state.next_url.take(),
            })),
        }
    }
}

/// The payload of a success, or why there is none.
fn data_of<'de, E: ErrorTable, T: Deserialize<'de>, Er: de::Error>(
    data: Option<Data<'de, T>>,
) -> Result<T, Er> {
    let path = E::__ENVELOPE.data;
    match data {
        Some(Data::Ready(data)) => Ok(data),
        Some(Data::Scalar(scalar)) => scalar
            .into_data()
            .map_err(|why| de::Error::custom(format_args!("`{path}`: {why}"))),
        None => Err(de::Error::missing_field(path)),
    }
}

enum Decision {
    Success,
    Error,
}

/// The rules of the crate docs ("The envelope"), in their order.
fn decide<E: ErrorTable, Er: de::Error>(head: &Head<'_>) -> Result<Decision, Er> {
    let shape = E::__ENVELOPE;
    if shape.error.is_some() && head.error == Seen::Match {
        return Ok(Decision::Error);
    }
    let unexpected = || -> Er {
        match (shape.success, shape.error) {
            (Some(success), Some(error)) if success.path == error.path => de::Error::custom(
                format_args!("`{}` is neither {success} nor {error}", success.path),
            ),
            (Some(success), _) if head.success == Seen::Other => {
                de::Error::custom(format_args!("`{}` is not {success}", success.path))
            }
            (_, Some(error)) => de::Error::custom(format_args!("`{}` is not {error}", error.path)),
            _ => de::Error::custom("the body is not a response envelope"),
        }
    };
    match shape.success {
        Some(_) if head.success == Seen::Match => Ok(Decision::Success),
        Some(_) if head.success == Seen::Other && shape.error.is_none() => Ok(Decision::Error),
        Some(_) if head.success == Seen::Other || head.error == Seen::Other => Err(unexpected()),
        Some(success) => Err(de::Error::missing_field(success.path)),
        None if head.code.is_some() => Ok(Decision::Error),
        None if head.error == Seen::Other => Err(unexpected()),
        None => Ok(Decision::Success),
    }
}
