use kaiko_errors::error_table;

#[error_table(spec = "specs/bad-status-cell.md", codes = "string", code_column = "Code", message_column = "Message", status_column = "HTTP Status")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
