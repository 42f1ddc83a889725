//! The generator behind [`kaiko-errors`](https://docs.rs/kaiko-errors): reads an API's
//! documented error page and writes the Rust error enum for it.
//!
//! `#[error_table]` (crate `kaiko-errors-macros`) and `cargo kaiko-errors` (crate
//! `cargo-kaiko-errors`) are thin front ends of this crate; a `build.rs` can call it too.
//! Each maps its own syntax onto [`Options`], calls [`generate`], and reports the
//! [`Diagnostic`]s its own way.
//!
//! ```
//! use kaiko_errors_codegen::{generate, EnumItem, Options, Target};
//!
//! let item = EnumItem::parse_str("/// Kaiko's errors.\npub enum KaikoError {}")?;
//! let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
//! let generated = generate(&item, &Options::new("spec/error-codes.md"), base, Target::File)
//!     .map_err(|diagnostics| diagnostics[0].headline())?;
//! assert_eq!(generated.rows()[0].name, "BadRequest");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! How it is built: the stages, each a module: `source` reads the spec file, `spec`
//! finds its entries (with `markdown` and `html` for tables, `outline` and `entries` for
//! code headings and list items, `section` for the part of the page read), `validate`
//! checks the rows (with `naming`) and, in `validate::options`, the options against each
//! other and the `rename` and `retryable` codes against the table, `envelope` builds the
//! body's key tree, `expand` writes the code (one function per generated impl). The spec
//! model (`model`) is plain data, tested without a compiler; diagnostics (`diagnostic`)
//! are data too.

// The build.rs example needs `Generated::to_source`, so it is documented (and its code
// compiled) with the `source` feature, as docs.rs builds it.
#![cfg_attr(feature = "source", doc = include_str!("build-rs.md"))]
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

mod diagnostic;
mod entries;
mod envelope;
mod expand;
mod html;
mod item;
mod markdown;
mod mdx;
mod model;
mod naming;
mod near_miss;
mod options;
mod outline;
#[cfg(test)]
mod proptests;
mod section;
mod source;
mod spec;
mod template;
mod validate;

pub use diagnostic::{Argument, Diagnostic, EnvelopeKey, SpecPlace, SpecSpan};
pub use item::{EnumItem, ItemError};
pub use model::{Code, CodeKind, ErrorRow, Layout, Tables};
pub use options::{CodeValue, EnvelopeOptions, Marker, MarkerValue, Options, Rename};

use proc_macro2::TokenStream;
use std::path::{Path, PathBuf};

/// The version of the runtime crate the generated code is written for: a generated file
/// checks it against the `kaiko-errors` it is compiled with.
pub const RUNTIME_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where the generated code goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// The expansion of `#[error_table]`: tracks the spec file with `include_bytes!`, so
    /// that an edit of it rebuilds the crate.
    Macro,
    /// A file of its own (committed, or written by a `build.rs`): checks that it is
    /// compiled with the runtime version it was generated for, and keeps `rustfmt` off its
    /// items.
    File,
}

/// The generated enum and impls, and the entries they were written from.
#[derive(Debug, Clone)]
pub struct Generated {
    tokens: TokenStream,
    rows: Vec<ErrorRow>,
    spec_file: PathBuf,
}

impl Generated {
    /// The code, as tokens.
    pub fn tokens(&self) -> &TokenStream {
        &self.tokens
    }

    /// The code, as tokens.
    pub fn into_tokens(self) -> TokenStream {
        self.tokens
    }

    /// The checked entries, one per variant, in page order.
    pub fn rows(&self) -> &[ErrorRow] {
        &self.rows
    }

    /// The spec file read, resolved against the base directory.
    pub fn spec_file(&self) -> &Path {
        &self.spec_file
    }

    /// The code formatted by `prettyplease`, as a file.
    #[cfg(feature = "source")]
    pub fn to_source(&self) -> String {
        match syn::parse2::<syn::File>(self.tokens.clone()) {
            Ok(file) => prettyplease::unparse(&file),
            // The expansion is always a file of items; were it not, the tokens are still code.
            Err(_) => self.tokens.to_string(),
        }
    }
}

/// The spec path of `options` resolved against `base_dir` (the crate's manifest directory
/// for the macro, the current directory for the CLI).
pub fn spec_path(options: &Options, base_dir: &Path) -> PathBuf {
    let path = base_dir.join(&options.spec);
    std::path::absolute(&path).unwrap_or(path)
}

