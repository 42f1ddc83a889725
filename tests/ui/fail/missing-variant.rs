use kaiko_errors::error_table;

#[error_table(spec = "specs/exchange.md")]
pub enum ApiError {}

fn main() {
    // A row the spec does not have is an ordinary "no variant" error.
    let _ = ApiError::PaymentRequired;
}
