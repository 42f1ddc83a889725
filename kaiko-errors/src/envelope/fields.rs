//! The envelope's fields, read in one pass at whatever level of the body they are.
//!
//! Which key is which comes from the table ([`ErrorTable::__field`], a `match` written by
//! the expansion); this module only records what the keys hold.

use super::data::{Data, DataSeed};
use super::skip::Skip;
use crate::__private::{role, Field, Marker};
use crate::{CodeKind, ErrorTable};
use serde_core::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_core::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// What a marker field held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Seen {
    Absent,
    Match,
    Other,
}

/// A code as read, borrowed where it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum CodeValue<'de> {
    Integer(i64),
    Str(Cow<'de, str>),
}

impl<'de> CodeValue<'de> {
    /// A string at the code's path: a code of a string table, or of an integer table when
    /// it holds the number (`"51000"`, as OKX sends its codes).
    pub(super) fn of_str<E: ErrorTable>(value: Cow<'de, str>) -> Option<Self> {
        match E::KIND {
            CodeKind::Integer => integer_in(&value).map(CodeValue::Integer),
            CodeKind::String => Some(CodeValue::Str(value)),
            CodeKind::Status => None,
        }
    }

    /// A number at the code's path (`None`: one beyond `i64`, or no integer): a code of an
    /// integer table only.
    pub(super) fn of_integer<E: ErrorTable>(value: Option<i64>) -> Option<Self> {
        match E::KIND {
            CodeKind::Integer => value.map(CodeValue::Integer),
            CodeKind::String | CodeKind::Status => None,
        }
    }
}

/// The integer a string holds (`"51000"`), if it holds one that fits `i64`.
///
/// Not generic, and not inlined: the parser is compiled once, in this crate, rather than
/// into every crate that decodes a table (the generic readers call it).
#[inline(never)]
pub(crate) fn integer_in(text: &str) -> Option<i64> {
    text.parse().ok()
}

/// What decides a body: the message, the code and the markers.
pub(super) struct Head<'de> {
    pub(super) message: Option<Cow<'de, str>>,
    pub(super) code: Option<CodeValue<'de>>,
    pub(super) success: Seen,
    pub(super) error: Seen,
}

impl Head<'_> {
    pub(super) fn new() -> Self {
        Head {
            message: None,
            code: None,
            success: Seen::Absent,
            error: Seen::Absent,
        }
    }

    /// Whether what was read so far already makes the body the API's error, whatever
    /// follows (so `data` need not be read).
    pub(super) fn is_error_already<E: ErrorTable>(&self) -> bool {
        let shape = E::__ENVELOPE;
        (shape.error.is_some() && self.error == Seen::Match)
            || (shape.error.is_none() && shape.success.is_some() && self.success == Seen::Other)
            || (shape.success.is_none() && self.code.is_some())
    }
}

/// Everything one pass reads.
pub(super) struct Observed<'de, T> {
    pub(super) head: Head<'de>,
    pub(super) data: Option<Data<'de, T>>,
    /// `data` was an array or an object that is not a `T`.
    pub(super) data_failed: bool,
    pub(super) continuation_token: Option<String>,
    pub(super) next_url: Option<String>,
    /// The roles met so far: under a 2xx a role given twice makes the body invalid.
    seen: u8,
}

impl<T> Observed<'_, T> {
    pub(super) fn new() -> Self {
        Observed {
            head: Head::new(),
            data: None,
            data_failed: false,
            continuation_token: None,
            next_url: None,
            seen: 0,
        }
    }
}

/// How a pass reads the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A 2xx: the body decides, `data` is read into `T` unless the body is already an error.
    Success,
    /// A 2xx whose `T` failed before the body was decided: read again, `data` skipped, to
    /// learn whether it is the API's error. Only on that failure path.
    Rescue,
}

/// Reads the fields of the object at `node`.
pub(super) fn visit_fields<'de, E, T, A>(
    map: &mut A,
    node: u8,
    state: &mut Observed<'de, T>,
    mode: Mode,
) -> Result<(), A::Error>
where
    E: ErrorTable,
    T: Deserialize<'de>,
    A: MapAccess<'de>,
{
    while let Some(field) = map.next_key_seed(KeySeed::<E>(node, PhantomData))? {
        match field {
            Field::Node(node) if const { E::__ENVELOPE.has_nested_path() } => {
                map.next_value_seed(NodeSeed::<E, T> {
                    node,
                    state: &mut *state,
                    mode,
                    table: PhantomData,
                })?;
            }
            // Without nested paths the table names no node (see `Shape::has_nested_path`).
            Field::Node(_) | Field::Other => map.next_value_seed(Skip::TOP)?,
            Field::Leaf(roles) => read_leaf::<E, T, A>(map, roles, state, mode)?,
        }
    }
    Ok(())
}

