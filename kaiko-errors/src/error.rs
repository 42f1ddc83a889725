//! The error of a response.

use crate::kept::Kept;
use crate::{CodeKind, ErrorTable, JsonError, RawCode};
use core::fmt;
use core::time::Duration;
use std::borrow::Cow;

/// Why a response is not a success page.
///
/// Either the server said so (a non-2xx status, or a `"result":"error"` body), or a 2xx
/// body could not be decoded ([`is_decode`](Self::is_decode)), or, with the `reqwest`
/// feature, the request failed in transport ([`is_transport`](Self::is_transport)).
///
/// Every error that had a body keeps it ([`body`](Self::body), its first 64 KiB), to see
/// what the server sent. `ApiError<E>` is `Send + Sync + 'static` (for `anyhow` and
/// `tokio::spawn`) and, on 64-bit targets, 88 bytes, 96 with the `reqwest` feature (its
/// transport error inside): under clippy's `result_large_err` threshold of 128.
pub struct ApiError<E> {
    status: u16,
    code: Option<E>,
    /// The body's code as sent (code tables only).
    raw_code: Option<RawCode>,
    /// The body (its first 64 KiB) and the message.
    kept: Kept,
    retry_after: Option<Duration>,
    cause: Cause,
}

/// The body shown as text, cut to its first 256 bytes, not as 65,536 numbers: an
/// `unwrap()` panic prints this.
impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("code", &self.code)
            .field("raw_code", &self.raw_code)
            .field("message", &self.kept.message())
            .field("retry_after", &self.retry_after)
            .field("cause", &self.cause)
            .field("body", &self.kept.debug_body())
            .finish()
    }
}

/// Drops the cause out of line only when there is one to drop: the common error (the
/// server's, with no parser or transport error inside) is then dropped by a test and its
/// buffer's free, inlined, instead of a call to the drop glue of every cause (BENCHMARKS.md,
/// "Decode").
impl<E> Drop for ApiError<E> {
    #[inline]
    fn drop(&mut self) {
        if !matches!(self.cause, Cause::Server) {
            drop_cause(core::mem::replace(&mut self.cause, Cause::Server));
        }
    }
}

#[cold]
#[inline(never)]
fn drop_cause(cause: Cause) {
    drop(cause);
}

#[derive(Debug)]
enum Cause {
    /// The status or the body's `"result":"error"` is the answer.
    Server,
    /// A 2xx body that is not a success envelope holding the expected data.
    Decode(JsonError),
    /// The request or the response body failed on the way.
    #[cfg(feature = "reqwest")]
    Transport(::reqwest::Error),
}

impl<E: ErrorTable> ApiError<E> {
    /// The API's answer: for a status table the code is the status's, for a code table
    /// the body's code.
    #[inline(always)]
    pub(crate) fn server(
        status: u16,
        body: &[u8],
        message: Option<Cow<'_, str>>,
        raw_code: Option<RawCode>,
    ) -> Self {
        let code = match E::KIND {
            CodeKind::Status => E::from_status(status),
            CodeKind::Integer | CodeKind::String => raw_code.as_ref().and_then(E::from_raw_code),
        };
        ApiError {
            status,
            code,
            raw_code,
            kept: Kept::new(body, message),
            retry_after: None,
            cause: Cause::Server,
        }
    }

    pub(crate) fn decode(status: u16, body: &[u8], error: JsonError) -> Self {
        ApiError {
            status,
            code: E::from_status(status),
            raw_code: None,
            kept: Kept::new(body, None),
            retry_after: None,
            cause: Cause::Decode(error),
        }
    }

    /// A transport failure: `status` is that of the response when its headers arrived
    /// (the body was cut), or 0 when there was no response at all.
    #[cfg(feature = "reqwest")]
    pub(crate) fn transport(status: u16, error: ::reqwest::Error) -> Self {
        ApiError {
            status,
            code: E::from_status(status),
            raw_code: None,
            // A cut body's partial bytes are not kept.
            kept: Kept::default(),
            retry_after: None,
            cause: Cause::Transport(error),
        }
    }

