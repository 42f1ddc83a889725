//! Error types for an HTTP API, generated at compile time from the error-code table in
//! its documentation, and a one-pass decoder of its JSON response envelope.
//!
//! API docs publish their errors as a Markdown table. [`error_table`] reads that table
//! from the spec file when your crate compiles and writes the enum, the status <-> variant
//! mapping, the messages and the envelope decoder, so none of it drifts from the docs:
//! edit the spec and the next `cargo build` regenerates it.
//!
//! # Quick start
//!
//! ```
//! use kaiko_errors::error_table;
//!
//! /// The errors of the exchange API.
//! #[error_table(spec = "spec/error-codes.md")]
//! pub enum ExchangeError {}
//!
//! // The mappings are `const fn`: pin them at compile time.
//! const _: () = assert!(ExchangeError::RateLimitReached.status() == 429);
//!
//! #[derive(Debug, serde::Deserialize)]
//! struct Trade<'a> {
//!     trade_id: &'a str,
//!     price: &'a str,
//! }
//!
//! let body = br#"{"data":[{"trade_id":"1","price":"97123.45"}],"result":"success"}"#;
//! let page = ExchangeError::decode::<Vec<Trade<'_>>>(200, body).unwrap();
//! assert_eq!(page.data[0].price, "97123.45");
//!
//! let body = br#"{"result":"error","message":"Slow down","data":"","params":{}}"#;
//! let error = ExchangeError::decode::<Vec<Trade<'_>>>(429, body).unwrap_err();
//! assert_eq!(error.code(), Some(ExchangeError::RateLimitReached));
//! assert_eq!(error.message(), Some("Slow down"));
//! assert!(error.is_retryable());
//! assert_eq!(error.to_string(), "HTTP 429 Rate limit reached: Slow down");
//! ```
//!
//! # The attribute
//!
//! ```text
//! #[error_table(
//!     spec = "PATH",
//!     code_column = "NAME",     // optional, default "Error Code"
//!     message_column = "NAME",  // optional, default "Meaning"
//!     detail_column = "NAME",   // optional
//!     rename(429 = "TooManyRequests", 503 = "Unavailable"),  // optional
//!     crate = "PATH",           // optional, default "::kaiko_errors"
//! )]
//! ```
//!
//! - `spec` (required): the Markdown file, relative to the directory of the invoking
//!   crate's `Cargo.toml` (`CARGO_MANIFEST_DIR`).
//! - `code_column`, `message_column`: the headers of the two columns to read. The table
//!   used is the first one whose header has them all (with `detail_column`, that one too),
//!   matched case-insensitively, in any order; other columns are ignored.
//! - `detail_column`: for pages that put the reason and the detail in two columns
//!   (`Error Code | Error Name | Description`). The message column's cell is then the
//!   whole reason (not split at ` -- `), this column's cell the detail, and `message()` is
//!   `"<reason> -- <detail>"`, or the reason alone where the detail cell is empty.
//! - `rename(CODE = "Name", ...)`: pins the variant name of a code, whatever its reason
//!   says (see [Stable names](#stable-names-across-doc-rewording)). A code that is not in
//!   the table, a name that is not a Rust identifier, a code renamed twice, or a pinned
//!   name that another row also gets, is a compile error naming the code and the spec.
//! - `crate = "PATH"`: where the runtime crate is when your Cargo.toml renames the
//!   dependency (`errors = { package = "kaiko-errors", ... }` -> `crate = "errors"`), as
//!   serde's `#[serde(crate = "...")]`.
//! - YAML front matter at the very top of the spec (a first line `---`, up to the next
//!   `---`) is skipped; line numbers in diagnostics still count it.
//!
//! The page is parsed with a CommonMark/GFM parser, so it can be a whole documentation
//! page: prose, headings, links, other tables. A cell is read as plain text: links and
//! images give their text, emphasis and code spans their content, inline HTML tags are
//! dropped (their text kept), escapes and entities are decoded, `<br>` is a space, and
//! whitespace (a non-breaking space too) is collapsed and trimmed. Header and code cells
//! are read the same way, so `` `429` `` and `Error&nbsp;Code` work.
//!
//! The enum must be empty and not generic. Its docs, attributes and derives stay as you
//! wrote them. Put `#[error_table]` above your `#[derive]`s: rustc runs a derive written
//! above it on the empty enum, before the variants exist.
//!
//! # What is generated
//!
//! One unit variant per row, in spec order, named in UpperCamelCase from the row's
//! *reason*: the message up to the first ` -- ` (or ` – `, ` — `). Words are split on
//! whitespace and punctuation, apostrophes inside a word are dropped, a word in all
//! capitals becomes one capitalised word, other words keep their inner letters:
//! `HTTP Version Not Supported` → `HttpVersionNotSupported`, `I'm a teapot` →
//! `ImATeapot`, `OAuth expired` → `OAuthExpired`.
//!
//! | Item | What it is |
//! |---|---|
//! | `#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]` | always (deriving them too is fine) |
//! | `const ALL: &'static [Self]` | every variant, in spec order |
//! | `const fn status(self) -> u16` | the documented status |
//! | `const fn from_status(u16) -> Option<Self>` | the variant of a status |
//! | `const fn message(self) -> &'static str` | the whole message cell |
//! | `const fn reason(self) -> &'static str` | the message before the separator, or all of it |
//! | `const fn detail(self) -> Option<&'static str>` | the message after the separator |
//! | `fn decode<T>(status, body) -> Result<Page<T>, ApiError<Self>>` | [`decode`] for this table |
//! | `Display`, `Error` | `Display` is `message()` |
//! | `TryFrom<u16, Error = UnknownStatus>`, `From<Self> for u16` | the status mapping |
//! | [`ErrorTable`] | the trait the runtime uses |
//! | serde `Serialize`, `Deserialize` | as the numeric code: `429` ↔ the 429 variant |
//!
//! Serde is reached through this crate: your crate needs no serde dependency for them.
//! Do not also derive `Serialize`/`Deserialize` on the enum (the impls would conflict).
//! An undocumented code is a deserialization error that names it.
//!
//! Everything is written with absolute paths, so a table with `200 | Ok` or `None` rows
//! compiles under `use MyError::*`.
//!
//! # Stable names across doc rewording
//!
//! A variant's name comes from its row's reason, so when the docs team rewords a row the
//! name follows: Kaiko's page has said both "Too Many Requests" and "Rate limit reached"
//! for 429. On the next build after such an edit, the enum has `RateLimitReached` instead
//! of `TooManyRequests`, and every `match` or path naming the old variant stops compiling
//! (the codes, `status()`, `from_status()`, serde's numeric form and `decode` are
//! unchanged: only the name moved). Messages and reasons always follow the page.
//!
//! To keep callers compiling, pin the name the code had:
//!
//! ```
//! #[kaiko_errors::error_table(spec = "spec/error-codes.md", rename(429 = "TooManyRequests"))]
//! pub enum KaikoError {}
//!
//! // The page now says "Rate limit reached"; the variant keeps its old name.
//! assert_eq!(KaikoError::TooManyRequests.status(), 429);
//! assert_eq!(KaikoError::TooManyRequests.reason(), "Rate limit reached");
//! ```
//!
//! A pin is also how to name a row whose reason gives no identifier (`3D Secure Required`,
//! an emoji) without editing the docs. A pin of a code the page no longer lists fails the
//! build, so a pin never outlives its row silently.
//!
//! # The envelope
//!
//! Every response is a JSON object with `result` = `success` or `error`, and on error a
//! `message`. See [`decode`] for the rules. It reads the body once: `data` goes straight
//! into your type `T` (which may borrow from the body), wherever it stands among the keys.
//! `T` is fed through a thin adapter rather than serde_json's own deserializer, so
//! serde_json-specific types (`RawValue`) cannot be `T`.
//!
//! # Features
//!
//! All off by default.
//!
//! - `http`: every generated table converts into `http::StatusCode` (`From<E>`);
//!   `ApiError::http_status` gives the status as one; `http::decode_response` decodes an
//!   `http::Response<B>` (`B: AsRef<[u8]>`) with its headers, so that
//!   [`ApiError::retry_after`] sees `Retry-After`.
//! - `reqwest` (implies `http`): `reqwest::decode_response` reads a `reqwest::Response`'s
//!   body once and decodes it (`T: DeserializeOwned`); a transport failure is its own kind
//!   of error ([`ApiError::is_transport`], `source()` the `reqwest::Error`), and
//!   `From<reqwest::Error>` lets `client.get(url).send().await?` share the `Result`. This
//!   crate asks reqwest for no TLS of its own: pick it in your reqwest dependency
//!   (`rustls` needs no system OpenSSL).
//!
//!   What a transport error says: with no response at all (refused, reset, timed out
//!   before the headers), `status()` is 0, `code()` and `http_status()` are `None`; with a
//!   body cut after the headers arrived, `status()` is the response's and `code()` follows
//!   it. `is_retryable()` is true for 429 and every 5xx, and for timeouts, refused or reset
//!   connections, connections closed before the response, and bodies cut mid-stream.
//!   `retry_after()` reads `Retry-After` on any status, in seconds or as an HTTP date (a
//!   date already past is zero).
//! - `sonic`: [`decode`] parses with [sonic-rs](https://docs.rs/sonic-rs)
//!   0.5 (SIMD) instead of serde_json. The same `Deserialize<'de>` types work, borrowed data
//!   included, and the envelope rules are the same. What differs:
//!   - [`JsonError`], the error behind `source()` of a decode error, is `sonic_rs::Error`
//!     (it too has `line()` and `column()`); messages are worded differently.
//!   - Nesting stops at 255 levels (serde_json: 128), and bodies of 4 GiB or more are
//!     refused.
//!   - Platforms: SIMD on x86_64 and aarch64, a scalar fallback elsewhere; on x86_64 build
//!     with `-C target-cpu=native` (or `x86-64-v3`) to get AVX2.
//!   - **Not hardened against hostile nesting.** sonic-rs 0.5 skips an ignored value
//!     (`IgnoredAny`, an unknown field of your record) and reports a wrong type by
//!     recursing once per nesting level: a body nested thousands of levels deep inside
//!     `data` overflows the stack, an abort that no caller can catch. This crate bounds its
//!     own skipping of the envelope, but not what `T` asks sonic-rs to do. In debug builds
//!     sonic-rs's stack frames are large enough that even its 255-level limit needs more
//!     than the 2 MB stack of a spawned thread. Use `sonic` for upstreams you trust, and
//!     the default serde_json backend where bodies may be hostile.
//!
//!   For throughput, build with `lto = "fat"`, `codegen-units = 1` and a `target-cpu`
//!   that has AVX2; `BENCHMARKS.md` has the figures for each.
//!
//! # Diagnostics
//!
//! A spec that cannot be read is a compile error on the `spec = "..."` literal, naming the
//! file, line and column and what to fix: missing file, no table with the needed
//! columns (the tables seen are listed), a code that is not a number or not in
//! `100..=599`, a duplicate code, an empty message, a reason that gives no identifier, two
//! rows giving the same name. All problems of a spec are reported in one build.
//!
//! # Pointing the attribute at your own docs
//!
//! Real error pages come from many templates. What to do with the usual patterns:
//!
//! | The page has | Do |
//! |---|---|
//! | other headers (`Code`, `Status Code`, `Description`, `Descripción`, `状态码`, `含义`, `Описание`) | `code_column = "..."`, `message_column = "..."` |
//! | reason and detail in two columns (`Error Code \| Error Name \| Description`) | `message_column = "Error Name", detail_column = "Description"` |
//! | YAML front matter (`---` ... `---` at the top) | nothing: it is skipped |
//! | a header row with more cells than its delimiter row | give both the same number of cells |
//! | a header without a leading `\|` right under a paragraph line | add a blank line before it (GFM tables cannot interrupt a paragraph that way) |
//! | a header under `####Heading` (no space) | write `#### Heading`: without the space it is a paragraph line |
//! | a header cell written as `<div ...>Error Code</div>` at the start of the line | start the line with `\|`: a line that starts with a tag opens an HTML block |
//! | the table indented inside the front matter | move it below the closing `---` |
//! | status and reason in the code cell (`200 - OK`, `**400 - Bad Request**`, `200&nbsp;OK`) | keep only the number there; the reason goes in the message column |
//! | class rows (`5xx`, `50X`) | list each status on its own row, or drop the row: a variant maps to one status |
//! | application codes (`10000`-`99913`) rather than HTTP statuses | point `code_column` at the HTTP status column |
//! | reasons in any language (`Überlastet`, `未找到`, `Не найдено`) | nothing: they become identifiers where Rust allows (`Überlastet`, `未找到`, `НеНайдено`) |
//!
//! When no table has the columns, the error lists the tables the parser saw (line and
//! header) and, for each line that looks like the wanted header but did not become a
//! table, says why, at that line. When many rows fail the same way, the error says it
//! once, with the count and the lines (`125 codes outside 100..=599, lines 19-143; first
//! 10000 at line 19`); each distinct problem stays its own error.
//!
//! Generated names trip none of rustc's default lints in your crate:
//! `confusable_idents`, `mixed_script_confusables` and `uncommon_codepoints` look only at
//! identifiers written in source files, not at those a macro generates (and an item-level
//! `#[allow]` of them would itself warn, as they are crate-level lints). Naming such a
//! variant in your own code is then your code, under your crate's lint settings.
//!
//! # Kaiko's own table
//!
//! [`ErrorCode`] is generated from Kaiko's published error-code page, kept verbatim in
//! this crate's `spec/error-codes.md`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Input (a spec, a response body) must never panic: no unwrap, expect or indexing in the
// shipped code paths.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