fn read_leaf<'de, E, T, A>(
    map: &mut A,
    roles: u8,
    state: &mut Observed<'de, T>,
    mode: Mode,
) -> Result<(), A::Error>
where
    E: ErrorTable,
    T: Deserialize<'de>,
    A: MapAccess<'de>,
{
    if state.seen & roles != 0 {
        return Err(de::Error::duplicate_field(E::__ENVELOPE.path_of(roles)));
    }
    state.seen |= roles;
    if roles & role::DATA != 0 {
        if mode == Mode::Success && !state.head.is_error_already::<E>() {
            match map.next_value_seed(DataSeed(PhantomData)) {
                Ok(data) => state.data = Some(data),
                Err(error) => {
                    state.data_failed = true;
                    return Err(error);
                }
            }
        } else {
            map.next_value_seed(Skip::TOP)?;
        }
        return Ok(());
    }
    if roles & (role::CONTINUATION_TOKEN | role::NEXT_URL) != 0 {
        let value: Option<String> = map.next_value()?;
        if roles & role::CONTINUATION_TOKEN != 0 {
            state.continuation_token = value;
        } else {
            state.next_url = value;
        }
        return Ok(());
    }
    map.next_value_seed(Recorder::<E> {
        roles,
        head: &mut state.head,
        table: PhantomData,
    })
}

/// Classifies a key with the table's `match`.
pub(super) struct KeySeed<E>(pub(super) u8, pub(super) PhantomData<fn() -> E>);

impl<'de, E: ErrorTable> DeserializeSeed<'de> for KeySeed<E> {
    type Value = Field;

    // Inlined into each map loop that classifies keys (see `error_body`).
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<E: ErrorTable> Visitor<'_> for KeySeed<E> {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Field, Er> {
        Ok(E::__field(self.0, key.as_bytes()))
    }
}

/// Classifies a key of an error status's body with the table's `match`, read as bytes:
/// the JSON library then skips the UTF-8 check of each key, which a key compared with
/// the table's literals does not need (Binance's error body: 1.103x -> 1.042x a derive's
/// instructions, BENCHMARKS.md). Only under an error status, whose answer is an error
/// whatever its keys are: a key that is not UTF-8, or holds a control character, is then
/// an unknown key instead of a failed read, and the body's message and code are still
/// read. A 2xx's keys stay checked ([`KeySeed`]), so that no malformed body is a success.
pub(super) struct ErrorKeySeed<E>(pub(super) u8, pub(super) PhantomData<fn() -> E>);

impl<'de, E: ErrorTable> DeserializeSeed<'de> for ErrorKeySeed<E> {
    type Value = Field;

    // Inlined into the error body's map loop (see `error_body`).
    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_bytes(self)
    }
}

impl<E: ErrorTable> Visitor<'_> for ErrorKeySeed<E> {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_bytes<Er: de::Error>(self, key: &[u8]) -> Result<Field, Er> {
        Ok(E::__field(self.0, key))
    }

    // A parser that gives keys as strings whatever was asked.
    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Field, Er> {
        Ok(E::__field(self.0, key.as_bytes()))
    }
}

/// An object on the way to nested fields; any other value there is skipped.
struct NodeSeed<'s, 'de, E, T> {
    node: u8,
    state: &'s mut Observed<'de, T>,
    mode: Mode,
    table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable, T: Deserialize<'de>> DeserializeSeed<'de> for NodeSeed<'_, 'de, E, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ErrorTable, T: Deserialize<'de>> Visitor<'de> for NodeSeed<'_, 'de, E, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        visit_fields::<E, T, A>(&mut map, self.node, self.state, self.mode)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        Skip::TOP.visit_seq(seq)
    }

    ignore_scalars!();
}

