//! Rust source with holes, the expansion's way of writing code.
//!
//! The expansion writes its impls as source text (`impl ::core::fmt::Display for $enum`)
//! that is parsed into tokens once, with each `$name` hole replaced by its tokens, rather
//! than with `quote!`. A `quote!` compiles every token of its template into a statement
//! of the generator (a call, and the cleanup path that drops the stream on unwind): the
//! expansion's templates were a quarter of this crate's compile, and a macro's
//! dependencies are compiled by every user's cold build (benches/compile-time,
//! BENCHMARKS.md). A template is a string: it costs the compiler nothing.
//!
//! The tokens are those `quote!` would have written: every token the text gives has the
//! call-site span, as `quote!`'s do, and a hole keeps the spans of its own tokens (the
//! user's enum name, attributes and visibility).

use proc_macro2::{Group, Literal, TokenStream, TokenTree};

/// `template`'s tokens, with each `$name` of `holes` replaced by its tokens.
pub(crate) fn fill(template: &str, holes: &[(&str, &TokenStream)]) -> TokenStream {
    match template.parse::<TokenStream>() {
        Ok(tokens) => fill_tokens(tokens, holes),
        Err(error) => internal_error(&format!("a template does not lex: {error}")),
    }
}

/// The tokens of Rust source the expansion wrote (match arms, variants): its text, if
/// it does not lex, is a bug of the generator, reported as a compile error.
pub(crate) fn parse(source: &str) -> TokenStream {
    match source.parse() {
        Ok(tokens) => tokens,
        Err(error) => internal_error(&format!("generated code does not lex: {error}")),
    }
}

/// What fills the hole `name`.
fn filling<'h>(
    holes: &[(&str, &'h TokenStream)],
    name: &proc_macro2::Ident,
) -> Option<&'h TokenStream> {
    for &(hole, filling) in holes {
        if name == hole {
            return Some(filling);
        }
    }
    None
}

fn fill_tokens(tokens: TokenStream, holes: &[(&str, &TokenStream)]) -> TokenStream {
    let mut out = TokenStream::new();
    let mut trees = tokens.into_iter();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '$' => match trees.next() {
                Some(TokenTree::Ident(name)) => match filling(holes, &name) {
                    Some(filling) => out.extend(filling.clone()),
                    None => return internal_error(&format!("a template has no hole `${name}`")),
                },
                _ => return internal_error("a template has a `$` that names no hole"),
            },
            TokenTree::Group(group) => {
                let mut filled = Group::new(group.delimiter(), fill_tokens(group.stream(), holes));
                filled.set_span(group.span());
                out.extend([TokenTree::Group(filled)]);
            }
            tree => out.extend([tree]),
        }
    }
    out
}

/// A string literal's source text, escaped as `quote!` escapes a `&str`.
pub(crate) fn string(text: &str) -> String {
    Literal::string(text).to_string()
}

/// `text` as a byte string literal (`b"code"`, non-ASCII bytes escaped).
pub(crate) fn byte_string(text: &str) -> String {
    Literal::byte_string(text.as_bytes()).to_string()
}

/// `::core::compile_error!("kaiko-errors: ...")`: a broken template must not panic the
/// user's build.
fn internal_error(message: &str) -> TokenStream {
    let text = format!("kaiko-errors: {message} (a bug of kaiko-errors: please report it)");
    crate::item::ItemError::new(proc_macro2::Span::call_site(), text).to_compile_error()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn holes_are_filled_at_any_depth() {
        let name = quote!(MyError);
        let krate = quote!(::kaiko_errors);
        let filled = fill(
            "impl $krate::ErrorTable for $enum { fn f() -> [u8; { $krate::N }] {} }",
            &[("enum", &name), ("krate", &krate)],
        );
        assert_eq!(
            filled.to_string(),
            quote!(impl ::kaiko_errors::ErrorTable for MyError { fn f() -> [u8; { ::kaiko_errors::N }] {} })
                .to_string()
        );
    }

    #[test]
    fn an_unknown_hole_is_a_compile_error_not_a_panic() {
        let filled = fill("struct $nothing;", &[]).to_string();
        assert!(filled.starts_with(":: core :: compile_error !"), "{filled}");
        assert!(filled.contains("no hole `$nothing`"), "{filled}");
        assert!(fill("a $ ;", &[]).to_string().contains("names no hole"));
    }

    #[test]
    fn source_that_does_not_lex_is_a_compile_error() {
        assert!(parse("fn f() {").to_string().contains("compile_error !"));
        assert!(fill("(", &[]).to_string().contains("does not lex"));
    }

    #[test]
    fn strings_are_escaped_as_quote_escapes_them() {
        let text = "a \"quoted\" \\ line\nand 'single' ü";
        assert_eq!(string(text), quote!(#text).to_string());
    }
}
