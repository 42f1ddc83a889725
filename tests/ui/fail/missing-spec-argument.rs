use kaiko_errors::error_table;

#[error_table(code_column = "Status")]
pub enum ApiError {}

fn main() {
    let _ = ApiError::ALL;
}
