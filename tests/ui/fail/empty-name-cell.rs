use kaiko_errors::error_table;

#[error_table(spec = "specs/empty-name-cell.md", codes = "integer", code_column = "Code", name_column = "Name", message_column = "Message")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
