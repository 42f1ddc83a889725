use kaiko_errors::error_table;

// Deribit's page (tests/specs/README.md) calls its code column `Code`, not the default
// `Error Code`: the error names the one column the table lacks and the argument to write.
#[error_table(
    spec = "specs/deribit-errors.md",
    codes = "integer",
    name_column = "Message",
    message_column = "Description",
    detail_column = "Solution",
    tables = "all"
)]
pub enum DeribitError {}

fn main() {
    let _ = DeribitError::ALL;
}
