use kaiko_errors::error_table;

#[error_table(spec = "specs/integer-codes-with-problems.md", codes = "integer", code_column = "Code", message_column = "Message", status_column = "HTTP Status")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
