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
//! attribute and the enum, `source` reads the spec file, `spec` finds its entries (with
//! `markdown` and `html` for tables, `outline` and `entries` for code headings and list
//! items, `section` for the part of the page read), `validate` checks the rows (with
//! `naming`), `envelope` builds the body's key tree, `expand` writes the code. The spec
//! model (`model`) is plain data, tested without a compiler.

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
mod entries;
mod envelope;
mod expand;
mod html;
mod item;
mod markdown;
mod model;
mod naming;
mod near_miss;
mod outline;
#[cfg(test)]
mod proptests;
mod section;
mod source;
mod spec;
mod validate;

use proc_macro2::TokenStream;
use std::collections::HashMap;

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
        Err(err) => return skeleton(&item, None, None, err),
    };
    let envelope = match envelope::build(args.envelope.as_ref(), args.kind) {
        Ok(envelope) => envelope,
        Err(err) => return skeleton(&item, Some(&args), None, err),
    };
    let written = args.spec.value();
    let path = std::path::absolute(source::resolve(&written)).ok();
    // Tracked even when it does not parse, so that fixing the file triggers a rebuild.
    let tracked = path.as_deref().filter(|path| path.is_file());
    let rows =
        read_table(&args, &written, path.as_deref()).and_then(|rows| {
            match codes_not_in_table(&args, &rows, &written) {
                Some(errors) => Err(errors),
                None => Ok(rows),
            }
        });
    let rows = match rows {
        Ok(rows) => rows,
        Err(errors) => return skeleton(&item, Some(&args), tracked, errors),
    };
    let retryable: Vec<model::Code> = args
        .retryable
        .iter()
        .map(|(code, _)| code.clone())
        .collect();
    expand::error_table(&expand::Expansion {
        item: &item,
        rows: &rows,
        spec: &written,
        spec_file: tracked,
        runtime: args.runtime.as_ref(),
        kind: args.kind,
        has_statuses: has_statuses(&args),
        envelope: envelope.as_ref(),
        retryable: &retryable,
    })
}

/// A status table, or a code table with a `status_column`.
fn has_statuses(args: &args::TableArgs) -> bool {
    args.kind == model::CodeKind::Status || args.columns.status.is_some()
}

/// The checked rows of the spec, or its problems as errors on the `spec` literal.
fn read_table(
    args: &args::TableArgs,
    written: &str,
    path: Option<&std::path::Path>,
) -> Result<Vec<model::ErrorRow>, syn::Error> {
    // Each error with the span it points at: the `section` argument for errors about it,
    // the `spec` literal for the page's own.
    let section_span = args
        .section
        .as_ref()
        .map_or(args.spec.span(), syn::LitStr::span);
    let render = |errors: Vec<model::SpecError>| -> Vec<(String, proc_macro2::Span)> {
        errors
            .iter()
            .map(|err| {
                let span = if err.about_section {
                    section_span
                } else {
                    args.spec.span()
                };
                (err.render(written), span)
            })
            .collect()
    };
    let pinned = pinned_names(&args.renames);
    let rules = validate::TableRules {
        columns: &args.columns,
        kind: args.kind,
        layout: args.layout,
        pinned: &pinned,
    };
    let section = args.section.as_ref().map(syn::LitStr::value);
    let page_rules = spec::PageRules {
        layout: args.layout,
        kind: args.kind,
        columns: &args.columns,
        tables: args.tables,
        section: section.as_deref(),
    };
    let rows = match path {
        Some(path) => {
            source::read(written, path).map_err(|message| vec![(message, args.spec.span())])
        }
        None => Err(vec![(
            format!("cannot resolve the spec path `{written}`"),
            args.spec.span(),
        )]),
    }
    .and_then(|page| {
        let entries = spec::read_rows(&page, &page_rules).map_err(render)?;
        let checked = validate::check_rows(&entries.rows, &rules);
        match (checked, entries.problems) {
            (Ok(rows), problems) if problems.is_empty() => Ok(rows),
            (checked, mut problems) => {
                problems.extend(checked.err().unwrap_or_default());
                problems.sort_by_key(|problem| problem.at);
                Err(render(problems))
            }
        }
    });
    rows.map_err(|messages| {
        let mut errors = messages
            .into_iter()
            .map(|(message, span)| syn::Error::new(span, message));
        let mut combined = errors.next().unwrap_or_else(|| {
            syn::Error::new(args.spec.span(), format!("`{written}` could not be read"))
        });
        combined.extend(errors);
        combined
    })
}

fn pinned_names(renames: &[args::Rename]) -> HashMap<model::Code, String> {
    renames
        .iter()
        .map(|rename| (rename.code.clone(), rename.name.value()))
        .collect()
}

/// A `rename` or `retryable` of a code the table does not have, on its code literal.
fn codes_not_in_table(
    args: &args::TableArgs,
    rows: &[model::ErrorRow],
    written: &str,
) -> Option<syn::Error> {
    let in_table = |code: &model::Code| rows.iter().any(|row| row.code == *code);
    let renames = args
        .renames
        .iter()
        .filter(|rename| !in_table(&rename.code))
        .map(|rename| {
            syn::Error::new_spanned(
                &rename.code_lit.tokens,
                format!(
                    "`rename({} = \"{}\")`: code {} is not in the table of `{written}`",
                    rename.code_lit,
                    rename.name.value(),
                    rename.code_lit
                ),
            )
        });
    let retryable = args
        .retryable
        .iter()
        .filter(|(code, _)| !in_table(code))
        .map(|(_, lit)| {
            syn::Error::new_spanned(
                &lit.tokens,
                format!("`retryable({lit})`: code {lit} is not in the table of `{written}`"),
            )
        });
    renames.chain(retryable).reduce(|mut all, error| {
        all.combine(error);
        all
    })
}

