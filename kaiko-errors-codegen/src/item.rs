//! The enum the attribute is placed on.

use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Ident, Path, Token, Visibility};

/// The traits the generated enum always derives.
pub(crate) const ALWAYS_DERIVED: [&str; 6] = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"];

/// The user's enum: its attributes (docs, derives...), visibility and name. The variants
/// come from the spec.
pub struct EnumItem {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
}

impl EnumItem {
    /// The enum written as Rust, such as `/// Docs. #[derive(PartialOrd)] pub enum E {}`:
    /// an empty enum without generics.
    pub fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Self> {
        Self::from_derive_input(syn::parse2(tokens)?)
    }

    /// The enum written as Rust source, such as `"/// Docs.\npub enum E {}"`.
    pub fn parse_str(source: &str) -> syn::Result<Self> {
        Self::from_derive_input(syn::parse_str(source)?)
    }

    /// The enum as syn parsed it, as a proc-macro receives it.
    pub fn from_derive_input(input: DeriveInput) -> syn::Result<Self> {
        parse(input)
    }

    /// The enum's name.
    pub fn name(&self) -> String {
        self.ident.to_string()
    }
}

/// Checks that the item is an empty enum without generics.
fn parse(input: DeriveInput) -> syn::Result<EnumItem> {
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[error_table] goes on an empty enum: `pub enum MyError {}`",
        ));
    };
    if let Some(variant) = data.variants.first() {
        return Err(syn::Error::new(
            variant.span(),
            "the variants come from the spec table: leave the enum empty",
        ));
    }
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new(
            input.generics.span(),
            "an error table enum cannot be generic",
        ));
    }
    let attrs = input
        .attrs
        .into_iter()
        .filter_map(without_always_derived)
        .collect::<syn::Result<_>>()?;
    Ok(EnumItem {
        attrs,
        vis: input.vis,
        ident: input.ident,
    })
}

/// Drops from a `#[derive]` the traits the expansion derives anyway, so that a user
/// who writes them too gets no conflicting implementations.
fn without_always_derived(attr: Attribute) -> Option<syn::Result<Attribute>> {
    if !attr.path().is_ident("derive") {
        return Some(Ok(attr));
    }
    let paths = match attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated) {
        Ok(paths) => paths,
        Err(err) => return Some(Err(err)),
    };
    let kept: Vec<Path> = paths
        .into_iter()
        .filter(|path| {
            let last = path.segments.last().map(|s| s.ident.to_string());
            !last.is_some_and(|name| ALWAYS_DERIVED.contains(&name.as_str()))
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    Some(Ok(syn::parse_quote!(#[derive(#(#kept),*)])))
}