/// Reads the spec of `options` and writes the enum `item` from it, or every problem found.
pub fn generate(
    item: &EnumItem,
    options: &Options,
    base_dir: &Path,
    target: Target,
) -> Result<Generated, Vec<Diagnostic>> {
    let checked = validate::options::check(options)?;
    let envelope = envelope::build(options.envelope.as_ref(), checked.kind).map_err(|e| vec![e])?;
    let spec_file = spec_path(options, base_dir);
    let rows = read_table(options, &checked, &spec_file)?;
    let not_in_table = validate::options::codes_not_in_table(options, &checked, &rows);
    if !not_in_table.is_empty() {
        return Err(not_in_table);
    }
    let tracked = (target == Target::Macro).then_some(spec_file.as_path());
    let tokens = expand::error_table(&expand::Expansion {
        item,
        rows: &rows,
        spec: &options.spec,
        spec_file: tracked,
        runtime: checked.runtime.as_ref(),
        kind: checked.kind,
        has_statuses: has_statuses(options),
        envelope: envelope.as_ref(),
        retryable: &checked.retryable,
        target,
    });
    Ok(Generated {
        tokens,
        rows,
        spec_file,
    })
}

/// The enum with no variants and every item of the API, emitted beside the errors as
/// thiserror does: the user sees the spec's problems, not a cascade of errors about items
/// that were never generated. `tracked`: the spec file to rebuild on.
pub fn skeleton(item: &EnumItem, options: &Options, tracked: Option<&Path>) -> TokenStream {
    let runtime = options
        .runtime
        .as_deref()
        .and_then(validate::options::runtime_path);
    expand::error_table(&expand::Expansion {
        item,
        rows: &[],
        spec: "",
        spec_file: tracked,
        runtime: runtime.as_ref(),
        kind: options.codes,
        has_statuses: has_statuses(options),
        envelope: None,
        retryable: &[],
        target: Target::Macro,
    })
}

/// The problems of the options alone, before any spec is read: what [`generate`] reports
/// first. For a front end that must report them beside its own (a missing spec path).
pub fn check_options(options: &Options) -> Vec<Diagnostic> {
    let mut problems = validate::options::check(options).err().unwrap_or_default();
    if problems.is_empty() {
        if let Err(problem) = envelope::build(options.envelope.as_ref(), options.codes) {
            problems.push(problem);
        }
    }
    problems
}

/// A status table, or a code table with a `status_column`.
fn has_statuses(options: &Options) -> bool {
    options.codes == CodeKind::Status || options.status_column.is_some()
}

/// The checked rows of the spec, or its problems.
fn read_table(
    options: &Options,
    checked: &validate::options::Checked,
    path: &Path,
) -> Result<Vec<ErrorRow>, Vec<Diagnostic>> {
    let written = options.spec.as_str();
    // `match` and loops rather than adaptors with closures: each closure is one more
    // instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let page = match source::read(written, path) {
        Ok(page) => page,
        Err(message) => return Err(vec![Diagnostic::argument(Argument::Spec, message)]),
    };
    let place = |errors: Vec<model::SpecError>| -> Vec<Diagnostic> {
        let mut placed = Vec::with_capacity(errors.len());
        for error in errors {
            placed.push(Diagnostic::in_spec(error, written, Some(&page)));
        }
        placed
    };
    let page_rules = spec::PageRules {
        layout: checked.layout,
        kind: checked.kind,
        columns: &checked.columns,
        tables: checked.tables,
        section: options.section.as_deref(),
    };
    // An MDX page is read without its JSX and ESM lines; diagnostics quote the page itself.
    let markdown = if mdx::is_mdx(path) {
        mdx::blank_jsx_lines(&page)
    } else {
        std::borrow::Cow::Borrowed(page.as_str())
    };
    let entries = match spec::read_rows(&markdown, &page_rules) {
        Ok(entries) => entries,
        Err(errors) => return Err(place(errors)),
    };
    let rules = validate::TableRules {
        columns: &checked.columns,
        kind: checked.kind,
        layout: checked.layout,
        pinned: &checked.renames,
    };
    match (
        validate::check_rows(&entries.rows, &rules),
        entries.problems,
    ) {
        (Ok(rows), problems) if problems.is_empty() => Ok(rows),
        (checked, mut problems) => {
            if let Err(more) = checked {
                problems.extend(more);
            }
            model::sort_by_place(&mut problems, model::SpecError::place);
            Err(place(problems))
        }
    }
}
