//! Expand stage: writes the enum and its impls from the checked rows.
//!
//! Everything is named by absolute path (`::core::...`, and `::kaiko_errors::...` or the
//! `crate = "..."` path) and every variant as `Self::...`, so the output compiles under a
//! user's `use MyError::*` even when the table has variants named `Ok`, `Some` or `None`.
//! Each generated impl has its own function, written as a template (see `template` for
//! why not `quote!`): `$enum`, `$vis` and `$krate` are the user's enum, its visibility
//! and the runtime's path; the rows' parts (match arms, variants) are written as text.

use crate::envelope::{role, Envelope, FieldSpec, MarkerSpec};
use crate::item::EnumItem;
use crate::model::{Code, CodeKind, ErrorRow};
use crate::template::{self, byte_string, fill, string};
use crate::Target;
use proc_macro2::TokenStream;
use std::fmt::Write as _;
use std::path::Path;

/// Everything the expansion is written from.
pub struct Expansion<'a> {
    pub item: &'a EnumItem,
    /// The variants; none for the skeleton emitted beside errors, where every item still
    /// exists, so a spec error is not followed by a cascade of missing ones.
    pub rows: &'a [ErrorRow],
    /// The spec path as written.
    pub spec: &'a str,
    /// The resolved spec file, tracked for rebuilds.
    pub spec_file: Option<&'a Path>,
    pub runtime: Option<&'a TokenStream>,
    pub kind: CodeKind,
    /// Whether the rows have HTTP statuses (a status table, or a `status_column`).
    pub has_statuses: bool,
    /// `None`: Kaiko's envelope, the runtime's default.
    pub envelope: Option<&'a Envelope>,
    pub retryable: &'a [Code],
    pub target: Target,
}

/// The tokens every template may name: the enum, its visibility and the runtime.
struct Names {
    ident: TokenStream,
    vis: TokenStream,
    krate: TokenStream,
}

impl Names {
    fn new(expansion: &Expansion<'_>) -> Self {
        let krate = match expansion.runtime {
            Some(path) => path.clone(),
            None => template::parse("::kaiko_errors"),
        };
        Names {
            ident: proc_macro2::TokenTree::Ident(expansion.item.ident.clone()).into(),
            vis: expansion.item.vis.clone(),
            krate,
        }
    }

    /// `template` with `$enum`, `$vis`, `$krate` and the `more` holes filled.
    fn fill(&self, template: &str, more: &[(&str, &TokenStream)]) -> TokenStream {
        let mut holes = vec![
            ("enum", &self.ident),
            ("vis", &self.vis),
            ("krate", &self.krate),
        ];
        holes.extend_from_slice(more);
        fill(template, &holes)
    }
}

/// The enum and all its impls.
pub fn error_table(expansion: &Expansion<'_>) -> TokenStream {
    let names = Names::new(expansion);
    let mut impls = TokenStream::new();
    if let Some(path) = expansion.spec_file.and_then(Path::to_str) {
        // Cargo rebuilds a crate when a file it `include_bytes!`s changes: this is what
        // makes an edit of the spec regenerate the enum without `cargo clean`.
        impls.extend(template::parse(&format!(
            "const _: &[::core::primitive::u8] = ::core::include_bytes!({});",
            string(path)
        )));
    }
    impls.extend(inherent_impl(expansion, &names));
    impls.extend(display_and_error_impls(&names));
    if expansion.has_statuses {
        // `From<$enum> for http::StatusCode` when kaiko-errors has its `http` feature.
        impls.extend(names.fill("$krate::__http_impls!($enum);", &[]));
    }
    impls.extend(conversion_impls(expansion, &names));
    impls.extend(table_trait_impl(expansion, &names));
    impls.extend(serde_impls(expansion, &names));
    let file = expansion.target == Target::File;
    let mut out = TokenStream::new();
    if file {
        out.extend(file_items(&names));
    }
    out.extend(enum_item(expansion, &names));
    // In a file of its own, rustfmt would reflow what prettyplease wrote, and every
    // regeneration would then differ from the committed file.
    let mut impl_attrs = String::from(if file { "#[rustfmt::skip]" } else { "" });
    // The impls name every variant; a deprecated one must warn in the user's code only.
    let mut deprecated = false;
    for row in expansion.rows {
        deprecated |= row.deprecated;
    }
    if deprecated {
        impl_attrs.push_str("#[allow(deprecated)]");
    }
    // A crate-private enum uses some of the generated API, rarely all of it.
    if !expansion.item.public {
        impl_attrs.push_str("#[allow(dead_code)]");
    }
    let impl_attrs = template::parse(&impl_attrs);
    out.extend(fill(
        "$attrs const _: () = { $impls };",
        &[("attrs", &impl_attrs), ("impls", &impls)],
    ));
    out
}

