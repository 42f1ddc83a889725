use kaiko_errors::error_table;

// Bitget's crawled page (tests/specs/README.md) names its columns the wrong way round:
// `| Error message | Error code |` over rows of a code, then its message. One error at the
// header says so, instead of one for every code cell and every reason.
#[error_table(
    spec = "specs/bitget-error-codes-crawled.md",
    codes = "integer",
    code_column = "Error code",
    message_column = "Error message"
)]
pub enum BitgetError {}

fn main() {}
