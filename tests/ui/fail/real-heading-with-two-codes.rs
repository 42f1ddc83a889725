use kaiko_errors::error_table;

// TickDB's page as published: its headings give one code each, but for
// `#### 4003 / 4004 - Subscription Temporarily Unavailable`.
#[error_table(spec = "specs/tickdb-errors.md", codes = "integer", layout = "headings")]
pub enum TickDbHeadingError {}

fn main() {
    let _ = TickDbHeadingError::ALL;
}
