use kaiko_errors::error_table;

// `status_column` under headings names a labelled field: a heading without it, or whose
// field holds no status, is an error at its line.
#[error_table(
    spec = "specs/heading-without-status-field.md",
    codes = "string",
    layout = "headings",
    status_column = "HTTP Status"
)]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
