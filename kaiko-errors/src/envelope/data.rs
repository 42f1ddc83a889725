//! The payload: `data` read into `T` in place, or kept as a scalar until the body is known.

use serde_core::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_core::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Reads `data` into `T` in place.
///
/// An array or object is handed to `T` directly (serde_json's own sequence and map
/// access, so records decode at serde_json's speed); a failure there fails the body. A
/// scalar is kept as it is until `result` says whether it must be a `T`: an error body
/// carries `"data":""` or `null`, often before `"result":"error"`, and must still decode
/// as that error, without the cost of a failed `T`.
pub(super) struct DataSeed<T>(pub(super) PhantomData<fn() -> T>);

/// `data` as read.
pub(super) enum Data<'de, T> {
    Ready(T),
    Scalar(Scalar<'de>),
}

/// A scalar `data`, borrowed from the body where it can be.
pub(super) enum Scalar<'de> {
    Str(Cow<'de, str>),
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Null,
}

impl<'de> Scalar<'de> {
    pub(super) fn into_data<T: Deserialize<'de>>(self) -> Result<T, de::value::Error> {
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

    serde_core::forward_to_deserialize_any! {
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

    serde_core::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}
