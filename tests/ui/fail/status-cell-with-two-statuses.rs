use kaiko_errors::error_table;

// `400 or 422`: `status()` gives one status per code, so the cell must name one.
#[error_table(
    spec = "specs/two-statuses.md",
    codes = "string",
    code_column = "Code",
    message_column = "Meaning",
    status_column = "HTTP status"
)]
pub enum PackError {}

fn main() {
    let _ = PackError::ALL;
}