/// A generated file calls the runtime's `__private` items, which change between versions:
/// it must be compiled with the runtime it was generated for.
fn file_items(names: &Names) -> TokenStream {
    let version = template::parse(&string(crate::RUNTIME_VERSION));
    names.fill(
        "$krate::__generated_for!($version);",
        &[("version", &version)],
    )
}

fn enum_item(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let mut attrs = TokenStream::new();
    if expansion.target == Target::File {
        // The variants' docs are the spec's prose, which names codes and errors in
        // CamelCase without backticks: not the user's to fix.
        attrs.extend(template::parse(
            "#[rustfmt::skip] #[allow(clippy::doc_markdown)]",
        ));
    }
    attrs.extend(expansion.item.attrs.iter().cloned());
    let mut variants = String::new();
    for row in expansion.rows {
        variant(&mut variants, row, expansion.spec);
    }
    let variants = template::parse(&variants);
    names.fill(
        "$attrs
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        $vis enum $enum { $variants }",
        &[("attrs", &attrs), ("variants", &variants)],
    )
}

/// One variant with its docs: its messages, then the spec line it comes from.
fn variant(out: &mut String, row: &ErrorRow, spec: &str) {
    let message = escape_markdown(&row.message);
    let first = match (&row.code, row.status) {
        (Code::Status(status), _) => format!(" HTTP `{status}`: {message}"),
        (code, Some(status)) => format!(" Code `{}` (HTTP `{status}`): {message}", bare(code)),
        (code, None) => format!(" Code `{}`: {message}", bare(code)),
    };
    let _ = write!(out, "#[doc = {}]", string(&first));
    let further = row.messages.get(1..).unwrap_or_default();
    if !further.is_empty() {
        let _ = write!(
            out,
            "#[doc = \"\"] #[doc = {}]",
            string(" Also documented:")
        );
        for more in further {
            let _ = write!(
                out,
                "#[doc = {}]",
                string(&format!(" - {}", escape_markdown(more)))
            );
        }
    }
    let origin = format!(" From line {} of {}.", row.line, escape_markdown(spec));
    let _ = write!(out, "#[doc = \"\"] #[doc = {}]", string(&origin));
    if row.deprecated {
        let note = format!("struck through in {spec} at line {}", row.line);
        let _ = write!(out, "#[deprecated = {}]", string(&note));
    }
    let _ = write!(out, "{},", row.name);
}

/// `Self::A | Self::B => value,` per distinct key, in first-appearance order: a generated
/// file is linted in full, and `clippy::match_same_arms` wants arms with one body merged.
/// `value(row)` writes the arm of a key's first row, once per key.
fn match_arms(
    rows: &[ErrorRow],
    key: &dyn Fn(&ErrorRow) -> String,
    value: &dyn Fn(&ErrorRow) -> String,
) -> TokenStream {
    let mut groups: Vec<(&ErrorRow, String)> = Vec::new();
    let mut by_key: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for row in rows {
        let next = groups.len();
        let group = *by_key.entry(key(row)).or_insert(next);
        if group == next {
            groups.push((row, format!("Self::{}", row.name)));
        } else if let Some((_, members)) = groups.get_mut(group) {
            let _ = write!(members, " | Self::{}", row.name);
        }
    }
    let mut arms = String::new();
    for (first, members) in &groups {
        let _ = write!(arms, "{members} => {},", value(first));
    }
    template::parse(&arms)
}

/// `Self::A => value,` per row.
fn arms(rows: &[ErrorRow], value: &dyn Fn(&ErrorRow) -> String) -> TokenStream {
    let mut arms = String::new();
    for row in rows {
        let _ = write!(arms, "Self::{} => {},", row.name, value(row));
    }
    template::parse(&arms)
}

