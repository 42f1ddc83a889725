use kaiko_errors::error_table;

#[error_table(spec = "specs/missing-table.md", code_column = "Code", message_column = "Description")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
