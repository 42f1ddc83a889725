//! The error of a response.

use crate::{ErrorTable, JsonError};
use core::fmt;

/// Why a response is not a success page.
///
/// Either the server said so (a non-2xx status, or a `"result":"error"` body), or a 2xx
/// body could not be decoded ([`is_decode`](Self::is_decode)).
#[derive(Debug)]
pub struct ApiError<E> {
    status: u16,
    code: Option<E>,
    message: Option<String>,
    cause: Cause,
}

#[derive(Debug)]
enum Cause {
    /// The status or the body's `"result":"error"` is the answer.
    Server,
    /// A 2xx body that is not a success envelope holding the expected data.
    Decode(JsonError),
}

impl<E: ErrorTable> ApiError<E> {
    pub(crate) fn server(status: u16, message: Option<String>) -> Self {
        ApiError {
            status,
            code: E::from_status(status),
            message,
            cause: Cause::Server,
        }
    }

    pub(crate) fn decode(status: u16, error: JsonError) -> Self {
        ApiError {
            status,
            code: E::from_status(status),
            message: None,
            cause: Cause::Decode(error),
        }
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The documented error for the status, or `None` when the table does not list it
    /// (a 502 from a proxy, or a 2xx whose body did not decode).
    #[must_use]
    pub fn code(&self) -> Option<E> {
        self.code
    }

    /// The server's `message`, when the body had one as a string.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Whether trying again later may succeed: 429 and every 5xx.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.status == 429 || (500..=599).contains(&self.status)
    }

    /// Whether this is a 2xx response whose body was not a success envelope holding the
    /// expected data; [`source`](core::error::Error::source) then gives the parser's error
    /// ([`JsonError`]: serde_json's, or sonic-rs's with the `sonic` feature), with line and
    /// column.
    #[must_use]
    pub fn is_decode(&self) -> bool {
        matches!(self.cause, Cause::Decode(_))
    }
}

impl<E: ErrorTable> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        match self.code {
            Some(code) => write!(f, " {}", code.reason())?,
            None if !(200..=299).contains(&self.status) => {
                f.write_str(" (not in the error table)")?
            }
            None => {}
        }
        match (&self.cause, &self.message) {
            (Cause::Decode(error), _) => write!(f, ": the body is not a valid response: {error}"),
            (Cause::Server, Some(message)) => write!(f, ": {message}"),
            (Cause::Server, None) => Ok(()),
        }
    }
}

impl<E: ErrorTable> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.cause {
            Cause::Decode(error) => Some(error),
            Cause::Server => None,
        }
    }
}
