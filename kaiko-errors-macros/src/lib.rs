//! The `#[error_table]` attribute of [`kaiko-errors`](https://docs.rs/kaiko-errors).
//!
//! Use it through `kaiko_errors::error_table`: the generated code refers to the runtime
//! crate by absolute path. The full syntax, the table of what is generated, the envelope
//! rules and the features are in the docs of `kaiko-errors`.
//!
//! ```
//! use kaiko_errors::error_table;
//!
//! /// Kaiko's errors, from its documentation page (a path relative to Cargo.toml).
//! #[error_table(spec = "../spec/error-codes.md", rename(429 = "TooManyRequests"))]
//! pub enum KaikoError {}
//!
//! const _: () = assert!(KaikoError::TooManyRequests.status() == 429);
//! assert_eq!(KaikoError::from_status(404), Some(KaikoError::NotFound));
//! assert_eq!(KaikoError::Unauthorized.detail(), Some("You are not authenticated properly. See Authentication."));
//! ```
//!
//! How it is built: the stages, each a module: `args` and `item` read the
//! attribute and the enum, `source` reads the spec file, `spec` finds its table (with
//! `markdown`), `validate` checks the rows (with `naming`), `expand` writes the code.
//! The spec model (`model`) is plain data, tested without a compiler.

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

mod args;
mod expand;
mod item;
mod markdown;
mod model;
mod naming;
mod near_miss;
#[cfg(test)]
mod proptests;
mod source;
mod spec;
mod validate;

use proc_macro2::TokenStream;

/// Generates an error enum from the Markdown error table of a spec file.
///
/// See the [`kaiko-errors`](https://docs.rs/kaiko-errors) crate for the full syntax.
#[proc_macro_attribute]
pub fn error_table(
    args: proc_macro::TokenStream,
    input: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    generate(args.into(), input.into()).into()
}

/// The whole expansion, on `proc_macro2` tokens so that tests can run it.
fn generate(args: TokenStream, input: TokenStream) -> TokenStream {
    let item = match syn::parse2(input).and_then(item::parse) {
        Ok(item) => item,
        Err(err) => return err.to_compile_error(),
    };
    let args = match args::parse(args) {
        Ok(args) => args,
        Err(err) => return with_errors(&item, "", None, None, err),
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
        let render = |errors: Vec<model::SpecError>| -> Vec<String> {
            errors.iter().map(|err| err.render(&written)).collect()
        };
        let raw = spec::read_rows(&page, &args.columns).map_err(render)?;
        validate::check_rows(&raw, &args.columns, &pinned_names(&args.renames)).map_err(render)
    });
    match rows {
        Ok(rows) => match unknown_renames(&args.renames, &rows, &written) {
            Some(errors) => with_errors(&item, &written, tracked, args.runtime.as_ref(), errors),
            None => expand::error_table(&item, &rows, &written, tracked, args.runtime.as_ref()),
        },
        Err(messages) => {
            let mut errors = messages
                .into_iter()
                .map(|message| syn::Error::new(args.spec.span(), message));
            let mut combined = errors.next().unwrap_or_else(|| {
                syn::Error::new(args.spec.span(), format!("`{written}` could not be read"))
            });
            combined.extend(errors);
            with_errors(&item, &written, tracked, args.runtime.as_ref(), combined)
        }
    }
}

fn pinned_names(renames: &[args::Rename]) -> std::collections::HashMap<u16, String> {
    renames
        .iter()
        .filter_map(|rename| Some((rename.code.base10_parse().ok()?, rename.name.value())))
        .collect()
}

/// A `rename` of a code the table does not have, on its code literal.
fn unknown_renames(
    renames: &[args::Rename],
    rows: &[model::ErrorRow],
    written: &str,
) -> Option<syn::Error> {
    renames
        .iter()
        .filter(|rename| {
            let code = rename.code.base10_parse::<u16>().ok();
            !rows.iter().any(|row| Some(row.status) == code)
        })
        .map(|rename| {
            syn::Error::new(
                rename.code.span(),
                format!(
                    "`rename({} = \"{}\")`: code {} is not in the table of `{written}`",
                    rename.code,
                    rename.name.value(),
                    rename.code
                ),
            )
        })
        .reduce(|mut all, error| {
            all.combine(error);
            all
        })
}

/// The errors plus a skeleton of the enum, as thiserror does: the user sees the spec's
/// problems, not a cascade of errors about items that were never generated.
fn with_errors(
    item: &item::EnumItem,
    spec: &str,
    tracked: Option<&std::path::Path>,
    runtime: Option<&syn::Path>,
    errors: syn::Error,
) -> TokenStream {
    let mut tokens = expand::error_table(item, &[], spec, tracked, runtime);
    tokens.extend(errors.to_compile_error());
    tokens
}

