use kaiko_errors::error_table;

// The first category's title is not bold, so it reads as a row without its code; the
// second is, and is skipped.
#[error_table(spec = "specs/category-title-not-bold.md", codes = "integer", code_column = "Code")]
pub enum ApiError {}

fn main() {
    let _ = ApiError::ALL;
}