/// `value => Some(Self::A),` per row, then `_ => None,`.
fn lookup_arms(rows: &[ErrorRow], value: &dyn Fn(&ErrorRow) -> String) -> TokenStream {
    let mut arms = String::new();
    for row in rows {
        let _ = write!(
            arms,
            "{} => ::core::option::Option::Some(Self::{}),",
            value(row),
            row.name
        );
    }
    arms.push_str("_ => ::core::option::Option::None,");
    template::parse(&arms)
}

/// A code as the docs show it: `-1121`, `card_declined`.
fn bare(code: &Code) -> String {
    match code {
        Code::Status(code) => code.to_string(),
        Code::Integer(code) => code.to_string(),
        Code::Str(code) => code.clone(),
    }
}

/// The row's code as a literal of the table's kind: `-1121i64`, `"card_declined"`.
fn code_literal(row: &ErrorRow) -> String {
    match &row.code {
        Code::Status(code) => format!("{code}u16"),
        Code::Integer(code) => format!("{code}i64"),
        Code::Str(code) => string(code),
    }
}

fn status_literal(row: &ErrorRow) -> String {
    format!("{}u16", row.status.unwrap_or(0))
}

fn inherent_impl(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let code_items = match expansion.kind {
        CodeKind::Status => status_items(expansion, names),
        CodeKind::Integer => integer_code_items(expansion, names),
        CodeKind::String => string_code_items(expansion, names),
    };
    let status_of_code = if expansion.kind != CodeKind::Status && expansion.has_statuses {
        let arms = match_arms(expansion.rows, &status_literal, &status_literal);
        names.fill(
            "/// The HTTP status this code is documented with.
            #[must_use]
            #[inline]
            $vis const fn status(self) -> ::core::primitive::u16 {
                match self { $arms }
            }",
            &[("arms", &arms)],
        )
    } else {
        TokenStream::new()
    };
    let text_items = text_items(expansion, names);
    let decode_doc = if expansion.envelope.is_none() {
        "/// Decodes a response of this API: `Ok` with the page for a 2xx
        /// `\"result\":\"success\"` body, otherwise the error, typed with this table.
        ///
        /// # Errors
        /// Every non-2xx status, every `\"result\":\"error\"` body, and every 2xx body
        /// that is not a success envelope holding a `T`."
    } else {
        "/// Decodes a response of this API: `Ok` with the page for a success body,
        /// otherwise the error, typed with this table.
        ///
        /// # Errors
        /// Every non-2xx status, every body that is the API's error, and every 2xx body
        /// that is not a success holding a `T`."
    };
    let decode_doc = template::parse(decode_doc);
    let mut all = String::new();
    for (i, row) in expansion.rows.iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        let _ = write!(all, "{separator}Self::{}", row.name);
    }
    let all = template::parse(&all);
    names.fill(
        "impl $enum {
            /// Every variant, in the order of the spec table.
            $vis const ALL: &'static [Self] = &[$all];

            $code_items

            $status_of_code

            $text_items

            $decode_doc
            $vis fn decode<'de, T>(
                status: ::core::primitive::u16,
                body: &'de [::core::primitive::u8],
            ) -> ::core::result::Result<$krate::Page<T>, $krate::ApiError<Self>>
            where
                T: $krate::__private::serde::Deserialize<'de>,
            {
                $krate::decode::<Self, T>(status, body)
            }
        }",
        &[
            ("all", &all),
            ("code_items", &code_items),
            ("status_of_code", &status_of_code),
            ("text_items", &text_items),
            ("decode_doc", &decode_doc),
        ],
    )
}

fn status_items(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let to_status = arms(expansion.rows, &status_literal);
    let from_status = lookup_arms(expansion.rows, &status_literal);
    names.fill(
        "/// The HTTP status this error is documented under.
        #[must_use]
        #[inline]
        $vis const fn status(self) -> ::core::primitive::u16 {
            match self { $to_status }
        }

        /// The variant documented for an HTTP status, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        $vis const fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
            match status { $from_status }
        }",
        &[("to_status", &to_status), ("from_status", &from_status)],
    )
}

fn integer_code_items(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let to_code = arms(expansion.rows, &code_literal);
    let from_code = lookup_arms(expansion.rows, &code_literal);
    names.fill(
        "/// The API's code for this error, as the body sends it.
        #[must_use]
        #[inline]
        $vis const fn code(self) -> ::core::primitive::i64 {
            match self { $to_code }
        }

        /// The variant documented for a code, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        $vis const fn from_code(code: ::core::primitive::i64) -> ::core::option::Option<Self> {
            match code { $from_code }
        }",
        &[("to_code", &to_code), ("from_code", &from_code)],
    )
}

