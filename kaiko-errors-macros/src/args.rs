//! The arguments of `#[error_table(...)]`.

use crate::model::Columns;
use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::LitStr;

/// What the attribute was given, with the spans diagnostics point at.
pub struct TableArgs {
    /// The `spec = "..."` literal: spec errors point here.
    pub spec: LitStr,
    pub columns: Columns,
}

pub fn parse(args: TokenStream) -> syn::Result<TableArgs> {
    let mut spec = None;
    let mut code_column = None;
    let mut message_column = None;
    let mut detail_column = None;
    let parser = syn::meta::parser(|meta| {
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
                "unknown argument {name}: expected `spec`, `code_column`, `message_column` or `detail_column`"
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
    })
}

fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let lit: LitStr = meta.value()?.parse()?;
    if lit.value().trim().is_empty() {
        return Err(syn::Error::new(lit.span(), "expected a non-empty string"));
    }
    Ok(lit)
}
