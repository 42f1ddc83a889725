//! `data = ""`: the whole body is the payload, and `T` drives the parse.
//!
//! `T` is deserialized from the body through a tap: a deserializer that hands every call
//! to the JSON library's own and watches, on the way, the keys of the envelope (the code,
//! the message, the markers, and the objects on the way to nested ones). `T` sees exactly
//! the calls and values it would see from serde_json; the envelope's fields are noted as
//! `T` reads (or skips) them, so one pass tells both the payload and whether the body is
//! the API's error.

use super::fields::{Head, Observed, Recorder};
use super::{decide, Decision, Page, Verdict};
use crate::__private::Field;
use crate::{ErrorTable, JsonError};
use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor,
};
use serde_core::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Reads the whole body as `T` and decides what it is.
pub(super) fn parse<'de, E: ErrorTable, T: Deserialize<'de>>(
    body: &'de [u8],
    state: &mut Observed<'de, T>,
) -> Result<Verdict<T>, JsonError> {
    let seed = TapSeed::<E, PhantomData<T>> {
        seed: PhantomData,
        at: At::Node(0),
        head: &mut state.head,
        table: PhantomData,
    };
    let data = match crate::backend::parse_value(body, seed) {
        Ok(data) => data,
        Err(error) => {
            state.data_failed = true;
            return Err(error);
        }
    };
    Ok(match decide::<E, JsonError>(&state.head)? {
        Decision::Error => Verdict::Error,
        Decision::Success => Verdict::Success(Page {
            data,
            continuation_token: None,
            next_url: None,
        }),
    })
}

/// What the value being read is to the envelope.
#[derive(Clone, Copy)]
enum At {
    /// An object whose keys may be envelope fields (the body, or `error` of `error.code`).
    Node(u8),
    /// An envelope field, with its roles.
    Leaf(u8),
    /// Nothing of the envelope: handed over untouched.
    Other,
}

/// `T`'s seed, applied to the tapped deserializer.
struct TapSeed<'s, 'de, E, S> {
    seed: S,
    at: At,
    head: &'s mut Head<'de>,
    table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TapSeed<'_, 'de, E, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(Tap::<E, D> {
            inner: deserializer,
            at: self.at,
            head: self.head,
            table: PhantomData,
        })
    }
}

/// The JSON library's deserializer, watched.
struct Tap<'s, 'de, E, D> {
    inner: D,
    at: At,
    head: &'s mut Head<'de>,
    table: PhantomData<fn() -> E>,
}

impl<'s, 'de, E, D> Tap<'s, 'de, E, D> {
    fn split<V>(self, visitor: V) -> (D, TapVisitor<'s, 'de, E, V>) {
        let visitor = TapVisitor {
            visitor,
            at: self.at,
            head: self.head,
            table: PhantomData,
        };
        (self.inner, visitor)
    }
}

/// Each `deserialize_*` goes to the inner deserializer with a watching visitor.
macro_rules! forward_tapped {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let (inner, visitor) = self.split(visitor);
            inner.$method($($arg,)* visitor)
        }
    )*};
}