fn string_code_items(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let to_code = arms(expansion.rows, &code_literal);
    let from_code = lookup_arms(expansion.rows, &code_literal);
    names.fill(
        "/// The API's code for this error, as the body sends it.
        #[must_use]
        #[inline]
        $vis const fn code(self) -> &'static ::core::primitive::str {
            match self { $to_code }
        }

        /// The variant documented for a code (exact, case-sensitive), or `None` for an
        /// undocumented one.
        #[must_use]
        $vis fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            match code { $from_code }
        }",
        &[("to_code", &to_code), ("from_code", &from_code)],
    )
}

fn text_items(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let rows = expansion.rows;
    let messages = match_arms(rows, &|row| row.message.clone(), &|row| {
        string(&row.message)
    });
    let all_messages = match_arms(
        rows,
        &|row| crate::markdown::join(&row.messages, "\u{0}"),
        &|row| {
            let mut list = String::from("&[");
            for (i, message) in row.messages.iter().enumerate() {
                list.push_str(if i == 0 { "" } else { ", " });
                list.push_str(&string(message));
            }
            list.push(']');
            list
        },
    );
    let reasons = match_arms(rows, &|row| row.reason.clone(), &|row| string(&row.reason));
    // `None` is told apart from every detail by a key no text has.
    let details = match_arms(
        rows,
        &|row| match &row.detail {
            Some(detail) => detail.clone(),
            None => "\u{0}".to_owned(),
        },
        &|row| match &row.detail {
            Some(detail) => format!("::core::option::Option::Some({})", string(detail)),
            None => "::core::option::Option::None".to_owned(),
        },
    );
    names.fill(
        "/// The documented message: a table row's whole cell, or the first message
        /// under a code heading.
        #[must_use]
        #[inline]
        $vis const fn message(self) -> &'static ::core::primitive::str {
            match self { $messages }
        }

        /// Every documented message, in page order: `message()` first. A table row
        /// has one; a code heading one per bullet under it.
        #[must_use]
        #[inline]
        $vis const fn messages(self) -> &'static [&'static ::core::primitive::str] {
            match self { $all_messages }
        }

        /// The reason: the message up to its first ` -- ` separator, or all of it.
        #[must_use]
        #[inline]
        $vis const fn reason(self) -> &'static ::core::primitive::str {
            match self { $reasons }
        }

        /// The detail: the message after its first ` -- ` separator, if it has one.
        #[must_use]
        #[inline]
        $vis const fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            match self { $details }
        }",
        &[
            ("messages", &messages),
            ("all_messages", &all_messages),
            ("reasons", &reasons),
            ("details", &details),
        ],
    )
}

fn display_and_error_impls(names: &Names) -> TokenStream {
    names.fill(
        "#[automatically_derived]
        impl ::core::fmt::Display for $enum {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(Self::message(*self))
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for $enum {}",
        &[],
    )
}

const STATUS_CONVERSIONS: &str = "
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u16> for $enum {
        type Error = $krate::UnknownStatus;

        fn try_from(status: ::core::primitive::u16) -> ::core::result::Result<Self, Self::Error> {
            match Self::from_status(status) {
                ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                ::core::option::Option::None => {
                    ::core::result::Result::Err($krate::UnknownStatus(status))
                }
            }
        }
    }

    #[automatically_derived]
    impl ::core::convert::From<$enum> for ::core::primitive::u16 {
        fn from(code: $enum) -> Self {
            code.status()
        }
    }";

const INTEGER_CONVERSIONS: &str = "
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i64> for $enum {
        type Error = $krate::UnknownCode;

        fn try_from(code: ::core::primitive::i64) -> ::core::result::Result<Self, Self::Error> {
            match Self::from_code(code) {
                ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                ::core::option::Option::None => ::core::result::Result::Err(
                    $krate::UnknownCode($krate::RawCode::Integer(code)),
                ),
            }
        }
    }

    #[automatically_derived]
    impl ::core::convert::From<$enum> for ::core::primitive::i64 {
        fn from(variant: $enum) -> Self {
            variant.code()
        }
    }";

const STRING_CONVERSIONS: &str = "
    #[automatically_derived]
    impl ::core::str::FromStr for $enum {
        type Err = $krate::UnknownCode;

        fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
            match Self::from_code(code) {
                ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                ::core::option::Option::None => ::core::result::Result::Err(
                    $krate::UnknownCode($krate::__private::string_code(code)),
                ),
            }
        }
    }";

