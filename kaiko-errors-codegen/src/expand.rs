//! Expand stage: writes the enum and its impls from the checked rows.
//!
//! Everything is named by absolute path (`::core::...`, and `::kaiko_errors::...` or the
//! `crate = "..."` path) and every variant as `Self::...`, so the output compiles under a
//! user's `use MyError::*` even when the table has variants named `Ok`, `Some` or `None`.
//! Each generated impl has its own function.

use crate::envelope::{role, Envelope, FieldSpec, MarkerSpec};
use crate::item::EnumItem;
use crate::model::{Code, CodeKind, ErrorRow};
use crate::Target;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
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
    pub runtime: Option<&'a syn::Path>,
    pub kind: CodeKind,
    /// Whether the rows have HTTP statuses (a status table, or a `status_column`).
    pub has_statuses: bool,
    /// `None`: Kaiko's envelope, the runtime's default.
    pub envelope: Option<&'a Envelope>,
    pub retryable: &'a [Code],
    pub target: Target,
}

impl Expansion<'_> {
    /// `::kaiko_errors`, or where `crate = "..."` says the renamed dependency is.
    fn krate(&self) -> TokenStream {
        self.runtime
            .map_or_else(|| quote!(::kaiko_errors), |path| quote!(#path))
    }

    fn variants(&self) -> Vec<Ident> {
        self.rows
            .iter()
            .map(|row| Ident::new(&row.name, Span::call_site()))
            .collect()
    }

    fn statuses(&self) -> Vec<u16> {
        self.rows
            .iter()
            .map(|row| row.status.unwrap_or(0))
            .collect()
    }
}

/// The enum and all its impls.
pub fn error_table(expansion: &Expansion<'_>) -> TokenStream {
    let enum_item = enum_item(expansion);
    // Cargo rebuilds a crate when a file it `include_bytes!`s changes: this is what makes
    // an edit of the spec regenerate the enum without `cargo clean`.
    let track_spec = expansion.spec_file.and_then(Path::to_str).map(|path| {
        quote!(
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        )
    });
    let inherent = inherent_impl(expansion);
    let display = display_and_error_impls(expansion);
    let http = expansion.has_statuses.then(|| {
        let krate = expansion.krate();
        let ident = &expansion.item.ident;
        quote! {
            // `From<#ident> for http::StatusCode` when kaiko-errors has its `http` feature.
            #krate::__http_impls!(#ident);
        }
    });
    let conversions = conversion_impls(expansion);
    let table = table_trait_impl(expansion);
    let serde = serde_impls(expansion);
    // The impls name every variant; a deprecated one must warn in the user's code only.
    let allow_deprecated = expansion
        .rows
        .iter()
        .any(|row| row.deprecated)
        .then(|| quote!(#[allow(deprecated)]));
    let file = file_items(expansion);
    // In a file of its own, rustfmt would reflow what prettyplease wrote, and every
    // regeneration would then differ from the committed file.
    let skip_rustfmt = file.as_ref().map(|_| quote!(#[rustfmt::skip]));
    // The variants' docs are the spec's prose, which names codes and errors in CamelCase
    // without backticks: not the user's to fix.
    let allow_prose = file
        .as_ref()
        .map(|_| quote!(#[allow(clippy::doc_markdown)]));
    // A crate-private enum uses some of the generated API, rarely all of it.
    let allow_unused = (!matches!(expansion.item.vis, syn::Visibility::Public(_)))
        .then(|| quote!(#[allow(dead_code)]));
    quote! {
        #file

        #skip_rustfmt
        #allow_prose
        #enum_item

        #skip_rustfmt
        #allow_deprecated
        #allow_unused
        const _: () = {
            #track_spec

            #inherent

            #display

            #http

            #conversions

            #table

            #serde
        };
    }
}

/// A generated file calls the runtime's `__private` items, which change between versions:
/// it must be compiled with the runtime it was generated for.
fn file_items(expansion: &Expansion<'_>) -> Option<TokenStream> {
    if expansion.target != Target::File {
        return None;
    }
    let krate = expansion.krate();
    let version = crate::RUNTIME_VERSION;
    Some(quote! {
        #krate::__generated_for!(#version);
    })
}

fn enum_item(expansion: &Expansion<'_>) -> TokenStream {
    let EnumItem { attrs, vis, ident } = expansion.item;
    let variants = expansion.variants();
    let message_docs = expansion.rows.iter().map(|row| {
        let message = escape_markdown(&row.message);
        let mut lines = vec![match (&row.code, row.status) {
            (Code::Status(status), _) => format!(" HTTP `{status}`: {message}"),
            (code, Some(status)) => format!(" Code `{}` (HTTP `{status}`): {message}", bare(code)),
            (code, None) => format!(" Code `{}`: {message}", bare(code)),
        }];
        if let Some(further) = row.messages.get(1..).filter(|more| !more.is_empty()) {
            lines.push(String::new());
            lines.push(" Also documented:".to_owned());
            lines.extend(further.iter().map(|m| format!(" - {}", escape_markdown(m))));
        }
        lines
    });
    let deprecations = expansion.rows.iter().map(|row| {
        row.deprecated.then(|| {
            let note = format!("struck through in {} at line {}", expansion.spec, row.line);
            quote!(#[deprecated = #note])
        })
    });
    let origin_docs = expansion.rows.iter().map(|row| {
        format!(
            " From line {} of {}.",
            row.line,
            escape_markdown(expansion.spec)
        )
    });
    quote! {
        #(#attrs)*
        #[derive(
            ::core::fmt::Debug,
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #vis enum #ident {
            #(
                #(#[doc = #message_docs])*
                #[doc = ""]
                #[doc = #origin_docs]
                #deprecations
                #variants,
            )*
        }
    }
}

/// `Self::A | Self::B => value,` per distinct key, in first-appearance order: a generated
/// file is linted in full, and `clippy::match_same_arms` wants arms with one body merged.
/// `value(i)` writes the arm of the `i`-th variant's key, once per key.
fn match_arms(
    variants: &[Ident],
    keys: &[&str],
    value: &dyn Fn(usize) -> TokenStream,
) -> TokenStream {
    let mut groups: Vec<(usize, Vec<&Ident>)> = Vec::new();
    let mut by_key: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (index, (variant, key)) in variants.iter().zip(keys).enumerate() {
        let group = *by_key.entry(key).or_insert_with(|| {
            groups.push((index, Vec::new()));
            groups.len() - 1
        });
        if let Some((_, members)) = groups.get_mut(group) {
            members.push(variant);
        }
    }
    let arms = groups.iter().map(|(first, members)| {
        let value = value(*first);
        quote!(#(Self::#members)|* => #value,)
    });
    quote!(#(#arms)*)
}

/// A code as the docs show it: `-1121`, `card_declined`.
fn bare(code: &Code) -> String {
    match code {
        Code::Status(code) => code.to_string(),
        Code::Integer(code) => code.to_string(),
        Code::Str(code) => code.clone(),
    }
}

fn inherent_impl(expansion: &Expansion<'_>) -> TokenStream {
    // The enum's own visibility: `pub` items of a `pub(crate)` enum are unreachable.
    let vis = &expansion.item.vis;
    let ident = &expansion.item.ident;
    let krate = expansion.krate();
    let all = expansion.variants();
    let code_items = match expansion.kind {
        CodeKind::Status => status_items(expansion),
        CodeKind::Integer => integer_code_items(expansion),
        CodeKind::String => string_code_items(expansion),
    };
    let status_of_code =
        (expansion.kind != CodeKind::Status && expansion.has_statuses).then(|| {
            let statuses = expansion.statuses();
            let keys: Vec<String> = statuses.iter().map(u16::to_string).collect();
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let arms = match_arms(&all, &keys, &|i| {
                let status = statuses.get(i).copied().unwrap_or_default();
                quote!(#status)
            });
            quote! {
                /// The HTTP status this code is documented with.
                #[must_use]
                #[inline]
                #vis const fn status(self) -> ::core::primitive::u16 {
                    match self {
                        #arms
                    }
                }
            }
        });
    let text_items = text_items(expansion);
    let decode_doc = if expansion.envelope.is_none() {
        quote! {
            /// Decodes a response of this API: `Ok` with the page for a 2xx
            /// `"result":"success"` body, otherwise the error, typed with this table.
            ///
            /// # Errors
            /// Every non-2xx status, every `"result":"error"` body, and every 2xx body
            /// that is not a success envelope holding a `T`.
        }
    } else {
        quote! {
            /// Decodes a response of this API: `Ok` with the page for a success body,
            /// otherwise the error, typed with this table.
            ///
            /// # Errors
            /// Every non-2xx status, every body that is the API's error, and every 2xx body
            /// that is not a success holding a `T`.
        }
    };
    quote! {
        impl #ident {
            /// Every variant, in the order of the spec table.
            #vis const ALL: &'static [Self] = &[#(Self::#all),*];

            #code_items

            #status_of_code

            #text_items

            #decode_doc
            #vis fn decode<'de, T>(
                status: ::core::primitive::u16,
                body: &'de [::core::primitive::u8],
            ) -> ::core::result::Result<#krate::Page<T>, #krate::ApiError<Self>>
            where
                T: #krate::__private::serde::Deserialize<'de>,
            {
                #krate::decode::<Self, T>(status, body)
            }
        }
    }
}

fn status_items(expansion: &Expansion<'_>) -> TokenStream {
    // The enum's own visibility: `pub` items of a `pub(crate)` enum are unreachable.
    let vis = &expansion.item.vis;
    let all = expansion.variants();
    let statuses = expansion.statuses();
    quote! {
        /// The HTTP status this error is documented under.
        #[must_use]
        #[inline]
        #vis const fn status(self) -> ::core::primitive::u16 {
            match self {
                #(Self::#all => #statuses,)*
            }
        }

        /// The variant documented for an HTTP status, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        #vis const fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
            match status {
                #(#statuses => ::core::option::Option::Some(Self::#all),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn integer_codes(expansion: &Expansion<'_>) -> Vec<i64> {
    expansion
        .rows
        .iter()
        .map(|row| match row.code {
            Code::Integer(code) => code,
            _ => 0,
        })
        .collect()
}

fn string_codes<'a>(expansion: &'a Expansion<'a>) -> Vec<&'a str> {
    expansion
        .rows
        .iter()
        .map(|row| match &row.code {
            Code::Str(code) => code.as_str(),
            _ => "",
        })
        .collect()
}

fn integer_code_items(expansion: &Expansion<'_>) -> TokenStream {
    // The enum's own visibility: `pub` items of a `pub(crate)` enum are unreachable.
    let vis = &expansion.item.vis;
    let all = expansion.variants();
    let codes = integer_codes(expansion);
    quote! {
        /// The API's code for this error, as the body sends it.
        #[must_use]
        #[inline]
        #vis const fn code(self) -> ::core::primitive::i64 {
            match self {
                #(Self::#all => #codes,)*
            }
        }

        /// The variant documented for a code, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        #vis const fn from_code(code: ::core::primitive::i64) -> ::core::option::Option<Self> {
            match code {
                #(#codes => ::core::option::Option::Some(Self::#all),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn string_code_items(expansion: &Expansion<'_>) -> TokenStream {
    // The enum's own visibility: `pub` items of a `pub(crate)` enum are unreachable.
    let vis = &expansion.item.vis;
    let all = expansion.variants();
    let codes = string_codes(expansion);
    quote! {
        /// The API's code for this error, as the body sends it.
        #[must_use]
        #[inline]
        #vis const fn code(self) -> &'static ::core::primitive::str {
            match self {
                #(Self::#all => #codes,)*
            }
        }

        /// The variant documented for a code (exact, case-sensitive), or `None` for an
        /// undocumented one.
        #[must_use]
        #vis fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            match code {
                #(#codes => ::core::option::Option::Some(Self::#all),)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn text_items(expansion: &Expansion<'_>) -> TokenStream {
    // The enum's own visibility: `pub` items of a `pub(crate)` enum are unreachable.
    let vis = &expansion.item.vis;
    let all = expansion.variants();
    let rows = expansion.rows;
    let row = |i: usize| rows.get(i);
    let keys = |key: fn(&ErrorRow) -> &str| -> Vec<&str> { rows.iter().map(key).collect() };
    let messages = match_arms(&all, &keys(|row| &row.message), &|i| {
        let message = row(i).map(|row| row.message.as_str());
        quote!(#message)
    });
    let joined: Vec<String> = rows.iter().map(|row| row.messages.join("\u{0}")).collect();
    let joined: Vec<&str> = joined.iter().map(String::as_str).collect();
    let all_messages = match_arms(&all, &joined, &|i| {
        let messages = row(i)
            .map(|row| row.messages.as_slice())
            .unwrap_or_default();
        quote!(&[#(#messages),*])
    });
    let reasons = match_arms(&all, &keys(|row| &row.reason), &|i| {
        let reason = row(i).map(|row| row.reason.as_str());
        quote!(#reason)
    });
    // `None` is told apart from every detail by a key no text has.
    let details = match_arms(
        &all,
        &keys(|row| row.detail.as_deref().unwrap_or("\u{0}")),
        &|i| match row(i).and_then(|row| row.detail.as_deref()) {
            Some(detail) => quote!(::core::option::Option::Some(#detail)),
            None => quote!(::core::option::Option::None),
        },
    );
    quote! {
        /// The documented message: a table row's whole cell, or the first message
        /// under a code heading.
        #[must_use]
        #[inline]
        #vis const fn message(self) -> &'static ::core::primitive::str {
            match self {
                #messages
            }
        }

        /// Every documented message, in page order: `message()` first. A table row
        /// has one; a code heading one per bullet under it.
        #[must_use]
        #[inline]
        #vis const fn messages(self) -> &'static [&'static ::core::primitive::str] {
            match self {
                #all_messages
            }
        }

        /// The reason: the message up to its first ` -- ` separator, or all of it.
        #[must_use]
        #[inline]
        #vis const fn reason(self) -> &'static ::core::primitive::str {
            match self {
                #reasons
            }
        }

        /// The detail: the message after its first ` -- ` separator, if it has one.
        #[must_use]
        #[inline]
        #vis const fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            match self {
                #details
            }
        }
    }
}

fn display_and_error_impls(expansion: &Expansion<'_>) -> TokenStream {
    let ident = &expansion.item.ident;
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.write_str(Self::message(*self))
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}
    }
}

fn conversion_impls(expansion: &Expansion<'_>) -> TokenStream {
    let ident = &expansion.item.ident;
    let krate = expansion.krate();
    match expansion.kind {
        CodeKind::Status => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
                type Error = #krate::UnknownStatus;

                fn try_from(status: ::core::primitive::u16) -> ::core::result::Result<Self, Self::Error> {
                    match Self::from_status(status) {
                        ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                        ::core::option::Option::None => {
                            ::core::result::Result::Err(#krate::UnknownStatus(status))
                        }
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for ::core::primitive::u16 {
                fn from(code: #ident) -> Self {
                    code.status()
                }
            }
        },
        CodeKind::Integer => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::i64> for #ident {
                type Error = #krate::UnknownCode;

                fn try_from(code: ::core::primitive::i64) -> ::core::result::Result<Self, Self::Error> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode(#krate::RawCode::Integer(code)),
                        ),
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for ::core::primitive::i64 {
                fn from(variant: #ident) -> Self {
                    variant.code()
                }
            }
        },
        CodeKind::String => quote! {
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #krate::UnknownCode;

                fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode(#krate::__private::string_code(code)),
                        ),
                    }
                }
            }
        },
    }
}

fn table_trait_impl(expansion: &Expansion<'_>) -> TokenStream {
    let ident = &expansion.item.ident;
    let krate = expansion.krate();
    let (kind, status, from_status, from_raw_code) = match expansion.kind {
        CodeKind::Status => (
            quote!(),
            quote!(Self::status(self)),
            quote!(Self::from_status(status)),
            quote!(),
        ),
        kind => code_table_items(expansion, kind, &krate),
    };
    let retryable = retryable_fn(expansion);
    let envelope = expansion
        .envelope
        .map(|envelope| envelope_items(envelope, &krate));
    quote! {
        #[automatically_derived]
        impl #krate::ErrorTable for #ident {
            const ALL: &'static [Self] = Self::ALL;

            #kind

            fn status(self) -> ::core::primitive::u16 {
                #status
            }

            fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
                #from_status
            }

            #from_raw_code

            #retryable

            fn message(self) -> &'static ::core::primitive::str {
                Self::message(self)
            }

            fn reason(self) -> &'static ::core::primitive::str {
                Self::reason(self)
            }

            fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::detail(self)
            }

            #envelope
        }
    }
}

/// The `ErrorTable` items of a code table: its kind, its status (0 without a status
/// column), no `from_status`, and `from_raw_code`.
fn code_table_items(
    expansion: &Expansion<'_>,
    kind: CodeKind,
    krate: &TokenStream,
) -> (TokenStream, TokenStream, TokenStream, TokenStream) {
    let (kind, from_raw) = if kind == CodeKind::Integer {
        (
            quote!(Integer),
            quote!(code.as_integer().and_then(Self::from_code)),
        )
    } else {
        (
            quote!(String),
            quote!(code.as_str().and_then(Self::from_code)),
        )
    };
    let status = if expansion.has_statuses {
        quote!(Self::status(self))
    } else {
        quote!({
            let _ = self;
            0
        })
    };
    let has_statuses = expansion.has_statuses;
    (
        quote! {
            const KIND: #krate::CodeKind = #krate::CodeKind::#kind;
            const HAS_STATUSES: ::core::primitive::bool = #has_statuses;
        },
        status,
        quote!({
            let _ = status;
            ::core::option::Option::None
        }),
        quote! {
            #[inline]
            fn from_raw_code(code: &#krate::RawCode) -> ::core::option::Option<Self> {
                #from_raw
            }
        },
    )
}

/// `retryable(...)`: the listed codes' variants.
fn retryable_fn(expansion: &Expansion<'_>) -> Option<TokenStream> {
    if expansion.retryable.is_empty() {
        return None;
    }
    let listed = expansion
        .rows
        .iter()
        .filter(|row| expansion.retryable.contains(&row.code))
        .map(|row| Ident::new(&row.name, Span::call_site()));
    Some(quote! {
        fn retryable(self) -> ::core::primitive::bool {
            ::core::matches!(self, #(Self::#listed)|*)
        }
    })
}

fn envelope_items(envelope: &Envelope, krate: &TokenStream) -> TokenStream {
    let Envelope {
        whole_body,
        data,
        message,
        code,
        ..
    } = envelope;
    // The body is the payload: the table reads it with the tap, and builds never
    // instantiate the envelope visitor's payload path for it (nor the others the tap).
    let whole_body_decode = whole_body.then(|| {
        quote! {
            fn __decode<'de, T: #krate::__private::serde::Deserialize<'de>>(
                status: ::core::primitive::u16,
                body: &'de [::core::primitive::u8],
            ) -> ::core::result::Result<#krate::Page<T>, #krate::ApiError<Self>> {
                #krate::__private::decode_whole_body::<Self, T>(status, body)
            }
        }
    });
    let success = marker(envelope.success.as_ref(), krate);
    let error = marker(envelope.error.as_ref(), krate);
    let nodes = envelope.nodes.iter().enumerate().map(|(node, keys)| {
        let node = u8::try_from(node).unwrap_or(u8::MAX);
        let arms = keys.iter().map(|(key, field)| match field {
            FieldSpec::Node(next) => quote!(#key => #krate::__private::Field::Node(#next),),
            FieldSpec::Leaf(roles) => {
                let roles = role_names(*roles, krate);
                quote!(#key => #krate::__private::Field::Leaf(#roles),)
            }
        });
        quote! {
            #node => match key {
                #(#arms)*
                _ => #krate::__private::Field::Other,
            },
        }
    });
    quote! {
        const __ENVELOPE: #krate::__private::Shape = #krate::__private::Shape {
            whole_body: #whole_body,
            data: #data,
            message: #message,
            code: #code,
            success: #success,
            error: #error,
        };

        #whole_body_decode

        #[inline]
        fn __field(node: ::core::primitive::u8, key: &::core::primitive::str) -> #krate::__private::Field {
            match node {
                #(#nodes)*
                _ => #krate::__private::Field::Other,
            }
        }
    }
}

/// A leaf's roles by the runtime's names (`role::CODE | role::SUCCESS`), so the expansion
/// does not depend on how the runtime numbers them.
fn role_names(roles: u8, krate: &TokenStream) -> TokenStream {
    let names = role::NAMES
        .iter()
        .filter(|(bit, _)| roles & bit != 0)
        .map(|(_, name)| {
            let name = Ident::new(name, Span::call_site());
            quote!(#krate::__private::role::#name)
        });
    quote!(#(#names)|*)
}

fn marker(marker: Option<&MarkerSpec>, krate: &TokenStream) -> TokenStream {
    let Some(MarkerSpec {
        path,
        text,
        quoted,
        integer,
        boolean,
    }) = marker
    else {
        return quote!(::core::option::Option::None);
    };
    let integer = match integer {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    let boolean = match boolean {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        ::core::option::Option::Some(#krate::__private::Marker {
            path: #path,
            text: #text,
            quoted: #quoted,
            integer: #integer,
            boolean: #boolean,
        })
    }
}

fn serde_impls(expansion: &Expansion<'_>) -> TokenStream {
    let ident = &expansion.item.ident;
    let krate = expansion.krate();
    let (serialize, deserialize) = match expansion.kind {
        CodeKind::Status => (
            quote!(serializer.serialize_u16(Self::status(*self))),
            quote!(#krate::__private::deserialize_status(deserializer)),
        ),
        CodeKind::Integer => (
            quote!(serializer.serialize_i64(Self::code(*self))),
            quote!(#krate::__private::deserialize_integer_code(deserializer, Self::from_code)),
        ),
        CodeKind::String => (
            quote!(serializer.serialize_str(Self::code(*self))),
            quote!(#krate::__private::deserialize_string_code(deserializer, Self::from_code)),
        ),
    };
    quote! {
        #[automatically_derived]
        impl #krate::__private::serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: #krate::__private::serde::Serializer,
            {
                #serialize
            }
        }

        #[automatically_derived]
        impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: #krate::__private::serde::Deserializer<'de>,
            {
                #deserialize
            }
        }
    }
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
