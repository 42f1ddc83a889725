//! The body of an error status: only its message and its code are read.
//!
//! Error bodies are small and their decoding is mostly this visitor, so it has no state of
//! the success path (`T`, markers, pagination), and the two common leaves, a key that is
//! only the code or only the message, each have a reader of their own that records its one
//! value without the role tests of [`Recorder`].

use super::fields::{integer_in, CodeValue, ErrorKeySeed, Head, Recorder};
use super::skip::{self, Skip};
use crate::__private::{role, Field};
use crate::{CodeKind, ErrorTable};
use serde_core::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Reads the message and the code of the object at `node` (the last of each wins),
/// everything else left to the JSON library's own skip.
///
/// `NESTED` is whether `node` is an object inside the body: the body's own object is read
/// by a visitor that never calls itself, so that the compiler can inline all of it into
/// the JSON library's map loop, as it does a derived struct's.
pub(super) struct ErrorFields<'s, 'de, E, const NESTED: bool> {
    pub(super) node: u8,
    pub(super) head: &'s mut Head<'de>,
    pub(super) table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, const NESTED: bool> DeserializeSeed<'de>
    for ErrorFields<'_, 'de, E, NESTED>
{
    type Value = ();

    // Only the nested object is read through this seed (`error` of `error.code`): inlined
    // into the body's map loop, its key reads inline too (Stripe's error body: 1.085x ->
    // 1.041x a derive's instructions, BENCHMARKS.md).
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ErrorTable, const NESTED: bool> Visitor<'de> for ErrorFields<'_, 'de, E, NESTED> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a response envelope object")
    }

    // Inlined into the JSON library's map loop, as a derive's `visit_map` is (BENCHMARKS.md,
    // "Decode": the reading of Binance's error body went from 1.27x to 1.19x a derive's).
    #[inline(always)]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(field) = map.next_key_seed(ErrorKeySeed::<E>(self.node, PhantomData))? {
            match field {
                // Markers do not matter under an error status: only these two roles.
                Field::Leaf(roles) => match roles & (role::MESSAGE | role::CODE) {
                    // A status table has no code key: its builds compile no code reader.
                    role::CODE if const { !matches!(E::KIND, CodeKind::Status) } => {
                        self.head.code = map.next_value_seed(CodeSeed::<E>(PhantomData))?
                    }
                    role::MESSAGE => self.head.message = map.next_value_seed(MessageSeed)?,
                    0 => drop(map.next_value_seed(skip::SCAN)?),
                    both => map.next_value_seed(Recorder::<E> {
                        roles: both,
                        head: &mut *self.head,
                        table: PhantomData,
                    })?,
                },
                Field::Node(node) if const { E::__ENVELOPE.has_nested_path() } => map
                    .next_value_seed(ErrorFields::<E, true> {
                        node,
                        head: &mut *self.head,
                        table: PhantomData,
                    })?,
                // Without nested paths the table names no node: nothing below is compiled.
                Field::Node(_) | Field::Other => drop(map.next_value_seed(skip::SCAN)?),
            }
        }
        Ok(())
    }

    // An object on the way to a nested field may be any other value: nothing there.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        Skip::TOP.visit_seq(seq)
    }

    ignore_scalars!();
}

/// A leaf that is only the code: a value of the table's kind, or no code.
struct CodeSeed<E>(PhantomData<fn() -> E>);

impl<'de, E: ErrorTable> DeserializeSeed<'de> for CodeSeed<E> {
    type Value = Option<CodeValue<'de>>;

    // One call site each: inlined into the map loop with the object's visitor.
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ErrorTable> Visitor<'de> for CodeSeed<E> {
    type Value = Option<CodeValue<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_i64<Er: de::Error>(self, value: i64) -> Result<Self::Value, Er> {
        Ok(CodeValue::of_integer::<E>(Some(value)))
    }

    fn visit_u64<Er: de::Error>(self, value: u64) -> Result<Self::Value, Er> {
        Ok(CodeValue::of_integer::<E>(i64::try_from(value).ok()))
    }

    fn visit_borrowed_str<Er: de::Error>(self, value: &'de str) -> Result<Self::Value, Er> {
        Ok(CodeValue::of_str::<E>(Cow::Borrowed(value)))
    }

    // An escaped string: copied only when it is kept as a string table's code.
    fn visit_str<Er: de::Error>(self, value: &str) -> Result<Self::Value, Er> {
        Ok(match E::KIND {
            CodeKind::String => CodeValue::of_str::<E>(Cow::Owned(value.to_owned())),
            CodeKind::Integer => CodeValue::of_integer::<E>(integer_in(value)),
            CodeKind::Status => None,
        })
    }

    fn visit_string<Er: de::Error>(self, value: String) -> Result<Self::Value, Er> {
        Ok(CodeValue::of_str::<E>(Cow::Owned(value)))
    }

    not_this_value!();
}

/// A leaf that is only the message: a string, or no message.
struct MessageSeed;

impl<'de> DeserializeSeed<'de> for MessageSeed {
    type Value = Option<Cow<'de, str>>;

    // One call site each: inlined into the map loop with the object's visitor.
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for MessageSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_borrowed_str<Er: de::Error>(self, value: &'de str) -> Result<Self::Value, Er> {
        Ok(Some(Cow::Borrowed(value)))
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<Self::Value, Er> {
        Ok(Some(Cow::Owned(value.to_owned())))
    }

    fn visit_string<Er: de::Error>(self, value: String) -> Result<Self::Value, Er> {
        Ok(Some(Cow::Owned(value)))
    }

    fn visit_i64<Er: de::Error>(self, _: i64) -> Result<Self::Value, Er> {
        Ok(None)
    }

    fn visit_u64<Er: de::Error>(self, _: u64) -> Result<Self::Value, Er> {
        Ok(None)
    }

    not_this_value!();
}