fn conversion_impls(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let template = match expansion.kind {
        CodeKind::Status => STATUS_CONVERSIONS,
        CodeKind::Integer => INTEGER_CONVERSIONS,
        CodeKind::String => STRING_CONVERSIONS,
    };
    names.fill(template, &[])
}

fn table_trait_impl(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let kind_items = match expansion.kind {
        CodeKind::Status => template::parse(
            "fn status(self) -> ::core::primitive::u16 {
                Self::status(self)
            }

            fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
                Self::from_status(status)
            }",
        ),
        kind => code_table_items(expansion, kind, names),
    };
    let retryable = retryable_fn(expansion);
    let envelope = match expansion.envelope {
        Some(envelope) => envelope_items(envelope, names),
        None => TokenStream::new(),
    };
    names.fill(
        "#[automatically_derived]
        impl $krate::ErrorTable for $enum {
            const ALL: &'static [Self] = Self::ALL;

            $kind_items

            $retryable

            fn message(self) -> &'static ::core::primitive::str {
                Self::message(self)
            }

            fn reason(self) -> &'static ::core::primitive::str {
                Self::reason(self)
            }

            fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::detail(self)
            }

            $envelope
        }",
        &[
            ("kind_items", &kind_items),
            ("retryable", &retryable),
            ("envelope", &envelope),
        ],
    )
}

/// The `ErrorTable` items of a code table: its kind, its status (0 without a status
/// column), no `from_status`, and `from_raw_code`.
fn code_table_items(expansion: &Expansion<'_>, kind: CodeKind, names: &Names) -> TokenStream {
    let (kind, as_kind) = if kind == CodeKind::Integer {
        ("Integer", "as_integer")
    } else {
        ("String", "as_str")
    };
    let status = if expansion.has_statuses {
        "Self::status(self)"
    } else {
        "{
            let _ = self;
            0
        }"
    };
    let source = format!(
        "const KIND: $krate::CodeKind = $krate::CodeKind::{kind};
        const HAS_STATUSES: ::core::primitive::bool = {has_statuses};

        fn status(self) -> ::core::primitive::u16 {{
            {status}
        }}

        fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {{
            {{
                let _ = status;
                ::core::option::Option::None
            }}
        }}

        #[inline]
        fn from_raw_code(code: &$krate::RawCode) -> ::core::option::Option<Self> {{
            code.{as_kind}().and_then(Self::from_code)
        }}",
        has_statuses = expansion.has_statuses,
    );
    names.fill(&source, &[])
}

/// `retryable(...)`: the listed codes' variants.
fn retryable_fn(expansion: &Expansion<'_>) -> TokenStream {
    if expansion.retryable.is_empty() {
        return TokenStream::new();
    }
    let mut listed = String::new();
    for row in expansion.rows {
        if expansion.retryable.contains(&row.code) {
            let separator = if listed.is_empty() { "" } else { " | " };
            let _ = write!(listed, "{separator}Self::{}", row.name);
        }
    }
    template::parse(&format!(
        "fn retryable(self) -> ::core::primitive::bool {{
            ::core::matches!(self, {listed})
        }}"
    ))
}

fn envelope_items(envelope: &Envelope, names: &Names) -> TokenStream {
    let Envelope {
        whole_body,
        data,
        message,
        code,
        ..
    } = envelope;
    // The body is the payload: the table reads it with the tap, and builds never
    // instantiate the envelope visitor's payload path for it (nor the others the tap).
    let whole_body_decode = if *whole_body {
        "fn __decode<'de, T: $krate::__private::serde::Deserialize<'de>>(
            status: ::core::primitive::u16,
            body: &'de [::core::primitive::u8],
        ) -> ::core::result::Result<$krate::Page<T>, $krate::ApiError<Self>> {
            $krate::__private::decode_whole_body::<Self, T>(status, body)
        }"
    } else {
        ""
    };
    let source = format!(
        "const __ENVELOPE: $krate::__private::Shape = $krate::__private::Shape {{
            whole_body: {whole_body},
            data: {data},
            message: {message},
            code: {code},
            success: {success},
            error: {error},
        }};

        {whole_body_decode}

        #[inline]
        fn __field(node: ::core::primitive::u8, key: &[::core::primitive::u8]) -> $krate::__private::Field {{
            match node {{
                {nodes}
                _ => $krate::__private::Field::Other,
            }}
        }}",
        data = string(data),
        message = string(message),
        code = string(code),
        success = marker(envelope.success.as_ref()),
        error = marker(envelope.error.as_ref()),
        nodes = field_arms(envelope),
    );
    names.fill(&source, &[])
}

