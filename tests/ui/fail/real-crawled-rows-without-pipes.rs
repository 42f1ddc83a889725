use kaiko_errors::error_table;

// OKX's funding error codes as crawled from the rendered docs (tests/specs/README.md): four
// messages broken onto a second line that has no `|`, which Markdown reads as rows of their
// own; two messages that give one name; a reason that starts with a `{0}` placeholder.
#[error_table(
    spec = "specs/okx-funding-errors-crawled.md",
    codes = "integer",
    code_column = "Error Code",
    message_column = "Error Message",
    status_column = "HTTP Status Code",
    tables = "all"
)]
pub enum OkxFundingError {}

fn main() {
    let _ = OkxFundingError::ALL;
}