#[cfg(test)]
mod tests {
    use super::generate;
    use quote::quote;
    use std::time::Instant;

    /// A table with every status 100..=599, as a page would write it.
    fn every_status_page() -> String {
        let mut page = String::from("# Every status\n\n| Error Code | Meaning |\n|---|---|\n");
        for status in 100..=599 {
            page.push_str(&format!(
                "| {status} | Status {status} -- Row number {status}. |\n"
            ));
        }
        page
    }

    fn expand_page(page: &str, name: &str) -> (proc_macro2::TokenStream, std::time::Duration) {
        let path =
            std::env::temp_dir().join(format!("kaiko-errors-{}-{name}.md", std::process::id()));
        std::fs::write(&path, page).unwrap();
        let spec = path.to_str().unwrap();
        let started = Instant::now();
        let tokens = generate(
            quote!(spec = #spec),
            quote!(
                pub enum Every {}
            ),
        );
        let elapsed = started.elapsed();
        std::fs::remove_file(&path).unwrap();
        (tokens, elapsed)
    }

    #[test]
    fn a_renamed_runtime_crate_is_named_by_its_path() {
        let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/error-codes.md");
        let tokens = generate(
            quote!(spec = #spec, crate = "my_errors"),
            quote!(
                pub enum E {}
            ),
        );
        let code = tokens.to_string();
        assert!(code.contains("my_errors :: __private"), "{code}");
        assert!(!code.contains("kaiko_errors"), "{code}");
    }

    #[test]
    fn every_status_expands_without_errors() {
        let (tokens, _) = expand_page(&every_status_page(), "every");
        let code = tokens.to_string();
        assert!(
            !code.contains("compile_error"),
            "{}",
            &code[..code.len().min(2000)]
        );
        assert!(code.contains("Status599"));
    }

    /// `cargo test --release -p kaiko-errors-macros -- --ignored --nocapture expansion_time`
    #[test]
    #[ignore = "a measurement, not a check: run it by name"]
    fn expansion_time() {
        let kaiko = include_str!("../../spec/error-codes.md");
        for (name, page) in [
            ("kaiko", kaiko.to_owned()),
            ("500 rows", every_status_page()),
        ] {
            let runs = 50;
            let mut best = std::time::Duration::MAX;
            for _ in 0..runs {
                best = best.min(expand_page(&page, "timing").1);
            }
            println!("expansion of {name}: best of {runs} runs {best:?}");
        }
    }
}

/// Snapshots of the expansion, formatted with prettyplease: reviewers see exactly what
/// users get. Update them with `UPDATE_SNAPSHOTS=1 cargo test -p kaiko-errors-macros snapshots`.
#[cfg(test)]
mod snapshots {
    use super::generate;
    use quote::quote;
    use std::path::Path;

    fn check(
        name: &str,
        spec: &str,
        args: proc_macro2::TokenStream,
        item: proc_macro2::TokenStream,
    ) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let spec_path = root.join(spec);
        let spec_text = spec_path.to_str().unwrap();
        let tokens = generate(quote!(spec = #spec_text, #args), item);
        let file: syn::File = syn::parse2(tokens).expect("the expansion parses as Rust");
        // The tracked path is absolute; the snapshot names it as the repository does.
        let code = prettyplease::unparse(&file).replace(spec_text, spec);
        let snapshot = root.join("snapshots").join(format!("{name}.rs"));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&snapshot, &code).unwrap();
        }
        let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
        assert!(
            expected == code,
            "the expansion of {name} changed; review it and run \
             `UPDATE_SNAPSHOTS=1 cargo test -p kaiko-errors-macros snapshots`:\n{code}"
        );
    }

    #[test]
    fn kaiko_table() {
        check(
            "kaiko",
            "../spec/error-codes.md",
            quote!(),
            quote! {
                /// The errors of Kaiko's REST API.
                #[non_exhaustive]
                pub enum ErrorCode {}
            },
        );
    }

    #[test]
    fn custom_table() {
        check(
            "billing",
            "../tests/specs/two-columns.md",
            quote!(
                message_column = "Error Name",
                detail_column = "Description",
                rename(400 = "Malformed")
            ),
            quote! {
                #[derive(PartialOrd, Ord, Debug)]
                pub(crate) enum BillingError {}
            },
        );
    }
}
