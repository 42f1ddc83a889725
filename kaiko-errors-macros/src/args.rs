//! The arguments of `#[error_table(...)]`.

use crate::model::Columns;
use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::{LitInt, LitStr, Token};

/// What the attribute was given, with the spans diagnostics point at.
pub struct TableArgs {
    /// The `spec = "..."` literal: spec errors point here.
    pub spec: LitStr,
    pub columns: Columns,
    /// `rename(429 = "TooManyRequests")`: names pinned by code, in the order written.
    pub renames: Vec<Rename>,
    /// `crate = "path"`: where the runtime crate is, when the dependency is renamed.
    pub runtime: Option<syn::Path>,
}

/// One pinned name: the code and the name, each with its span.
pub struct Rename {
    pub code: LitInt,
    pub name: LitStr,
}

pub fn parse(args: TokenStream) -> syn::Result<TableArgs> {
    let mut spec = None;
    let mut code_column = None;
    let mut message_column = None;
    let mut detail_column = None;
    let mut renames: Option<Vec<Rename>> = None;
    let mut runtime: Option<syn::Path> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("crate") {
            if runtime.is_some() {
                return Err(meta.error("this argument is given twice"));
            }
            let lit = string_value(&meta)?;
            runtime = Some(lit.parse().map_err(|_| {
                syn::Error::new(
                    lit.span(),
                    "`crate` takes the path of the kaiko-errors crate as your Cargo.toml names \
                     it, such as \"my_errors\" or \"crate::deps::errors\"",
                )
            })?);
            return Ok(());
        }
        if meta.path.is_ident("rename") {
            if renames.is_some() {
                return Err(meta.error("this argument is given twice"));
            }
            renames = Some(parse_renames(&meta)?);
            return Ok(());
        }
        let slot = if meta.path.is_ident("spec") {
            &mut spec
        } else if meta.path.is_ident("code_column") {
            &mut code_column
        } else if meta.path.is_ident("message_column") {
            &mut message_column
        } else if meta.path.is_ident("detail_column") {
            &mut detail_column
        } else {
            let name = meta
                .path
                .get_ident()
                .map_or_else(|| "this".to_owned(), |ident| format!("`{ident}`"));
            return Err(meta.error(format!(
                "unknown argument {name}: expected `spec`, `code_column`, `message_column`, `detail_column`, `rename` or `crate`"
            )));
        };
        if slot.is_some() {
            return Err(meta.error("this argument is given twice"));
        }
        *slot = Some(string_value(&meta)?);
        Ok(())
    });
    parser.parse2(args)?;

    let spec = spec.ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "missing the spec file: write `#[error_table(spec = \"path/to/errors.md\")]`",
        )
    })?;
    let defaults = Columns::default();
    Ok(TableArgs {
        spec,
        columns: Columns {
            code: code_column.map_or(defaults.code, |lit| lit.value()),
            message: message_column.map_or(defaults.message, |lit| lit.value()),
            detail: detail_column.map(|lit| lit.value()),
        },
        renames: renames.unwrap_or_default(),
        runtime,
    })
}

/// `rename(429 = "TooManyRequests", 503 = "Unavailable")`.
fn parse_renames(meta: &ParseNestedMeta<'_>) -> syn::Result<Vec<Rename>> {
    let content;
    syn::parenthesized!(content in meta.input);
    let mut renames: Vec<Rename> = Vec::new();
    while !content.is_empty() {
        let code: LitInt = content.parse()?;
        content.parse::<Token![=]>()?;
        let name: LitStr = content.parse()?;
        let status = code.base10_parse::<u16>()?;
        if renames
            .iter()
            .any(|r| r.code.base10_parse::<u16>().ok() == Some(status))
        {
            return Err(syn::Error::new(
                code.span(),
                format!("code {status} is renamed twice"),
            ));
        }
        if syn::parse_str::<syn::Ident>(&name.value()).is_err() {
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "`{}` is not a valid variant name for code {status}: use a Rust identifier such as `TooManyRequests`",
                    name.value()
                ),
            ));
        }
        renames.push(Rename { code, name });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(renames)
}

fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let lit: LitStr = meta.value()?.parse()?;
    if lit.value().trim().is_empty() {
        return Err(syn::Error::new(lit.span(), "expected a non-empty string"));
    }
    Ok(lit)
}
