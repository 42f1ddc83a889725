use kaiko_errors::error_table;

#[error_table(spec = "specs/repeated-sections.md", codes = "integer", section = "Orders", code_column = "Code", message_column = "Message")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
