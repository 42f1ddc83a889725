use kaiko_errors::error_table;

// Digital River's "Error types, codes, and objects" page (tests/specs/README.md) ends
// with the most common error table there is, `| Code | Description |`. Read with the
// default column names, the error names the two to write.
#[error_table(spec = "specs/digitalriver-js-error-codes.md", codes = "string")]
pub enum DigitalRiverJsError {}

fn main() {}