// The generated code names `::kaiko_errors`; this makes that path work inside this crate.
extern crate self as kaiko_errors;

mod backend;
mod envelope;
mod error;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "reqwest")]
pub mod reqwest;
mod shape;
mod table;

pub use backend::JsonError;
pub use envelope::{decode, Page};
pub use error::ApiError;
pub use kaiko_errors_macros::error_table;
pub use table::{CodeKind, ErrorTable, RawCode, UnknownCode, UnknownStatus};

/// The errors of Kaiko's REST API, generated from its error-code page.
///
/// `#[non_exhaustive]`: Kaiko may document more codes.
#[error_table(spec = "spec/error-codes.md")]
#[non_exhaustive]
pub enum ErrorCode {}

/// `From<Table> for http::StatusCode`, when this crate has its `http` feature: generated
/// code invokes it, so the impl follows this crate's features, not the user's.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$table> for $crate::__private::http::StatusCode {
            fn from(code: $table) -> Self {
                match Self::from_u16(code.status()) {
                    ::core::result::Result::Ok(status) => status,
                    // Unreachable: a table only holds statuses in 100..=599.
                    ::core::result::Result::Err(_) => Self::INTERNAL_SERVER_ERROR,
                }
            }
        }
    };
}

/// Without the `http` feature there is nothing to implement.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident) => {};
}

