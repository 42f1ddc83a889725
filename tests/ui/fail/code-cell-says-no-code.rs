use kaiko_errors::error_table;

// A dash (or `N/A`) where a row has no code of its own, or a code no status: every row of a
// code table needs a code, and with `status_column` a status.
#[error_table(
    spec = "specs/no-code-mark.md",
    codes = "string",
    code_column = "Error Code",
    message_column = "Description",
    status_column = "Status Code"
)]
pub enum DocumentError {}

fn main() {
    let _ = DocumentError::ALL;
}