/// Every `deserialize_*` method but `deserialize_ignored_any`, forwarded as
/// `forward_tapped!` does: the list both watching deserializers share.
macro_rules! forward_every_method {
    () => {
        forward_tapped! {
            deserialize_any();
            deserialize_bool();
            deserialize_i8();
            deserialize_i16();
            deserialize_i32();
            deserialize_i64();
            deserialize_i128();
            deserialize_u8();
            deserialize_u16();
            deserialize_u32();
            deserialize_u64();
            deserialize_u128();
            deserialize_f32();
            deserialize_f64();
            deserialize_char();
            deserialize_str();
            deserialize_string();
            deserialize_bytes();
            deserialize_byte_buf();
            deserialize_option();
            deserialize_unit();
            deserialize_unit_struct(name: &'static str);
            deserialize_newtype_struct(name: &'static str);
            deserialize_seq();
            deserialize_tuple(len: usize);
            deserialize_tuple_struct(name: &'static str, len: usize);
            deserialize_map();
            deserialize_struct(name: &'static str, fields: &'static [&'static str]);
            deserialize_enum(name: &'static str, variants: &'static [&'static str]);
            deserialize_identifier();
        }
    };
}

impl<'de, E: ErrorTable, D: Deserializer<'de>> Deserializer<'de> for Tap<'_, 'de, E, D> {
    type Error = D::Error;

    forward_every_method!();

    /// A value `T` skips may still be an envelope field: it is read as any value, which
    /// `IgnoredAny` accepts.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        match self.at {
            At::Other => self.inner.deserialize_ignored_any(visitor),
            _ => {
                let (inner, visitor) = self.split(visitor);
                inner.deserialize_any(visitor)
            }
        }
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// `T`'s visitor, watched: a leaf's value is recorded, a node's keys are watched.
struct TapVisitor<'s, 'de, E, V> {
    visitor: V,
    at: At,
    head: &'s mut Head<'de>,
    table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, V> TapVisitor<'_, 'de, E, V> {
    fn record(&mut self, record: impl FnOnce(&mut Recorder<'_, 'de, E>)) {
        if let At::Leaf(roles) = self.at {
            record(&mut Recorder {
                roles,
                head: &mut *self.head,
                table: PhantomData,
            });
        }
    }
}

/// A visit that records a number, then hands it on.
macro_rules! forward_numbers {
    ($($method:ident($ty:ty) => $record:ident;)*) => {$(
        fn $method<Er: de::Error>(mut self, value: $ty) -> Result<V::Value, Er> {
            self.record(|r| r.$record(value.into()));
            self.visitor.$method(value)
        }
    )*};
}

impl<'de, E: ErrorTable, V: Visitor<'de>> Visitor<'de> for TapVisitor<'_, 'de, E, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_bool<Er: de::Error>(mut self, value: bool) -> Result<V::Value, Er> {
        self.record(|r| r.record_bool(value));
        self.visitor.visit_bool(value)
    }

    forward_numbers! {
        visit_i8(i8) => record_i64;
        visit_i16(i16) => record_i64;
        visit_i32(i32) => record_i64;
        visit_i64(i64) => record_i64;
        visit_u8(u8) => record_u64;
        visit_u16(u16) => record_u64;
        visit_u32(u32) => record_u64;
        visit_u64(u64) => record_u64;
    }

    fn visit_i128<Er: de::Error>(mut self, value: i128) -> Result<V::Value, Er> {
        self.record(|r| match i64::try_from(value) {
            Ok(value) => r.record_i64(value),
            Err(_) => r.record_other(),
        });
        self.visitor.visit_i128(value)
    }

    fn visit_u128<Er: de::Error>(mut self, value: u128) -> Result<V::Value, Er> {
        self.record(|r| match u64::try_from(value) {
            Ok(value) => r.record_u64(value),
            Err(_) => r.record_other(),
        });
        self.visitor.visit_u128(value)
    }

    fn visit_f32<Er: de::Error>(mut self, value: f32) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_f32(value)
    }

    fn visit_f64<Er: de::Error>(mut self, value: f64) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_f64(value)
    }

    fn visit_char<Er: de::Error>(mut self, value: char) -> Result<V::Value, Er> {
        self.record(|r| r.record_str(Cow::Owned(value.to_string())));
        self.visitor.visit_char(value)
    }

    fn visit_borrowed_str<Er: de::Error>(mut self, value: &'de str) -> Result<V::Value, Er> {
        self.record(|r| r.record_str(Cow::Borrowed(value)));
        self.visitor.visit_borrowed_str(value)
    }

    fn visit_str<Er: de::Error>(mut self, value: &str) -> Result<V::Value, Er> {
        self.record(|r| r.record_str(Cow::Owned(value.to_owned())));
        self.visitor.visit_str(value)
    }

    fn visit_string<Er: de::Error>(mut self, value: String) -> Result<V::Value, Er> {
        self.record(|r| r.record_str(Cow::Owned(value.clone())));
        self.visitor.visit_string(value)
    }

    fn visit_bytes<Er: de::Error>(mut self, value: &[u8]) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_bytes(value)
    }

    fn visit_borrowed_bytes<Er: de::Error>(mut self, value: &'de [u8]) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_borrowed_bytes(value)
    }

    fn visit_byte_buf<Er: de::Error>(mut self, value: Vec<u8>) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_byte_buf(value)
    }

    fn visit_none<Er: de::Error>(mut self) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Tap::<E, D> {
            inner: deserializer,
            at: self.at,
            head: self.head,
            table: PhantomData,
        })
    }

    fn visit_unit<Er: de::Error>(mut self) -> Result<V::Value, Er> {
        self.record(|r| r.record_other());
        self.visitor.visit_unit()
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(Tap::<E, D> {
            inner: deserializer,
            at: self.at,
            head: self.head,
            table: PhantomData,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, seq: A) -> Result<V::Value, A::Error> {
        self.record(|r| r.record_other());
        self.visitor.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(mut self, map: A) -> Result<V::Value, A::Error> {
        match self.at {
            At::Node(node) => self.visitor.visit_map(TapMap::<E, A> {
                inner: map,
                node,
                next: At::Other,
                head: self.head,
                table: PhantomData,
            }),
            _ => {
                self.record(|r| r.record_other());
                self.visitor.visit_map(map)
            }
        }
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(data)
    }
}

/// The map of a node: each key is classified as `T` reads it, its value watched.
struct TapMap<'s, 'de, E, A> {
    inner: A,
    node: u8,
    /// What the value of the key just read is.
    next: At,
    head: &'s mut Head<'de>,
    table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, A: MapAccess<'de>> MapAccess<'de> for TapMap<'_, 'de, E, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.next = At::Other;
        self.inner.next_key_seed(KeySeed::<E, K> {
            seed,
            node: self.node,
            field: &mut self.next,
            table: PhantomData,
        })
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        match self.next {
            At::Other => self.inner.next_value_seed(seed),
            at => self.inner.next_value_seed(TapSeed::<E, S> {
                seed,
                at,
                head: &mut *self.head,
                table: PhantomData,
            }),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// `T`'s key seed, on a key deserializer that notes which field the key is.
struct KeySeed<'s, E, K> {
    seed: K,
    node: u8,
    field: &'s mut At,
    table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<'_, E, K> {
    type Value = K::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        self.seed.deserialize(KeyTap::<E, D> {
            inner: deserializer,
            node: self.node,
            field: self.field,
            table: PhantomData,
        })
    }
}

struct KeyTap<'s, E, D> {
    inner: D,
    node: u8,
    field: &'s mut At,
    table: PhantomData<fn() -> E>,
}

impl<'s, E, D> KeyTap<'s, E, D> {
    fn split<V>(self, visitor: V) -> (D, KeyVisitor<'s, E, V>) {
        let visitor = KeyVisitor {
            visitor,
            node: self.node,
            field: self.field,
            table: PhantomData,
        };
        (self.inner, visitor)
    }
}

impl<'de, E: ErrorTable, D: Deserializer<'de>> Deserializer<'de> for KeyTap<'_, E, D> {
    type Error = D::Error;

    forward_every_method!();

    /// A key `T` skips is still read as the string it is.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let (inner, visitor) = self.split(visitor);
        inner.deserialize_str(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct KeyVisitor<'s, E, V> {
    visitor: V,
    node: u8,
    field: &'s mut At,
    table: PhantomData<fn() -> E>,
}

impl<E: ErrorTable, V> KeyVisitor<'_, E, V> {
    fn note(&mut self, key: &str) {
        *self.field = match E::__field(self.node, key.as_bytes()) {
            Field::Node(node) => At::Node(node),
            Field::Leaf(roles) => At::Leaf(roles),
            Field::Other => At::Other,
        };
    }
}

impl<'de, E: ErrorTable, V: Visitor<'de>> Visitor<'de> for KeyVisitor<'_, E, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_borrowed_str<Er: de::Error>(mut self, key: &'de str) -> Result<V::Value, Er> {
        self.note(key);
        self.visitor.visit_borrowed_str(key)
    }

    fn visit_str<Er: de::Error>(mut self, key: &str) -> Result<V::Value, Er> {
        self.note(key);
        self.visitor.visit_str(key)
    }

    fn visit_string<Er: de::Error>(mut self, key: String) -> Result<V::Value, Er> {
        self.note(&key);
        self.visitor.visit_string(key)
    }

    // Keys that are not strings to `T` (numbers a map key was parsed into) are no field.
    fn visit_bool<Er: de::Error>(self, v: bool) -> Result<V::Value, Er> {
        self.visitor.visit_bool(v)
    }

    fn visit_i64<Er: de::Error>(self, v: i64) -> Result<V::Value, Er> {
        self.visitor.visit_i64(v)
    }

    fn visit_u64<Er: de::Error>(self, v: u64) -> Result<V::Value, Er> {
        self.visitor.visit_u64(v)
    }

    fn visit_i128<Er: de::Error>(self, v: i128) -> Result<V::Value, Er> {
        self.visitor.visit_i128(v)
    }

    fn visit_u128<Er: de::Error>(self, v: u128) -> Result<V::Value, Er> {
        self.visitor.visit_u128(v)
    }

    fn visit_f64<Er: de::Error>(self, v: f64) -> Result<V::Value, Er> {
        self.visitor.visit_f64(v)
    }

    fn visit_char<Er: de::Error>(self, v: char) -> Result<V::Value, Er> {
        self.visitor.visit_char(v)
    }

    fn visit_bytes<Er: de::Error>(self, v: &[u8]) -> Result<V::Value, Er> {
        self.visitor.visit_bytes(v)
    }

    fn visit_borrowed_bytes<Er: de::Error>(self, v: &'de [u8]) -> Result<V::Value, Er> {
        self.visitor.visit_borrowed_bytes(v)
    }

    fn visit_byte_buf<Er: de::Error>(self, v: Vec<u8>) -> Result<V::Value, Er> {
        self.visitor.visit_byte_buf(v)
    }

    fn visit_unit<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.visitor.visit_unit()
    }

    fn visit_none<Er: de::Error>(self) -> Result<V::Value, Er> {
        self.visitor.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(d)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(data)
    }
}
