use kaiko_errors::error_table;

// A table of application codes without a `status_column` documents no HTTP status, so it
// has no `From<E> for http::StatusCode` (nor a `status()`).
#[error_table(
    spec = "specs/jsonrpc-errors.md",
    codes = "integer",
    code_column = "Code",
    message_column = "Message"
)]
pub enum RpcError {}

fn main() {
    let _: http::StatusCode = RpcError::InvalidParams.into();
}
