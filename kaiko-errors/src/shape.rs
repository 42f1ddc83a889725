//! How an API lays out its JSON body: the description a generated table hands to
//! [`decode`](crate::decode). Not public API (reached through `__private`).
//!
//! The table's attribute knows the paths at compile time, so the expansion writes the key
//! matching as a `match` per table ([`ErrorTable::__field`](crate::ErrorTable)): the
//! decoder asks it which role a key has, at which level, and never walks a path at run
//! time.

/// The roles a key can play; a key may play several (`code` that is also the success
/// marker, as OKX's `"code":"0"`).
pub mod role {
    /// The payload, deserialized into `T`.
    pub const DATA: u8 = 1;
    /// The server's message.
    pub const MESSAGE: u8 = 2;
    /// The API's own error code.
    pub const CODE: u8 = 4;
    /// The field whose value marks a success.
    pub const SUCCESS: u8 = 8;
    /// The field whose value marks the API's error.
    pub const ERROR: u8 = 16;
    /// `continuation_token`, a pagination field of [`Page`](crate::Page).
    pub const CONTINUATION_TOKEN: u8 = 32;
    /// `next_url`, a pagination field of [`Page`](crate::Page).
    pub const NEXT_URL: u8 = 64;
}

/// What a key of an object at some level of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Nothing of the envelope: skipped (or left to `T` when the body is the data).
    Other,
    /// An object on the way to a nested path (`error` of `error.code`), by its node number.
    Node(u8),
    /// The end of one or more paths: the [`role`]s it plays.
    Leaf(u8),
}

/// The literal of `success(PATH = LITERAL)` or `error(PATH = LITERAL)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The path, as written in the attribute (for messages).
    pub path: &'static str,
    /// The literal's text, unquoted (`0`, `success`, `true`).
    pub text: &'static str,
    /// Whether the attribute wrote a string literal (for messages).
    pub quoted: bool,
    /// The literal as an integer, when its text is one: then `0` and `"0"` both match.
    pub integer: Option<i64>,
    /// The literal as a bool, for `true` / `false`: only a JSON bool matches it.
    pub boolean: Option<bool>,
}

impl Marker {
    pub(crate) fn matches_str(&self, value: &str) -> bool {
        self.boolean.is_none() && value == self.text
    }

    pub(crate) fn matches_i64(&self, value: i64) -> bool {
        self.integer == Some(value)
    }

    pub(crate) fn matches_u64(&self, value: u64) -> bool {
        i64::try_from(value).is_ok_and(|value| self.matches_i64(value))
    }

    pub(crate) fn matches_bool(&self, value: bool) -> bool {
        self.boolean == Some(value)
    }
}

impl core::fmt::Display for Marker {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.quoted {
            write!(f, "\"{}\"", self.text)
        } else {
            f.write_str(self.text)
        }
    }
}

/// Where a table's API puts things in its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// `data = ""`: the whole body is the payload.
    pub whole_body: bool,
    /// The paths as written, for messages.
    pub data: &'static str,
    /// See [`Shape::data`].
    pub message: &'static str,
    /// See [`Shape::data`]; empty for a status table.
    pub code: &'static str,
    /// `success(PATH = LITERAL)`.
    pub success: Option<Marker>,
    /// `error(PATH = LITERAL)`.
    pub error: Option<Marker>,
}

impl Shape {
    /// Kaiko's envelope: `result` = `"success"` or `"error"`, `message`, `data`.
    pub const KAIKO: Shape = Shape {
        whole_body: false,
        data: "data",
        message: "message",
        code: "",
        success: Some(Marker {
            path: "result",
            text: "success",
            quoted: true,
            integer: None,
            boolean: None,
        }),
        error: Some(Marker {
            path: "result",
            text: "error",
            quoted: true,
            integer: None,
            boolean: None,
        }),
    };

    /// Whether a path goes into a nested object (`error.code`): without one, the body has
    /// no object to read below its own, and builds compile no reader for one (the readers
    /// test this in `const` blocks, which drop the other branch before code generation).
    #[must_use]
    pub const fn has_nested_path(&self) -> bool {
        const fn dotted(path: &str) -> bool {
            let mut bytes = path.as_bytes();
            while let [first, rest @ ..] = bytes {
                if *first == b'.' {
                    return true;
                }
                bytes = rest;
            }
            false
        }
        const fn marker_dotted(marker: Option<Marker>) -> bool {
            match marker {
                Some(marker) => dotted(marker.path),
                None => false,
            }
        }
        dotted(self.data)
            || dotted(self.message)
            || dotted(self.code)
            || marker_dotted(self.success)
            || marker_dotted(self.error)
    }

    /// The path of a role, for a message about a key given twice.
    pub(crate) fn path_of(&self, roles: u8) -> &'static str {
        let marker_path = |marker: Option<Marker>| marker.map_or("", |m| m.path);
        if roles & role::DATA != 0 {
            self.data
        } else if roles & role::SUCCESS != 0 {
            marker_path(self.success)
        } else if roles & role::ERROR != 0 {
            marker_path(self.error)
        } else if roles & role::CODE != 0 {
            self.code
        } else if roles & role::MESSAGE != 0 {
            self.message
        } else if roles & role::CONTINUATION_TOKEN != 0 {
            "continuation_token"
        } else {
            "next_url"
        }
    }
}

/// Kaiko's keys: what a table without `envelope(...)` reads.
#[must_use]
#[inline]
pub fn kaiko_field(node: u8, key: &[u8]) -> Field {
    if node != 0 {
        return Field::Other;
    }
    match key {
        b"result" => Field::Leaf(role::SUCCESS | role::ERROR),
        b"data" => Field::Leaf(role::DATA),
        b"message" => Field::Leaf(role::MESSAGE),
        b"continuation_token" => Field::Leaf(role::CONTINUATION_TOKEN),
        b"next_url" => Field::Leaf(role::NEXT_URL),
        _ => Field::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::{Marker, Shape};

    #[test]
    fn a_dotted_path_anywhere_is_a_nested_one() {
        assert!(!Shape::KAIKO.has_nested_path());
        let flat = Shape {
            whole_body: true,
            data: "",
            message: "msg",
            code: "code",
            success: None,
            error: None,
        };
        assert!(!flat.has_nested_path());
        assert!(Shape {
            code: "error.code",
            ..flat
        }
        .has_nested_path());
        assert!(Shape {
            data: "result.list",
            ..flat
        }
        .has_nested_path());
        let marker = Marker {
            path: "meta.ok",
            text: "true",
            quoted: false,
            integer: None,
            boolean: Some(true),
        };
        assert!(Shape {
            success: Some(marker),
            ..flat
        }
        .has_nested_path());
        assert!(Shape {
            error: Some(marker),
            ..flat
        }
        .has_nested_path());
    }
}
