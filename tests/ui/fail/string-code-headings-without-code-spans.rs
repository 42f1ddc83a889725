use kaiko_errors::error_table;

// `### ITEM_LOGIN_REQUIRED`: a string code is read from a code span; the error says how
// to write these headings.
#[error_table(spec = "specs/bare-string-code-headings.md", codes = "string", layout = "headings")]
pub enum ItemError {}

fn main() {
    let _ = ItemError::ALL;
}
