use kaiko_errors::error_table;

#[error_table(spec = "specs/glued-codes.md", codes = "integer", layout = "list")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
