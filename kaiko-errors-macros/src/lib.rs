//! The `#[error_table]` attribute of [`kaiko-errors`](https://docs.rs/kaiko-errors).
//!
//! Use it through `kaiko_errors::error_table`: the generated code refers to the runtime
//! crate by absolute path. The stages, each a module: `args` and `item` read the
//! attribute and the enum, `source` reads the spec file, `spec` finds its table (with
//! `markdown`), `validate` checks the rows (with `naming`), `expand` writes the code.
//! The spec model (`model`) is plain data, tested without a compiler.

#![forbid(unsafe_code)]
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

mod args;
mod expand;
mod item;
mod markdown;
mod model;
mod naming;
#[cfg(test)]
mod proptests;
mod source;
mod spec;
mod validate;

use proc_macro::TokenStream;

/// Generates an error enum from the Markdown error table of a spec file.
///
/// See the [`kaiko-errors`](https://docs.rs/kaiko-errors) crate for the full syntax.
#[proc_macro_attribute]
pub fn error_table(args: TokenStream, input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let item = match item::parse(input) {
        Ok(item) => item,
        Err(err) => return err.to_compile_error().into(),
    };
    let args = match args::parse(args.into()) {
        Ok(args) => args,
        Err(err) => return with_errors(&item, &[], None, err),
    };
    let written = args.spec.value();
    let path = std::path::absolute(source::resolve(&written)).ok();
    // Tracked even when it does not parse, so that fixing the file triggers a rebuild.
    let tracked = path.as_deref().filter(|path| path.is_file());
    let rows = match &path {
        Some(path) => source::read(&written, path).map_err(|message| vec![message]),
        None => Err(vec![format!("cannot resolve the spec path `{written}`")]),
    }
    .and_then(|page| {
        let raw =
            spec::read_rows(&page, &args.columns).map_err(|err| vec![err.render(&written)])?;
        validate::check_rows(&raw, &args.columns)
            .map_err(|errors| errors.iter().map(|err| err.render(&written)).collect())
    });
    match rows {
        Ok(rows) => expand::error_table(&item, &rows, tracked).into(),
        Err(messages) => {
            let mut errors = messages
                .into_iter()
                .map(|message| syn::Error::new(args.spec.span(), message));
            let mut combined = errors.next().unwrap_or_else(|| {
                syn::Error::new(args.spec.span(), format!("`{written}` could not be read"))
            });
            combined.extend(errors);
            with_errors(&item, &[], tracked, combined)
        }
    }
}

/// The errors plus a skeleton of the enum, as thiserror does: the user sees the spec's
/// problems, not a cascade of errors about items that were never generated.
fn with_errors(
    item: &item::EnumItem,
    rows: &[model::ErrorRow],
    tracked: Option<&std::path::Path>,
    errors: syn::Error,
) -> TokenStream {
    let mut tokens = expand::error_table(item, rows, tracked);
    tokens.extend(errors.to_compile_error());
    tokens.into()
}
