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
    let bytes = std::fs::read(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => format!(
            "spec file `{written}` not found (resolved to {}); the path is relative to the \
             crate's Cargo.toml directory",
            path.display()
        ),
        _ => format!(
            "cannot read spec file `{written}` ({}): {err}",
            path.display()
        ),
    })?;
    String::from_utf8(bytes).map_err(|err| {
        let valid = err
            .as_bytes()
            .get(..err.utf8_error().valid_up_to())
            .unwrap_or_default();
        let mut line = 1;
        for &byte in valid {
            line += usize::from(byte == b'\n');
        }
        let column = valid
            .rsplit(|&b| b == b'\n')
            .next()
            .map_or(0, |tail| String::from_utf8_lossy(tail).chars().count())
            + 1;
        format!("{written}:{line}:{column}: the spec is not UTF-8 text; save it as UTF-8")
    })
}
