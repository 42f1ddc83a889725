use kaiko_errors::error_table;

// A row for a range of codes cannot be one variant.
#[error_table(
    spec = "specs/code-range-row.md",
    codes = "integer",
    code_column = "code",
    message_column = "message",
    detail_column = "meaning"
)]
pub enum RpcError {}

fn main() {
    let _ = RpcError::ALL;
}
