//! A downstream crate as strict as they come: CI builds, documents and clippy-checks it
//! with `-D warnings`, so every lint below holds for the generated code.

#![deny(missing_docs)]
#![deny(clippy::pedantic)]
#![deny(unreachable_pub)]
#![forbid(unsafe_code)]

use kaiko_errors::error_table;

/// The exchange's errors: a public enum.
#[error_table(spec = "specs/exchange.md", rename(429 = "TooManyRequests"))]
#[non_exhaustive]
pub enum ExchangeError {}

/// An enum visible in the crate only.
#[error_table(
    spec = "specs/two-columns.md",
    message_column = "Error Name",
    detail_column = "Description"
)]
pub(crate) enum InternalError {}

mod private {
    /// An enum private to its module.
    #[kaiko_errors::error_table(spec = "specs/exchange.md")]
    pub(super) enum PrivateError {}
}

/// Uses the crate-visible tables, so that nothing here is dead code.
#[must_use]
pub fn describe(status: u16) -> Option<&'static str> {
    InternalError::from_status(status)
        .map(InternalError::message)
        .or_else(|| private::PrivateError::from_status(status).map(private::PrivateError::message))
}
