use kaiko_errors::error_table;

#[error_table(spec = "specs/binance-errors.md", codes = "integer", code_column = "Code", message_column = "Description", envelope(code = "code", msg = "msg"))]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
