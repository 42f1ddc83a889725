//! The invariants of the generator on arbitrary pages, checked by the `generate` fuzz
//! target (`fuzz/`) and by `cargo test` over its committed corpus: `generate` never panics,
//! and what it writes is a Rust file that parses.
//!
//! An input is a mode byte, then the page. The mode's bits: 0-1 `codes` (0 and 3 status,
//! 1 integer, 2 string), 2-3 `layout` (0 and 3 table, 1 headings, 2 list), 16
//! `tables = "all"`, 32 a `Name` column, 64 a `Status` column (code tables), 128 a `Detail`
//! column. Code tables read `Code` and `Message`, status tables Kaiko's defaults.

use kaiko_errors_codegen::{generate, CodeKind, EnumItem, Layout, Options, Tables, Target};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Where the page is written, as a user's page is a file: one directory per process, in
/// memory when `/dev/shm` is there.
fn scratch_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = PathBuf::from("/dev/shm");
        let base = if base.is_dir() {
            base
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("kaiko-errors-generate-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        dir
    })
}

/// The options a mode byte stands for.
pub fn options_of_mode(mode: u8) -> Options {
    let mut options = Options::new("page.md");
    options.codes = match mode & 3 {
        1 => CodeKind::Integer,
        2 => CodeKind::String,
        _ => CodeKind::Status,
    };
    options.layout = match (mode >> 2) & 3 {
        1 => Layout::Headings,
        2 => Layout::List,
        _ => Layout::Table,
    };
    if options.codes != CodeKind::Status {
        options.code_column = Some("Code".to_owned());
        options.message_column = Some("Message".to_owned());
        if mode & 64 != 0 {
            options.status_column = Some("Status".to_owned());
        }
    }
    if mode & 16 != 0 {
        options.tables = Some(Tables::All);
    }
    if mode & 32 != 0 {
        options.name_column = Some("Name".to_owned());
    }
    if mode & 128 != 0 {
        options.detail_column = Some("Detail".to_owned());
    }
    options
}

/// Generates from the page of `input` (bytes as they come: not UTF-8 too) and checks the
/// output; panics when an invariant breaks.
pub fn check_generate_invariants(input: &[u8]) {
    let Some((&mode, page)) = input.split_first() else {
        return;
    };
    let dir = scratch_dir();
    std::fs::write(dir.join("page.md"), page).expect("the page written");
    let item = EnumItem::parse_str("pub enum Fuzzed {}").expect("an enum");
    match generate(&item, &options_of_mode(mode), dir, Target::File) {
        Ok(generated) => {
            if let Err(error) = syn::parse2::<syn::File>(generated.into_tokens()) {
                panic!("the generated code does not parse: {error}");
            }
        }
        Err(diagnostics) => assert!(!diagnostics.is_empty(), "an error without a diagnostic"),
    }
}
