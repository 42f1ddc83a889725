use kaiko_errors::error_table;

// Names come from string codes; a numbered category row gives none. Four or more such rows
// are said once, with their lines.
#[error_table(
    spec = "specs/numeric-string-codes.md",
    codes = "string",
    code_column = "code",
    message_column = "msg"
)]
pub enum PlatformError {}

fn main() {
    let _ = PlatformError::ALL;
}