/// Records what a leaf holds for each of its roles: a message is a string (anything else
/// is no message), a code a value of the table's kind (anything else is no code), a marker
/// matches its literal or not. Strings are borrowed when they have no escapes.
pub(super) struct Recorder<'s, 'de, E> {
    pub(super) roles: u8,
    pub(super) head: &'s mut Head<'de>,
    pub(super) table: PhantomData<fn() -> E>,
}

impl<'de, E: ErrorTable> Recorder<'_, 'de, E> {
    fn has(&self, role: u8) -> bool {
        self.roles & role != 0
    }

    fn markers(&mut self, matches: impl Fn(&Marker) -> bool) {
        let shape = E::__ENVELOPE;
        let seen = |marker: &Marker| {
            if matches(marker) {
                Seen::Match
            } else {
                Seen::Other
            }
        };
        if self.has(role::SUCCESS) {
            if let Some(marker) = &shape.success {
                self.head.success = seen(marker);
            }
        }
        if self.has(role::ERROR) {
            if let Some(marker) = &shape.error {
                self.head.error = seen(marker);
            }
        }
    }

    pub(super) fn record_str(&mut self, value: Cow<'de, str>) {
        self.markers(|marker| marker.matches_str(&value));
        if self.has(role::CODE) {
            self.head.code = CodeValue::of_str::<E>(value.clone());
        }
        if self.has(role::MESSAGE) {
            self.head.message = Some(value);
        }
    }

    /// Whether the leaf needs a string it reads as owned (an escaped string) to be kept.
    fn keeps_strings(&self) -> bool {
        self.has(role::MESSAGE) || (self.has(role::CODE) && E::KIND != CodeKind::Status)
    }

    pub(super) fn record_i64(&mut self, value: i64) {
        self.markers(|marker| marker.matches_i64(value));
        self.record_not_a_string(Some(value));
    }

    pub(super) fn record_u64(&mut self, value: u64) {
        self.markers(|marker| marker.matches_u64(value));
        self.record_not_a_string(i64::try_from(value).ok());
    }

    pub(super) fn record_bool(&mut self, value: bool) {
        self.markers(|marker| marker.matches_bool(value));
        self.record_not_a_string(None);
    }

    /// A float, `null`, an array or an object: no marker's literal, no code, no message.
    pub(super) fn record_other(&mut self) {
        self.markers(|_| false);
        self.record_not_a_string(None);
    }

    fn record_not_a_string(&mut self, integer: Option<i64>) {
        if self.has(role::CODE) {
            self.head.code = CodeValue::of_integer::<E>(integer);
        }
        if self.has(role::MESSAGE) {
            self.head.message = None;
        }
    }
}

impl<'de, E: ErrorTable> DeserializeSeed<'de> for Recorder<'_, 'de, E> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E: ErrorTable> Visitor<'de> for Recorder<'_, 'de, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_borrowed_str<Er: de::Error>(mut self, value: &'de str) -> Result<(), Er> {
        self.record_str(Cow::Borrowed(value));
        Ok(())
    }

    fn visit_str<Er: de::Error>(mut self, value: &str) -> Result<(), Er> {
        if self.keeps_strings() {
            self.record_str(Cow::Owned(value.to_owned()));
        } else {
            self.markers(|marker| marker.matches_str(value));
        }
        Ok(())
    }

    fn visit_string<Er: de::Error>(mut self, value: String) -> Result<(), Er> {
        self.record_str(Cow::Owned(value));
        Ok(())
    }

    fn visit_bool<Er: de::Error>(mut self, value: bool) -> Result<(), Er> {
        self.record_bool(value);
        Ok(())
    }

    fn visit_i64<Er: de::Error>(mut self, value: i64) -> Result<(), Er> {
        self.record_i64(value);
        Ok(())
    }

    fn visit_u64<Er: de::Error>(mut self, value: u64) -> Result<(), Er> {
        self.record_u64(value);
        Ok(())
    }

    fn visit_f64<Er: de::Error>(mut self, _: f64) -> Result<(), Er> {
        self.record_other();
        Ok(())
    }

    fn visit_unit<Er: de::Error>(mut self) -> Result<(), Er> {
        self.record_other();
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, seq: A) -> Result<(), A::Error> {
        self.record_other();
        Skip::TOP.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(mut self, map: A) -> Result<(), A::Error> {
        self.record_other();
        Skip::TOP.visit_map(map)
    }
}
