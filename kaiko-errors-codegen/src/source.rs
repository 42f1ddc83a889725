//! Finds and reads the spec file.

use std::path::Path;

/// The text of the spec, or what is wrong with the file, in words.
pub fn read(written: &str, path: &Path) -> Result<String, String> {
    if path.is_dir() {
        return Err(format!(
            "`{written}` is a directory, not a Markdown file (resolved to {})",
            path.display()
        ));
    }
    // `match` and loops rather than adaptors with closures: each closure is one more
    // instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!(
                "spec file `{written}` not found (resolved to {}); the path is relative to \
                 the crate's Cargo.toml directory",
                path.display()
            ))
        }
        Err(err) => {
            return Err(format!(
                "cannot read spec file `{written}` ({}): {err}",
                path.display()
            ))
        }
    };
    let err = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(err) => err,
    };
    let valid = err
        .as_bytes()
        .get(..err.utf8_error().valid_up_to())
        .unwrap_or_default();
    let mut line = 1;
    let mut line_start = 0;
    for (at, &byte) in valid.iter().enumerate() {
        if byte == b'\n' {
            line += 1;
            line_start = at + 1;
        }
    }
    let tail = valid.get(line_start..).unwrap_or_default();
    let column = String::from_utf8_lossy(tail).chars().count() + 1;
    Err(format!(
        "{written}:{line}:{column}: the spec is not UTF-8 text; save it as UTF-8"
    ))
}
