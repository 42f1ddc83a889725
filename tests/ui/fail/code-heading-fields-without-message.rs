use kaiko_errors::error_table;

// A code heading over labelled fields that give its status and code but no message: no
// guess at which field it is.
#[error_table(spec = "specs/heading-fields-without-message.md", codes = "string", layout = "headings")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
