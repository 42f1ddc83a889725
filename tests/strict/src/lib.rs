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

/// Integer codes, the whole body as the data, `retryable`: a public enum.
#[error_table(
    spec = "specs/binance-errors.md",
    codes = "integer",
    code_column = "Code",
    name_column = "Name",
    message_column = "Description",
    tables = "all",
    envelope(code = "code", message = "msg", data = ""),
    retryable(-1003, -1015)
)]
pub enum BinanceError {}

/// String codes nested in the body, with a status column.
#[error_table(
    spec = "specs/twirp-errors.md",
    codes = "string",
    code_column = "JSON/String",
    name_column = "twirp.ErrorCode",
    message_column = "twirp.ErrorCode",
    status_column = "HTTP status code",
    envelope(
        code = "error.code",
        message = "error.msg",
        data = "result",
        success(ok = true)
    )
)]
pub(crate) enum TwirpError {}

/// Uses the crate-visible string table.
#[must_use]
pub fn twirp_status(code: &str) -> Option<u16> {
    TwirpError::from_code(code).map(TwirpError::status)
}

/// Struck-through (deprecated) codes: the generated code uses them without a warning.
#[error_table(
    spec = "specs/struck-codes.md",
    codes = "integer",
    section = "Bank",
    code_column = "Code",
    message_column = "Message"
)]
pub enum RetiredError {}