/// The errors plus a skeleton of the enum, as thiserror does: the user sees the spec's
/// problems, not a cascade of errors about items that were never generated.
fn skeleton(
    item: &item::EnumItem,
    args: Option<&args::TableArgs>,
    tracked: Option<&std::path::Path>,
    errors: syn::Error,
) -> TokenStream {
    let mut tokens = expand::error_table(&expand::Expansion {
        item,
        rows: &[],
        spec: "",
        spec_file: tracked,
        runtime: args.and_then(|args| args.runtime.as_ref()),
        kind: args.map_or(model::CodeKind::Status, |args| args.kind),
        has_statuses: args.map_or(true, has_statuses),
        envelope: None,
        retryable: &[],
    });
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

    /// A table of 500 integer codes -1499..=-1000, with names, as Binance-style pages write it.
    fn five_hundred_integer_codes_page() -> String {
        let mut page = String::from("# Codes\n\n| Code | Name | Message |\n|---|---|---|\n");
        for code in -1499..=-1000 {
            page.push_str(&format!(
                "| {code} | ERROR_{} | Error number {code}. |\n",
                -code
            ));
        }
        page
    }

    /// 500 code headings in 10 sections, each with two bullets, one of them nested.
    fn five_hundred_code_headings_page() -> String {
        let mut page = String::from("# Error codes\n\nErrors have a code and a message.\n");
        for code in -1499..=-1000 {
            if code % 50 == 0 || code == -1499 {
                page.push_str(&format!("\n## {}xx - Section\n", -code / 100));
            }
            page.push_str(&format!(
                "\n### {code} ERROR_{}\n * Error number {code}.\n * Too much weight; limit %s.\n   * Nested.\n",
                -code
            ));
        }
        page
    }

    const HEADING_ARGS: &str = "codes = \"integer\", layout = \"headings\", \
        envelope(code = \"code\", message = \"msg\", data = \"\"), retryable(-1003, -1015)";

    #[test]
    fn five_hundred_code_headings_expand() {
        let page = five_hundred_code_headings_page();
        let (tokens, _) = expand_page_with(&page, "headings", HEADING_ARGS);
        let code = tokens.to_string();
        assert!(
            !code.contains("compile_error"),
            "{}",
            &code[..code.len().min(2000)]
        );
        assert!(code.contains("Error1499") && code.contains("Error1000"));
        assert!(code.contains("\"Too much weight; limit %s. Nested.\""));
    }

    const INTEGER_ARGS: &str = "codes = \"integer\", code_column = \"Code\", \
        name_column = \"Name\", message_column = \"Message\", \
        envelope(code = \"error.code\", message = \"error.message\", data = \"result\"), \
        retryable(-1003, -1015)";

    fn expand_page(page: &str, name: &str) -> (proc_macro2::TokenStream, std::time::Duration) {
        expand_page_with(page, name, "")
    }

    fn expand_page_with(
        page: &str,
        name: &str,
        args: &str,
    ) -> (proc_macro2::TokenStream, std::time::Duration) {
        let path =
            std::env::temp_dir().join(format!("kaiko-errors-{}-{name}.md", std::process::id()));
        std::fs::write(&path, page).unwrap();
        let spec = path.to_str().unwrap();
        let args: proc_macro2::TokenStream = if args.is_empty() {
            quote!(spec = #spec)
        } else {
            let rest: proc_macro2::TokenStream = args.parse().unwrap();
            quote!(spec = #spec, #rest)
        };
        let started = Instant::now();
        let tokens = generate(
            args,
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

    #[test]
    fn five_hundred_integer_codes_expand_without_errors() {
        let page = five_hundred_integer_codes_page()
            .replace("| -1003 | ERROR_1003 |", "| -1003 | TOO_MANY_REQUESTS |");
        let (tokens, _) = expand_page_with(&page, "integers", INTEGER_ARGS);
        let code = tokens.to_string();
        assert!(
            !code.contains("compile_error"),
            "{}",
            &code[..code.len().min(2000)]
        );
        assert!(code.contains("Error1499") && code.contains("TooManyRequests"));
        assert!(code.contains("- 1499i64") || code.contains("-1499i64"));
        // Roles by the runtime's names, not its numbers.
        assert!(code.contains("__private :: role :: CODE"), "{code}");
    }

    /// `cargo test --release -p kaiko-errors-macros -- --ignored --nocapture expansion_time`
    #[test]
    #[ignore = "a measurement, not a check: run it by name"]
    fn expansion_time() {
        let kaiko = include_str!("../../spec/error-codes.md");
        for (name, page, args) in [
            ("kaiko", kaiko.to_owned(), ""),
            ("500 rows", every_status_page(), ""),
            (
                "500 integer codes",
                five_hundred_integer_codes_page(),
                INTEGER_ARGS,
            ),
            (
                "500 code headings",
                five_hundred_code_headings_page(),
                HEADING_ARGS,
            ),
        ] {
            let runs = 50;
            let mut best = std::time::Duration::MAX;
            for _ in 0..runs {
                best = best.min(expand_page_with(&page, "timing", args).1);
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
