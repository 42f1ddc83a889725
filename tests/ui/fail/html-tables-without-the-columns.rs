use kaiko_errors::error_table;

#[error_table(spec = "specs/windows-store-reclaim-seat.md")]
pub enum ApiError {}

fn main() {
    // The skeleton keeps the rest of the crate compiling: no follow-on errors.
    let _ = ApiError::ALL;
}
