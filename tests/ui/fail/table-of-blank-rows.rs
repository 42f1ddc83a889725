use kaiko_errors::error_table;

// A table whose every row is a blank placeholder documents no code: an enum without
// variants would compile as if it did.
#[error_table(
    spec = "specs/blank-rows-only.md",
    codes = "string",
    code_column = "ERROR CODE",
    message_column = "EXPLANATION"
)]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
