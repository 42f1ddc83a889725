use kaiko_errors::error_table;

#[error_table(spec = "specs/bybit-error-codes.mdx", codes = "integer", section = "Aset", code_column = "Code", message_column = "Description")]
pub enum ApiError {}

#[error_table(spec = "specs/bybit-error-codes.mdx", codes = "integer", section = "Wallet", code_column = "Code", message_column = "Description")]
pub enum FarError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
    let _ = FarError::ALL;
}
