use kaiko_errors::error_table;

// Square's error codes (tests/specs/README.md): `| Name | Description |` over code spans
// such as `INTERNAL_SERVER_ERROR`. Read with the default column names, the error names
// the two to write, although neither header says "code".
#[error_table(spec = "specs/square-error-codes.md", codes = "string")]
pub enum SquareError {}

fn main() {}
