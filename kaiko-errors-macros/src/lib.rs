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
//! A thin front end of [`kaiko-errors-codegen`](https://docs.rs/kaiko-errors-codegen), as
//! typify-macro is of typify-impl: `args` maps the attribute's arguments onto the
//! generator's options, keeping each argument's tokens; this file calls the generator and
//! turns its diagnostics into compile errors on those tokens.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
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

use kaiko_errors_codegen::{Diagnostic, EnumItem, Target};
use proc_macro2::{Span, TokenStream};
use std::path::{Path, PathBuf};

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
    let item = match EnumItem::parse(input) {
        Ok(item) => item,
        Err(err) => return err.to_compile_error(),
    };
    let parsed = match args::parse(args) {
        Ok(parsed) => parsed,
        Err(err) => {
            let options = kaiko_errors_codegen::Options::default();
            let mut tokens = kaiko_errors_codegen::skeleton(&item, &options, None);
            tokens.extend(err.to_compile_error());
            return tokens;
        }
    };
    let base = manifest_dir();
    let path = kaiko_errors_codegen::spec_path(&parsed.options, &base);
    // Tracked even when it does not parse, so that fixing the file triggers a rebuild.
    let tracked = (parsed.spec_given && path.is_file()).then_some(path.as_path());
    if !parsed.spec_given || !parsed.errors.is_empty() {
        let mut errors = Vec::new();
        if !parsed.spec_given {
            errors.push(syn::Error::new(
                Span::call_site(),
                "missing the spec file: write `#[error_table(spec = \"path/to/errors.md\")]`",
            ));
        }
        errors.extend(parsed.errors.iter().cloned());
        let problems = kaiko_errors_codegen::check_options(&parsed.options);
        errors.extend(
            problems
                .iter()
                .map(|problem| compile_error(&parsed, problem)),
        );
        return skeleton(&item, &parsed, tracked, errors);
    }
    match kaiko_errors_codegen::generate(&item, &parsed.options, &base, Target::Macro) {
        Ok(generated) => generated.into_tokens(),
        Err(problems) => {
            let errors = problems
                .iter()
                .map(|problem| compile_error(&parsed, problem))
                .collect();
            skeleton(&item, &parsed, tracked, errors)
        }
    }
}

/// Where spec paths are relative to: the invoking crate's manifest directory, as sqlx and
/// progenitor do; without Cargo (`CARGO_MANIFEST_DIR` unset), the current directory.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from)
}

/// A diagnostic as a compile error on the argument it is about (the `spec` literal for
/// the page's own problems), quoting the spec line when it is at one.
fn compile_error(parsed: &args::Parsed, problem: &Diagnostic) -> syn::Error {
    let message = problem.with_source_line();
    match parsed.tokens_of(problem.argument) {
        Some(tokens) => syn::Error::new_spanned(tokens, message),
        None => syn::Error::new(Span::call_site(), message),
    }
}

/// The errors plus a skeleton of the enum, as thiserror does: the user sees the spec's
/// problems, not a cascade of errors about items that were never generated.
fn skeleton(
    item: &EnumItem,
    parsed: &args::Parsed,
    tracked: Option<&Path>,
    errors: Vec<syn::Error>,
) -> TokenStream {
    let mut tokens = kaiko_errors_codegen::skeleton(item, &parsed.options, tracked);
    for error in errors {
        tokens.extend(error.to_compile_error());
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::generate;
    use quote::quote;

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
        let tokens = expand_page_with(&page, "headings", HEADING_ARGS);
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

    fn expand_page(page: &str, name: &str) -> proc_macro2::TokenStream {
        expand_page_with(page, name, "")
    }

    fn expand_page_with(page: &str, name: &str, args: &str) -> proc_macro2::TokenStream {
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
        let tokens = generate(
            args,
            quote!(
                pub enum Every {}
            ),
        );
        std::fs::remove_file(&path).unwrap();
        tokens
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
        let tokens = expand_page(&every_status_page(), "every");
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
        let tokens = expand_page_with(&page, "integers", INTEGER_ARGS);
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
