use kaiko_errors::error_table;

#[error_table(spec = "specs/exchange.md", crate = "not a path")]
pub enum ApiError {}

fn main() {
    let _ = ApiError::ALL;
}