/// What generated code uses. Not public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::shape::{kaiko_field, role, Field, Marker, Shape};
    #[cfg(feature = "http")]
    pub use ::http;
    pub use serde;

    use crate::ErrorTable;
    use serde::de::{Deserializer, Error, Unexpected, Visitor};
    use std::marker::PhantomData;

    /// Deserializes a table's variant from its numeric code.
    ///
    /// # Errors
    /// When the value is not an integer or not a documented code.
    pub fn deserialize_status<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_u16(StatusVisitor(PhantomData))
    }

    /// A string code as a [`RawCode`](crate::RawCode), for `FromStr`'s error.
    #[must_use]
    pub fn string_code(code: &str) -> crate::RawCode {
        crate::RawCode::String(code.into())
    }

    /// Deserializes an integer table's variant from its code: a number, or a string
    /// holding one (`"51000"`, as OKX and KuCoin send).
    ///
    /// # Errors
    /// When the value is neither, or not a documented code.
    pub fn deserialize_integer_code<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
        from_code: fn(i64) -> Option<E>,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_any(IntegerCodeVisitor(from_code))
    }

    struct IntegerCodeVisitor<E>(fn(i64) -> Option<E>);

    impl<E> Visitor<'_> for IntegerCodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "an integer code documented in {}",
                std::any::type_name::<E>()
            )
        }

        fn visit_i64<Er: Error>(self, value: i64) -> Result<E, Er> {
            (self.0)(value).ok_or_else(|| Er::invalid_value(Unexpected::Signed(value), &self))
        }

        fn visit_u64<Er: Error>(self, value: u64) -> Result<E, Er> {
            i64::try_from(value)
                .ok()
                .and_then(self.0)
                .ok_or_else(|| Er::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_str<Er: Error>(self, value: &str) -> Result<E, Er> {
            value
                .parse()
                .ok()
                .and_then(self.0)
                .ok_or_else(|| Er::invalid_value(Unexpected::Str(value), &self))
        }
    }

    /// Deserializes a string table's variant from its code.
    ///
    /// # Errors
    /// When the value is not a string, or not a documented code.
    pub fn deserialize_string_code<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
        from_code: fn(&str) -> Option<E>,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_str(StringCodeVisitor(from_code))
    }

    struct StringCodeVisitor<E>(fn(&str) -> Option<E>);

    impl<E> Visitor<'_> for StringCodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a code documented in {}", std::any::type_name::<E>())
        }

        fn visit_str<Er: Error>(self, value: &str) -> Result<E, Er> {
            (self.0)(value).ok_or_else(|| Er::invalid_value(Unexpected::Str(value), &self))
        }
    }

    struct StatusVisitor<E>(PhantomData<E>);

    impl<E: ErrorTable> Visitor<'_> for StatusVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "an HTTP status documented in {}",
                std::any::type_name::<E>()
            )
        }

        fn visit_u64<Er: Error>(self, value: u64) -> Result<E, Er> {
            u16::try_from(value)
                .ok()
                .and_then(E::from_status)
                .ok_or_else(|| Er::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_i64<Er: Error>(self, value: i64) -> Result<E, Er> {
            match u64::try_from(value) {
                Ok(value) => self.visit_u64(value),
                Err(_) => Err(Er::invalid_value(Unexpected::Signed(value), &self)),
            }
        }
    }
}
