//! Skipping values the envelope does not need.

use serde_core::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
#[cfg(not(feature = "sonic"))]
use std::marker::PhantomData;

/// Skips a value without allocating.
///
/// serde's `IgnoredAny` makes serde_json keep a stack of the nesting levels it skips in its
/// scratch buffer: one allocation for any body with a nested unknown field (Kaiko's
/// `access`). Skipping through the visitor instead keeps the levels on the call stack; past
/// a few levels it hands over to `IgnoredAny`, which skips any depth without recursing.
#[derive(Clone, Copy)]
pub(super) struct Skip {
    depth: u8,
}

impl Skip {
    pub(super) const TOP: Skip = Skip { depth: 0 };
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

/// The seed the error-body readers skip values with, where an allocation does not matter:
/// serde_json's own skip at once (safe at any depth there). A type of its own rather than a
/// `Skip` past its last depth: `Skip::deserialize`, shared by every caller, stays out of
/// line, and the error readers paid a call per skipped key for it (Stripe's error body:
/// 1.106x -> 1.09x a derive's instructions, BENCHMARKS.md).
#[cfg(not(feature = "sonic"))]
pub(super) const SCAN: PhantomData<IgnoredAny> = PhantomData;
/// sonic-rs's own skip is not safe at any depth (see `HAND_OVER_DEPTH`): the visitor skips.
#[cfg(feature = "sonic")]
pub(super) const SCAN: Skip = Skip::TOP;

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

    ignore_scalars!();

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