/// `__field`'s arms: per object on the paths, what each of its keys is.
fn field_arms(envelope: &Envelope) -> String {
    let mut arms = String::new();
    for (node, keys) in envelope.nodes.iter().enumerate() {
        let node = u8::try_from(node).unwrap_or(u8::MAX);
        let _ = write!(arms, "{node}u8 => match key {{");
        for (key, field) in keys {
            let key = byte_string(key);
            let _ = match field {
                FieldSpec::Node(next) => {
                    write!(arms, "{key} => $krate::__private::Field::Node({next}u8),")
                }
                FieldSpec::Leaf(roles) => write!(
                    arms,
                    "{key} => $krate::__private::Field::Leaf({}),",
                    role_names(*roles)
                ),
            };
        }
        arms.push_str("_ => $krate::__private::Field::Other, },");
    }
    arms
}

/// A leaf's roles by the runtime's names (`role::CODE | role::SUCCESS`), so the expansion
/// does not depend on how the runtime numbers them.
fn role_names(roles: u8) -> String {
    let mut names = String::new();
    for (bit, name) in role::NAMES {
        if roles & bit != 0 {
            let separator = if names.is_empty() { "" } else { " | " };
            let _ = write!(names, "{separator}$krate::__private::role::{name}");
        }
    }
    names
}

fn marker(marker: Option<&MarkerSpec>) -> String {
    let Some(MarkerSpec {
        path,
        text,
        quoted,
        integer,
        boolean,
    }) = marker
    else {
        return "::core::option::Option::None".to_owned();
    };
    let integer = match integer {
        Some(value) => format!("::core::option::Option::Some({value}i64)"),
        None => "::core::option::Option::None".to_owned(),
    };
    let boolean = match boolean {
        Some(value) => format!("::core::option::Option::Some({value})"),
        None => "::core::option::Option::None".to_owned(),
    };
    format!(
        "::core::option::Option::Some($krate::__private::Marker {{
            path: {path},
            text: {text},
            quoted: {quoted},
            integer: {integer},
            boolean: {boolean},
        }})",
        path = string(path),
        text = string(text),
    )
}

fn serde_impls(expansion: &Expansion<'_>, names: &Names) -> TokenStream {
    let (serialize, deserialize) = match expansion.kind {
        CodeKind::Status => (
            "serializer.serialize_u16(Self::status(*self))",
            "$krate::__private::deserialize_status(deserializer)",
        ),
        CodeKind::Integer => (
            "serializer.serialize_i64(Self::code(*self))",
            "$krate::__private::deserialize_integer_code(deserializer, Self::from_code)",
        ),
        CodeKind::String => (
            "serializer.serialize_str(Self::code(*self))",
            "$krate::__private::deserialize_string_code(deserializer, Self::from_code)",
        ),
    };
    let source = format!(
        "#[automatically_derived]
        impl $krate::__private::serde::Serialize for $enum {{
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $krate::__private::serde::Serializer,
            {{
                {serialize}
            }}
        }}

        #[automatically_derived]
        impl<'de> $krate::__private::serde::Deserialize<'de> for $enum {{
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $krate::__private::serde::Deserializer<'de>,
            {{
                {deserialize}
            }}
        }}"
    );
    names.fill(&source, &[])
}

/// Backslash-escapes the characters rustdoc would read as Markdown or HTML, so a message
/// such as `use <T> [here]` shows as written and trips no rustdoc lint.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_escapes_markdown() {
        assert_eq!(
            escape_markdown("a <T> [b] *c* & `d`"),
            r"a \<T\> \[b\] \*c\* \& \`d\`"
        );
    }
}
