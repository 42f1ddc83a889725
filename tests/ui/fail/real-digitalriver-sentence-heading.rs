use kaiko_errors::error_table;

// Digital River's "409 Conflict" page (tests/specs/README.md) gives a heading per string
// code in a code span, and once a sentence in one: `` ## `Billing Address country for
// request is invalid` ``. The error says how to fix a heading, not a table's cell.
#[error_table(
    spec = "specs/digitalriver-409-conflict.md",
    codes = "string",
    layout = "headings"
)]
pub enum DigitalRiverConflict {}

fn main() {}
