use kaiko_errors::error_table;

// Gate.io's crawled page (tests/specs/README.md): its code column is `label`, in a code
// span; the page's list items start with string codes too, but the table one column short
// is what the error points at.
#[error_table(
    spec = "specs/gateio-error-codes-crawled.md",
    codes = "string",
    message_column = "Meaning"
)]
pub enum GateioLabelError {}

// All nine tables under `label list`: four labels are in two tables each (spot, futures,
// collateral loan), each pair said with both of its lines.
#[error_table(
    spec = "specs/gateio-error-codes-crawled.md",
    codes = "string",
    section = "API / label list",
    code_column = "label",
    message_column = "Meaning",
    tables = "all"
)]
pub enum GateioAllLabelsError {}

fn main() {}
