//! The response body an error keeps, and its message, in one allocation.

use std::borrow::Cow;
use std::ops::Range;

/// How much of a body an error keeps: enough for any API's error body or a proxy's
/// page, not a whole download riding along in every `Err`.
pub(crate) const KEPT_BODY: usize = 64 * 1024;

/// How much of the body `Debug` shows.
const DEBUG_BODY: usize = 256;

/// The first [`KEPT_BODY`] bytes of a body, then the message when it is not a part of
/// them (a JSON string with escapes, or one past the cut): one buffer, so that an API's
/// error costs one allocation as the message alone did.
#[derive(Default)]
pub(crate) struct Kept {
    buffer: Option<Box<[u8]>>,
    /// How many bytes of `buffer` are the body.
    body_len: u32,
    /// Where the message is in `buffer`.
    message: Option<(u32, u32)>,
}

impl Kept {
    /// Keeps `body` (its first 64 KiB) and `message`; nothing for an empty body.
    #[inline(always)]
    pub(crate) fn new(body: &[u8], message: Option<Cow<'_, str>>) -> Self {
        let kept = body.get(..KEPT_BODY).unwrap_or(body);
        let (buffer, message) = match message {
            None if kept.is_empty() => return Kept::default(),
            None => (Box::from(kept), None),
            // The common case: a JSON string without escapes is a slice of the body.
            Some(message) => match range_in(kept, message.as_bytes()) {
                Some(range) => (Box::from(kept), Some(range)),
                None => {
                    let mut buffer = Vec::with_capacity(kept.len() + message.len());
                    buffer.extend_from_slice(kept);
                    buffer.extend_from_slice(message.as_bytes());
                    (
                        buffer.into_boxed_slice(),
                        Some(kept.len()..kept.len() + message.len()),
                    )
                }
            },
        };
        Kept {
            body_len: to_u32(kept.len()),
            message: message.map(|range| (to_u32(range.start), to_u32(range.end))),
            buffer: Some(buffer),
        }
    }

    pub(crate) fn body(&self) -> Option<&[u8]> {
        let body = self.buffer.as_deref()?.get(..self.body_len as usize)?;
        (!body.is_empty()).then_some(body)
    }

    pub(crate) fn message(&self) -> Option<&str> {
        let (start, end) = self.message?;
        let bytes = self.buffer.as_deref()?.get(start as usize..end as usize)?;
        // Copied from a `&str`, so always valid; checked rather than assumed.
        std::str::from_utf8(bytes).ok()
    }

    /// The body as text for `Debug`: its first 256 bytes, lossily decoded.
    pub(crate) fn debug_body(&self) -> Option<String> {
        let body = self.body()?;
        let shown = body.get(..DEBUG_BODY).unwrap_or(body);
        let mut text = String::from_utf8_lossy(shown).into_owned();
        if shown.len() < body.len() {
            text.push_str(&format!("... ({} bytes kept)", body.len()));
        }
        Some(text)
    }
}

/// Where `part` is inside `whole`, when it is a slice of it (a JSON string without
/// escapes borrows from the body).
fn range_in(whole: &[u8], part: &[u8]) -> Option<Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (end <= whole.len()).then_some(start..end)
}

/// Every length here is at most 64 KiB plus a message that came from a body of at most
/// `u32::MAX` bytes in practice; a longer one is cut at the type's bound, never wrapped.
fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrowed_message_lives_inside_the_body() {
        let body = br#"{"result":"error","message":"Slow down"}"#;
        let message = std::str::from_utf8(&body[29..38]).unwrap();
        let kept = Kept::new(body, Some(Cow::Borrowed(message)));
        assert_eq!(kept.message(), Some("Slow down"));
        assert_eq!(kept.body(), Some(&body[..]));
        assert_eq!(
            kept.buffer.as_ref().unwrap().len(),
            body.len(),
            "no second copy"
        );
    }

    #[test]
    fn an_escaped_message_follows_the_body() {
        let body = br#"{"message":"caf\u00e9"}"#;
        let kept = Kept::new(body, Some(Cow::Owned("café".to_owned())));
        assert_eq!(kept.message(), Some("café"));
        assert_eq!(kept.body(), Some(&body[..]));
    }

    #[test]
    fn bodies_are_cut_at_64_kib_and_empty_ones_keep_nothing() {
        let big = vec![b'x'; KEPT_BODY + 10];
        let kept = Kept::new(&big, None);
        assert_eq!(kept.body().map(<[u8]>::len), Some(KEPT_BODY));
        let debug = kept.debug_body().unwrap();
        assert!(debug.starts_with(&"x".repeat(256)) && debug.ends_with("... (65536 bytes kept)"));
        let empty = Kept::new(b"", None);
        assert!(empty.buffer.is_none() && empty.body().is_none() && empty.message().is_none());
        // A message past the cut is kept after it.
        let mut long = vec![b' '; KEPT_BODY + 5];
        long.extend_from_slice(b"tail");
        let tail = std::str::from_utf8(&long[KEPT_BODY + 5..]).unwrap();
        let kept = Kept::new(&long, Some(Cow::Borrowed(tail)));
        assert_eq!(kept.message(), Some("tail"));
    }
}

#[cfg(test)]
mod size {
    /// The size the docs of `ApiError` state, with the features of this build.
    #[test]
    fn api_error_size_is_the_documented_one() {
        let size = std::mem::size_of::<crate::ApiError<crate::ErrorCode>>();
        let documented = if cfg!(feature = "reqwest") { 96 } else { 88 };
        assert_eq!(size, documented);
    }
}
