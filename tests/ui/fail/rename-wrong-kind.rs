use kaiko_errors::error_table;

#[error_table(spec = "specs/stripe-error-codes.md", codes = "string", code_column = "Error code", message_column = "Description", rename(402 = "Declined"))]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
