//! Expand stage: writes the enum and its impls from the checked rows.
//!
//! Everything is named by absolute path (`::core::...`, and `::kaiko_errors::...` or the
//! `crate = "..."` path) and every variant as `Self::...`, so the output compiles under a
//! user's `use MyError::*` even when the table has variants named `Ok`, `Some` or `None`.

use crate::item::EnumItem;
use crate::model::ErrorRow;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::path::Path;

/// The enum and all its impls. With no rows this is the skeleton emitted beside errors:
/// every item still exists, so a spec error is not followed by a cascade of missing ones.
pub fn error_table(
    item: &EnumItem,
    rows: &[ErrorRow],
    spec: &str,
    spec_file: Option<&Path>,
    runtime: Option<&syn::Path>,
) -> TokenStream {
    // `::kaiko_errors`, or where `crate = "..."` says the renamed dependency is.
    let krate = runtime.map_or_else(|| quote!(::kaiko_errors), |path| quote!(#path));
    let EnumItem { attrs, vis, ident } = item;
    let variants: Vec<Ident> = rows
        .iter()
        .map(|row| Ident::new(&row.name, Span::call_site()))
        .collect();
    let message_docs = rows
        .iter()
        .map(|row| format!(" HTTP `{}`: {}", row.status, escape_markdown(&row.message)));
    let origin_docs = rows
        .iter()
        .map(|row| format!(" From line {} of {}.", row.line, escape_markdown(spec)));
    let statuses: Vec<u16> = rows.iter().map(|row| row.status).collect();
    let messages = rows.iter().map(|row| row.message.as_str());
    let reasons = rows.iter().map(|row| row.reason.as_str());
    let details = rows.iter().map(|row| match &row.detail {
        Some(detail) => quote!(::core::option::Option::Some(#detail)),
        None => quote!(::core::option::Option::None),
    });
    // Cargo rebuilds a crate when a file it `include_bytes!`s changes: this is what makes
    // an edit of the spec regenerate the enum without `cargo clean`.
    let track_spec = spec_file.and_then(Path::to_str).map(|path| {
        quote!(
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        )
    });
    let all = &variants;

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
                #[doc = #message_docs]
                #[doc = ""]
                #[doc = #origin_docs]
                #variants,
            )*
        }

        const _: () = {
            #track_spec

            #[automatically_derived]
            impl #ident {
                /// Every variant, in the order of the spec table.
                pub const ALL: &'static [Self] = &[#(Self::#all),*];

                /// The HTTP status this error is documented under.
                #[must_use]
                #[inline]
                pub const fn status(self) -> ::core::primitive::u16 {
                    match self {
                        #(Self::#all => #statuses,)*
                    }
                }

                /// The variant documented for an HTTP status, or `None` for an undocumented one.
                #[must_use]
                #[inline]
                pub const fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    match status {
                        #(#statuses => ::core::option::Option::Some(Self::#all),)*
                        _ => ::core::option::Option::None,
                    }
                }

                /// The documented message: the whole cell of the table.
                #[must_use]
                #[inline]
                pub const fn message(self) -> &'static ::core::primitive::str {
                    match self {
                        #(Self::#all => #messages,)*
                    }
                }

                /// The reason: the message up to its first ` -- ` separator, or all of it.
                #[must_use]
                #[inline]
                pub const fn reason(self) -> &'static ::core::primitive::str {
                    match self {
                        #(Self::#all => #reasons,)*
                    }
                }

                /// The detail: the message after its first ` -- ` separator, if it has one.
                #[must_use]
                #[inline]
                pub const fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    match self {
                        #(Self::#all => #details,)*
                    }
                }

                /// Decodes a response of this API: `Ok` with the page for a 2xx
                /// `"result":"success"` body, otherwise the error, typed with this table.
                ///
                /// # Errors
                /// Every non-2xx status, every `"result":"error"` body, and every 2xx body
                /// that is not a success envelope holding a `T`.
                pub fn decode<'de, T>(
                    status: ::core::primitive::u16,
                    body: &'de [::core::primitive::u8],
                ) -> ::core::result::Result<#krate::Page<T>, #krate::ApiError<Self>>
                where
                    T: #krate::__private::serde::Deserialize<'de>,
                {
                    #krate::decode::<Self, T>(status, body)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    formatter.write_str(Self::message(*self))
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ident {}

            // `From<#ident> for http::StatusCode` when kaiko-errors has its `http` feature.
            #krate::__http_impls!(#ident);

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

            #[automatically_derived]
            impl #krate::ErrorTable for #ident {
                const ALL: &'static [Self] = Self::ALL;

                fn status(self) -> ::core::primitive::u16 {
                    Self::status(self)
                }

                fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    Self::from_status(status)
                }

                fn message(self) -> &'static ::core::primitive::str {
                    Self::message(self)
                }

                fn reason(self) -> &'static ::core::primitive::str {
                    Self::reason(self)
                }

                fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    Self::detail(self)
                }
            }

            #[automatically_derived]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: #krate::__private::serde::Serializer,
                {
                    serializer.serialize_u16(Self::status(*self))
                }
            }

            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: #krate::__private::serde::Deserializer<'de>,
                {
                    #krate::__private::deserialize_status(deserializer)
                }
            }
        };
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
