use kaiko_errors::error_table;

// Bitfinex's error and info codes as crawled (tests/specs/README.md): `| Event | Code |
// Description |`. Read with the default column names, the error names the code and
// message columns of a header of three.
#[error_table(spec = "specs/bitfinex-error-codes-crawled.md", codes = "integer")]
pub enum BitfinexError {}

fn main() {}