    #[cfg(feature = "http")]
    pub(crate) fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.retry_after = retry_after;
        self
    }

    /// The HTTP status of the response; 0 for a transport error that got no response at
    /// all (refused, timed out before the headers). A body cut after the headers keeps the
    /// status of its response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The status as an `http::StatusCode`; `None` when there was no response.
    #[cfg(feature = "http")]
    #[must_use]
    pub fn http_status(&self) -> Option<::http::StatusCode> {
        ::http::StatusCode::from_u16(self.status).ok()
    }

    /// How long the server asked to wait (its `Retry-After` header, in seconds or as an
    /// HTTP date; a date in the past is zero), on any status. Only the `http` and
    /// `reqwest` decoders see headers: from [`decode`](crate::decode) it is `None`.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// Whether the request or the response body failed on the way (`reqwest` feature):
    /// [`source`](core::error::Error::source) is then the `reqwest::Error`.
    #[must_use]
    pub fn is_transport(&self) -> bool {
        #[cfg(feature = "reqwest")]
        if let Cause::Transport(_) = self.cause {
            return true;
        }
        false
    }

    /// The documented error: for a status table the one of the status, for a code table
    /// the one of the body's code. `None` when the table does not list it (a 502 from a
    /// proxy, an undocumented code: see [`raw_code`](Self::raw_code)), or for a 2xx whose
    /// body did not decode.
    #[must_use]
    pub fn code(&self) -> Option<E> {
        self.code
    }

    /// The body's code exactly as sent, documented or not (`-1121`, `card_declined`), for
    /// a table of application codes; `None` for a status table (its code is the status),
    /// and when the body had no code of the table's kind (none, `null`, a float, a bool,
    /// an object, a string that is no integer for an integer table).
    #[must_use]
    pub fn raw_code(&self) -> Option<&RawCode> {
        self.raw_code.as_ref()
    }

    /// The server's `message`, when the body had one as a string.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.kept.message()
    }

    /// The response body, to see what the server sent: a proxy's HTML page, a 2xx that
    /// did not decode, the API's own error. Its first 64 KiB only, so that a huge body
    /// does not ride along whole; `None` for an empty body and for transport errors (the
    /// partial bytes of a cut body are not kept). `Debug` shows its first 256 bytes as
    /// text.
    ///
    /// It costs one allocation per error, shared with the message: an API's error body
    /// costs what its message alone did. Success pages copy nothing.
    #[must_use]
    pub fn body(&self) -> Option<&[u8]> {
        self.kept.body()
    }

    /// Whether trying again later may succeed: 429 and every 5xx, the codes the table's
    /// `retryable(...)` lists, and transport failures that are not the request's fault:
    /// timeouts, refused or reset connections, bodies cut mid-stream.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        #[cfg(feature = "reqwest")]
        if let Cause::Transport(error) = &self.cause {
            return crate::reqwest::is_retryable_transport(error);
        }
        self.status == 429
            || (500..=599).contains(&self.status)
            || self.code.is_some_and(E::retryable)
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
        #[cfg(feature = "reqwest")]
        if let (Cause::Transport(error), 0) = (&self.cause, self.status) {
            return write!(f, "request failed before any response: {error}");
        }
        write!(f, "HTTP {}", self.status)?;
        match (E::KIND, &self.raw_code, self.code) {
            (CodeKind::Status, _, Some(code)) => write!(f, " {}", code.reason())?,
            (CodeKind::Status, _, None) if !(200..=299).contains(&self.status) => {
                f.write_str(" (not in the error table)")?;
            }
            (_, Some(raw), Some(code)) => write!(f, ", code {raw} ({})", code.reason())?,
            (_, Some(raw), None) => write!(f, ", code {raw} (not in the error table)")?,
            _ => {}
        }
        match (&self.cause, self.kept.message()) {
            (Cause::Decode(error), _) => write!(f, ": the body is not a valid response: {error}"),
            #[cfg(feature = "reqwest")]
            (Cause::Transport(error), _) => write!(f, ": the body could not be read: {error}"),
            (Cause::Server, Some(message)) => write!(f, ": {message}"),
            (Cause::Server, None) => Ok(()),
        }
    }
}

impl<E: ErrorTable> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.cause {
            Cause::Decode(error) => Some(error),
            #[cfg(feature = "reqwest")]
            Cause::Transport(error) => Some(error),
            Cause::Server => None,
        }
    }
}
