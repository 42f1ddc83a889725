//! The enum the attribute is placed on.
//!
//! Read from its tokens without syn: the generator needs only an empty enum's attributes,
//! visibility and name, and a crate of its own that does not depend on syn compiles
//! beside syn instead of after it in a user's cold build (the macro crate parses its
//! arguments with syn; this crate is the larger one).

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use std::fmt;

/// The traits the generated enum always derives.
pub(crate) const ALWAYS_DERIVED: [&str; 6] = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

/// The user's enum: its attributes (docs, derives...), visibility and name. The variants
/// come from the spec.
#[derive(Debug, Clone)]
pub struct EnumItem {
    /// Each attribute's tokens, `#[...]`.
    pub(crate) attrs: Vec<TokenStream>,
    pub(crate) vis: TokenStream,
    /// Whether the visibility is plain `pub`.
    pub(crate) public: bool,
    pub(crate) ident: Ident,
}

/// Why tokens are not an empty enum the generator can fill, and where.
#[derive(Debug, Clone)]
pub struct ItemError {
    span: Span,
    message: String,
}

impl ItemError {
    pub(crate) fn new(span: Span, message: impl Into<String>) -> Self {
        ItemError {
            span,
            message: message.into(),
        }
    }

    /// Where the problem is: the token a compile error points at.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The error as `::core::compile_error!("...")` at its span, for a macro's output.
    pub fn to_compile_error(&self) -> TokenStream {
        let tokens = [
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
            TokenTree::Ident(Ident::new("core", self.span)),
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
            TokenTree::Ident(Ident::new("compile_error", self.span)),
            TokenTree::Punct(Punct::new('!', Spacing::Alone)),
            TokenTree::Group(Group::new(
                Delimiter::Brace,
                TokenStream::from(TokenTree::Literal(proc_macro2::Literal::string(
                    &self.message,
                ))),
            )),
        ];
        let mut spanned = TokenStream::new();
        for mut token in tokens {
            token.set_span(self.span);
            spanned.extend([token]);
        }
        spanned
    }
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ItemError {}

impl EnumItem {
    /// The enum written as Rust, such as `/// Docs. #[derive(PartialOrd)] pub enum E {}`:
    /// an empty enum without generics.
    pub fn parse(tokens: TokenStream) -> Result<Self, ItemError> {
        parse(tokens)
    }

    /// The enum written as Rust source, such as `"/// Docs.\npub enum E {}"`.
    pub fn parse_str(source: &str) -> Result<Self, ItemError> {
        let tokens = source.parse().map_err(|error: proc_macro2::LexError| {
            ItemError::new(error.span(), error.to_string())
        })?;
        parse(tokens)
    }

    /// The enum's name.
    pub fn name(&self) -> String {
        self.ident.to_string()
    }
}

const NOT_AN_ENUM: &str = "#[error_table] goes on an empty enum: `pub enum MyError {}`";

/// Attributes, visibility, `enum`, the name and an empty body: nothing else.
fn parse(tokens: TokenStream) -> Result<EnumItem, ItemError> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut at = 0;
    let mut attrs = Vec::new();
    while let Some(TokenTree::Punct(pound)) = trees.get(at) {
        if pound.as_char() != '#' {
            break;
        }
        let Some(TokenTree::Group(body)) = trees.get(at + 1) else {
            return Err(ItemError::new(
                pound.span(),
                "expected an attribute `#[...]`",
            ));
        };
        if body.delimiter() != Delimiter::Bracket {
            return Err(ItemError::new(
                pound.span(),
                "expected an attribute `#[...]`",
            ));
        }
        attrs.extend(without_always_derived(pound, body));
        at += 2;
    }
    let (vis, public, len) = visibility(trees.get(at..).unwrap_or_default());
    at += len;
    let ident = enum_name(trees.get(at..).unwrap_or_default())?;
    Ok(EnumItem {
        attrs,
        vis,
        public,
        ident,
    })
}

/// The name of `enum Name {}`, the rest of the item after its visibility.
fn enum_name(rest: &[TokenTree]) -> Result<Ident, ItemError> {
    let error = |tree: &TokenTree, message: &str| Err(ItemError::new(tree.span(), message));
    let (keyword, ident) = match rest {
        [TokenTree::Ident(keyword), TokenTree::Ident(ident), ..] => (keyword, ident),
        // `struct ApiError {}` points at the name, as an enum with variants points at them.
        [keyword, ..] => return error(keyword, NOT_AN_ENUM),
        [] => return Err(ItemError::new(Span::call_site(), NOT_AN_ENUM)),
    };
    if keyword != "enum" {
        let named = keyword == "struct" || keyword == "union";
        return Err(ItemError::new(
            if named { ident.span() } else { keyword.span() },
            NOT_AN_ENUM,
        ));
    }
    match rest.get(2..).unwrap_or_default() {
        [TokenTree::Group(body)] if body.delimiter() == Delimiter::Brace => {
            match body.stream().into_iter().next() {
                Some(variant) => error(
                    &variant,
                    "the variants come from the spec table: leave the enum empty",
                ),
                None => Ok(ident.clone()),
            }
        }
        [TokenTree::Group(body), extra, ..] if body.delimiter() == Delimiter::Brace => {
            error(extra, "unexpected tokens after the enum")
        }
        [open @ TokenTree::Punct(punct), ..] if punct.as_char() == '<' => {
            error(open, "an error table enum cannot be generic")
        }
        [word @ TokenTree::Ident(name), ..] if name == "where" => {
            error(word, "an error table enum cannot be generic")
        }
        [other, ..] => error(other, NOT_AN_ENUM),
        [] => Err(ItemError::new(ident.span(), NOT_AN_ENUM)),
    }
}

