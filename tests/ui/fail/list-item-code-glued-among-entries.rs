use kaiko_errors::error_table;

// Two of the list's three items are entries; the third's code is glued to its `:`.
#[error_table(spec = "specs/glued-among-entries.md", codes = "integer", layout = "list")]
pub enum ListError {}

// The same page by its headings: the second code heading is glued to its `:`.
#[error_table(spec = "specs/glued-among-entries.md", codes = "integer", layout = "headings")]
pub enum HeadingError {}

fn main() {
    let _ = (ListError::ALL, HeadingError::ALL);
}
