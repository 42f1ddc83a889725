use kaiko_errors::error_table;

#[error_table(spec = "specs/exchange.md")]
pub enum ApiError<T> {}

fn main() {}
