use kaiko_errors::error_table;

// Matrix's error codes (tests/specs/README.md) are definitions, not a table: a paragraph
// whose first line is the code span alone. Read as a table, the error says which layout
// reads them.
#[error_table(spec = "specs/matrix-client-server-errors.md", codes = "string")]
pub enum MatrixError {}

fn main() {}
