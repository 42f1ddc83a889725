//! One-pass decoding of the JSON response envelope.
//!
//! The body is read once, by serde_json, with a visitor over the envelope's keys: `data`
//! goes straight into `T` wherever it stands (`result` often comes after it), unknown
//! keys are skipped without being built. Nothing is buffered: no `serde_json::Value`, no
//! `RawValue` re-parse, no untagged or flattened enums.

use crate::{ApiError, ErrorTable};
use serde::de::{
    self, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// A decoded success response: its `data` and the pagination fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Page<T> {
    /// The `data` field, deserialized into `T`.
    pub data: T,
    /// The token to pass to fetch the next page, when there is one.
    pub continuation_token: Option<String>,
    /// The URL of the next page, when there is one.
    pub next_url: Option<String>,
}

/// Decodes a response of an API whose errors are the table `E`.
///
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
/// # Errors
/// Every case but the first above.
pub fn decode<'de, E, T>(status: u16, body: &'de [u8]) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: Deserialize<'de>,
{
    let success_status = (200..=299).contains(&status);
    // An error status whose body is not a JSON object (a proxy's HTML, an empty body) is
    // answered by its status alone, without building and dropping serde_json's error.
    let is_object = body
        .iter()
        .find(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
        .is_some_and(|&b| b == b'{');
    if !success_status && !is_object {
        return Err(ApiError::server(status, None));
    }
    let outcome = crate::backend::parse_object(
        body,
        EnvelopeVisitor::<T> {
            success_status,
            data: PhantomData,
        },
    );
    match outcome {
        Ok(Outcome::Success(page)) => Ok(page),
        Ok(Outcome::Error { message }) => {
            Err(ApiError::server(status, message.map(Cow::into_owned)))
        }
        Err(error) if success_status => Err(ApiError::decode(status, error)),
        Err(_) => Err(ApiError::server(status, None)),
    }
}

/// What the body said.
enum Outcome<'de, T> {
    Success(Page<T>),
    /// `"result":"error"`, or any envelope under a non-2xx status.
    Error {
        message: Option<Cow<'de, str>>,
    },
}

struct EnvelopeVisitor<T> {
    /// Only a 2xx response can be a success, so only then is `data` deserialized into `T`.
    success_status: bool,
    data: PhantomData<fn() -> T>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ResultTag {
    Success,
    Error,
    Other,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for EnvelopeVisitor<T> {
    type Value = Outcome<'de, T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a response envelope object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut result: Option<ResultTag> = None;
        let mut data: Option<Data<'de, T>> = None;
        let mut message: Option<Option<Cow<'de, str>>> = None;
        let mut continuation_token: Option<Option<String>> = None;
        let mut next_url: Option<Option<String>> = None;

        if !self.success_status {
            // Not a success whatever the body says: only the message matters (the last wins).
            // The rest is skipped by the JSON library itself, which scans (`"data":""`,
            // `"params":{}`) where the visitor would parse; it allocates only for a value
            // nested two levels deep.
            while let Some(key) = map.next_key::<Key>()? {
                match key {
                    Key::Message => message = Some(map.next_value_seed(MessageSeed)?),
                    _ => {
                        map.next_value_seed(Skip::SCAN)?;
                    }
                }
            }
            return Ok(Outcome::Error {
                message: message.flatten(),
            });
        }

        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Result => {
                    check_first(&result, "result")?;
                    result = Some(map.next_value_seed(ResultSeed)?);
                }
                Key::Data => {
                    check_first(&data, "data")?;
                    data = Some(map.next_value_seed(DataSeed(PhantomData))?);
                }
                Key::Message => {
                    check_first(&message, "message")?;
                    message = Some(map.next_value_seed(MessageSeed)?);
                }
                Key::ContinuationToken => {
                    check_first(&continuation_token, "continuation_token")?;
                    continuation_token = Some(map.next_value()?);
                }
                Key::NextUrl => {
                    check_first(&next_url, "next_url")?;
                    next_url = Some(map.next_value()?);
                }
                Key::Other => map.next_value_seed(Skip::TOP)?,
            }
        }

        match result {
            Some(ResultTag::Success) => {
                let data = match data {
                    Some(Data::Ready(data)) => data,
                    Some(Data::Scalar(scalar)) => scalar
                        .into_data()
                        .map_err(|why| de::Error::custom(format_args!("`data`: {why}")))?,
                    None => return Err(de::Error::missing_field("data")),
                };
                Ok(Outcome::Success(Page {
                    data,
                    continuation_token: continuation_token.flatten(),
                    next_url: next_url.flatten(),
                }))
            }
            Some(ResultTag::Error) => Ok(Outcome::Error {
                message: message.flatten(),
            }),
            Some(ResultTag::Other) => Err(de::Error::custom(
                "`result` is neither \"success\" nor \"error\"",
            )),
            None => Err(de::Error::missing_field("result")),
        }
    }
}

fn check_first<V, E: de::Error>(slot: &Option<V>, key: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::duplicate_field(key)),
        None => Ok(()),
    }
}

/// The envelope's keys; any other is skipped.
enum Key {
    Result,
    Data,
    Message,
    ContinuationToken,
    NextUrl,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match key {
            "result" => Key::Result,
            "data" => Key::Data,
            "message" => Key::Message,
            "continuation_token" => Key::ContinuationToken,
            "next_url" => Key::NextUrl,
            _ => Key::Other,
        })
    }
}

/// Skips a value without allocating.
///
/// serde's `IgnoredAny` makes serde_json keep a stack of the nesting levels it skips in its
/// scratch buffer: one allocation for any body with a nested unknown field (Kaiko's
/// `access`). Skipping through the visitor instead keeps the levels on the call stack; past
/// a few levels it hands over to `IgnoredAny`, which skips any depth without recursing.
#[derive(Clone, Copy)]
struct Skip {
    depth: u8,
}