/// `pub`, `pub(crate)`, `pub(in path)`... or nothing; whether it is plain `pub`; and
/// how many token trees it is.
fn visibility(rest: &[TokenTree]) -> (TokenStream, bool, usize) {
    match rest {
        [pub_ @ TokenTree::Ident(word), scope @ TokenTree::Group(group), ..]
            if word == "pub" && group.delimiter() == Delimiter::Parenthesis =>
        {
            (
                TokenStream::from_iter([pub_.clone(), scope.clone()]),
                false,
                2,
            )
        }
        [pub_ @ TokenTree::Ident(word), ..] if word == "pub" => {
            (TokenStream::from(pub_.clone()), true, 1)
        }
        _ => (TokenStream::new(), false, 0),
    }
}

/// Drops from a `#[derive]` the traits the expansion derives anyway, so that a user
/// who writes them too gets no conflicting implementations; `None` when none is left.
/// An attribute that is no `derive(...)` list is kept as written, for rustc to judge.
fn without_always_derived(pound: &Punct, body: &Group) -> Option<TokenStream> {
    let written = || {
        TokenStream::from_iter([
            TokenTree::Punct(pound.clone()),
            TokenTree::Group(body.clone()),
        ])
    };
    let mut inner = body.stream().into_iter();
    let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(list)), None) =
        (inner.next(), inner.next(), inner.next())
    else {
        return Some(written());
    };
    if name != "derive" || list.delimiter() != Delimiter::Parenthesis {
        return Some(written());
    }
    let mut kept = TokenStream::new();
    let mut path = Vec::new();
    let mut any_kept = false;
    let mut trees = list.stream().into_iter();
    loop {
        let tree = trees.next();
        let end = match &tree {
            None => true,
            Some(TokenTree::Punct(comma)) => comma.as_char() == ',',
            Some(_) => false,
        };
        if !end {
            path.extend(tree);
            continue;
        }
        // A loop rather than `find_map` with a closure: one more instance compiled in.
        let mut derived_anyway = false;
        for tree in path.iter().rev() {
            if let TokenTree::Ident(ident) = tree {
                derived_anyway = ALWAYS_DERIVED.contains(&ident.to_string().as_str());
                break;
            }
        }
        if !path.is_empty() && !derived_anyway {
            if any_kept {
                kept.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
            }
            kept.extend(path.drain(..));
            any_kept = true;
        }
        path.clear();
        if tree.is_none() {
            break;
        }
    }
    if !any_kept {
        return None;
    }
    let mut list = Group::new(Delimiter::Parenthesis, kept);
    list.set_span(body.span());
    let mut body_out = Group::new(
        Delimiter::Bracket,
        TokenStream::from_iter([TokenTree::Ident(name), TokenTree::Group(list)]),
    );
    body_out.set_span(body.span());
    Some(TokenStream::from_iter([
        TokenTree::Punct(pound.clone()),
        TokenTree::Group(body_out),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(item: &EnumItem) -> Vec<String> {
        item.attrs.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_empty_enum_with_docs_and_derives() {
        let item = EnumItem::parse_str(
            "/// Docs.\n#[derive(Debug, PartialOrd, ::core::clone::Clone, serde::Serialize)]\n\
             #[non_exhaustive] pub enum ApiError {}",
        )
        .unwrap();
        assert_eq!(item.name(), "ApiError");
        assert!(item.public);
        assert_eq!(
            attrs(&item),
            [
                "# [doc = \" Docs.\"]",
                "# [derive (PartialOrd , serde :: Serialize)]",
                "# [non_exhaustive]"
            ]
        );
    }

    #[test]
    fn a_derive_of_only_derived_traits_is_dropped() {
        let item = EnumItem::parse_str("#[derive(Debug, Clone, Copy,)] enum E {}").unwrap();
        assert!(item.attrs.is_empty());
        assert!(!item.public);
        assert!(item.vis.is_empty());
    }

    #[test]
    fn restricted_visibilities() {
        for vis in ["pub(crate)", "pub(super)", "pub(in crate::errors)"] {
            let item = EnumItem::parse_str(&format!("{vis} enum E {{}}")).unwrap();
            assert!(!item.public, "{vis}");
            assert_eq!(item.vis.to_string().replace(' ', ""), vis.replace(' ', ""));
        }
    }

    #[test]
    fn what_is_no_empty_enum_is_said_at_its_token() {
        let cases = [
            ("pub struct ApiError {}", NOT_AN_ENUM),
            ("fn f() {}", NOT_AN_ENUM),
            ("pub enum", NOT_AN_ENUM),
            ("pub enum E;", NOT_AN_ENUM),
            ("", NOT_AN_ENUM),
            (
                "enum E { A }",
                "the variants come from the spec table: leave the enum empty",
            ),
            ("enum E<T> {}", "an error table enum cannot be generic"),
            (
                "enum E where u8: Copy {}",
                "an error table enum cannot be generic",
            ),
            ("enum E {} struct F;", "unexpected tokens after the enum"),
            ("# enum E {}", "expected an attribute `#[...]`"),
        ];
        for (source, message) in cases {
            let error = EnumItem::parse_str(source).unwrap_err();
            assert_eq!(error.to_string(), message, "{source}");
        }
        assert!(EnumItem::parse_str("enum E { \"").is_err());
    }

    #[test]
    fn a_compile_error_names_the_problem() {
        let error = EnumItem::parse_str("struct S;").unwrap_err();
        let tokens = error.to_compile_error().to_string();
        assert!(tokens.starts_with(":: core :: compile_error !"), "{tokens}");
        assert!(tokens.contains("goes on an empty enum"), "{tokens}");
    }
}