impl Skip {
    const TOP: Skip = Skip { depth: 0 };
    /// Hands over at once (where the library's own skip is safe).
    #[cfg(not(feature = "sonic"))]
    const SCAN: Skip = Skip { depth: u8::MAX };
    /// sonic-rs's own skip is not (see `HAND_OVER_DEPTH`): the visitor skips.
    #[cfg(feature = "sonic")]
    const SCAN: Skip = Skip::TOP;
    /// From this depth on, `IgnoredAny` skips the rest: nesting this deep is rare enough
    /// that one allocation does not matter.
    #[cfg(not(feature = "sonic"))]
    const HAND_OVER_DEPTH: Option<u8> = Some(16);
    /// sonic-rs's `IgnoredAny` recurses without a limit (a stack overflow on a body nested
    /// a few thousand levels deep): never hand over; its 255-level recursion limit on the
    /// visitor path ends the skip instead.
    #[cfg(feature = "sonic")]
    const HAND_OVER_DEPTH: Option<u8> = None;

    fn inner(self) -> Skip {
        Skip {
            depth: self.depth.saturating_add(1),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        if Self::HAND_OVER_DEPTH.is_some_and(|depth| self.depth >= depth) {
            deserializer.deserialize_ignored_any(IgnoredAny).map(|_| ())
        } else {
            deserializer.deserialize_any(self)
        }
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self.inner())?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(self.inner())?.is_some() {
            map.next_value_seed(self.inner())?;
        }
        Ok(())
    }
}

/// Reads `result` without allocating.
struct ResultSeed;

impl<'de> DeserializeSeed<'de> for ResultSeed {
    type Value = ResultTag;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ResultTag, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ResultSeed {
    type Value = ResultTag;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"success\" or \"error\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<ResultTag, E> {
        Ok(match value {
            "success" => ResultTag::Success,
            "error" => ResultTag::Error,
            _ => ResultTag::Other,
        })
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<ResultTag, E> {
        Ok(ResultTag::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<ResultTag, E> {
        Ok(ResultTag::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<ResultTag, E> {
        Ok(ResultTag::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<ResultTag, E> {
        Ok(ResultTag::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<ResultTag, E> {
        Ok(ResultTag::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ResultTag, A::Error> {
        Skip::TOP.visit_seq(seq).map(|()| ResultTag::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ResultTag, A::Error> {
        Skip::TOP.visit_map(map).map(|()| ResultTag::Other)
    }
}

/// Reads `message`: a string, borrowed when it has no escapes; anything else is no message.
struct MessageSeed;

impl<'de> DeserializeSeed<'de> for MessageSeed {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MessageSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a message")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(value)))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip::TOP.visit_seq(seq).map(|()| None)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Skip::TOP.visit_map(map).map(|()| None)
    }
}

/// Reads `data` into `T` in place.
///
/// An array or object is handed to `T` directly (serde_json's own sequence and map
/// access, so records decode at serde_json's speed); a failure there fails the body. A
/// scalar is kept as it is until `result` says whether it must be a `T`: an error body
/// carries `"data":""` or `null`, often before `"result":"error"`, and must still decode
/// as that error, without the cost of a failed `T`.
struct DataSeed<T>(PhantomData<fn() -> T>);

/// `data` as read.
enum Data<'de, T> {
    Ready(T),
    Scalar(Scalar<'de>),
}

/// A scalar `data`, borrowed from the body where it can be.
enum Scalar<'de> {
    Str(Cow<'de, str>),
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Null,
}

impl<'de> Scalar<'de> {
    fn into_data<T: Deserialize<'de>>(self) -> Result<T, de::value::Error> {
        match self {
            Scalar::Str(Cow::Borrowed(value)) => {
                T::deserialize(de::value::BorrowedStrDeserializer::new(value))
            }
            Scalar::Str(Cow::Owned(value)) => {
                T::deserialize(de::value::StringDeserializer::new(value))
            }
            Scalar::Bool(value) => T::deserialize(value.into_deserializer()),
            Scalar::I64(value) => T::deserialize(value.into_deserializer()),
            Scalar::U64(value) => T::deserialize(value.into_deserializer()),
            Scalar::F64(value) => T::deserialize(value.into_deserializer()),
            Scalar::Null => T::deserialize(().into_deserializer()),
        }
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for DataSeed<T> {
    type Value = Data<'de, T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for DataSeed<T> {
    type Value = Data<'de, T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the response data")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        T::deserialize(SeqData(seq)).map(Data::Ready)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapData(map)).map(Data::Ready)
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::Str(Cow::Borrowed(value))))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::Str(Cow::Owned(value.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::Str(Cow::Owned(value))))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::I64(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::U64(value)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::F64(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Data::Scalar(Scalar::Null))
    }
}

/// The `data` array as a deserializer for `T`, over serde_json's own `SeqAccess`.
///
/// Unlike serde's `SeqAccessDeserializer`, it answers `Option` and newtype requests
/// (`Option<Vec<_>>`, `struct Trades(Vec<Trade>)`) as the JSON deserializer would.
struct SeqData<A>(A);

impl<'de, A: SeqAccess<'de>> Deserializer<'de> for SeqData<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_seq(self.0)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The `data` object as a deserializer for `T`, over serde_json's own `MapAccess`.
struct MapData<A>(A);

impl<'de, A: MapAccess<'de>> Deserializer<'de> for MapData<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        // `{"Variant": ...}`, as serde_json reads an externally tagged enum.
        de::value::MapAccessDeserializer::new(self.0).deserialize_enum(name, variants, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}
