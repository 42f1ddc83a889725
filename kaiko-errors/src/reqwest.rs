//! Decoding a `reqwest::Response` (the `reqwest` feature).

use crate::{decode, ApiError, ErrorTable, Page};
use serde_core::de::DeserializeOwned;

/// Reads the body of a `reqwest::Response` once and decodes it as [`decode`] does, with
/// `Retry-After` read from its headers. A body that cannot be read (cut mid-stream, timed
/// out) is a transport error ([`ApiError::is_transport`]) that keeps the response's status.
///
/// # Errors
/// As [`decode`], plus transport errors.
pub async fn decode_response<E, T>(response: ::reqwest::Response) -> Result<Page<T>, ApiError<E>>
where
    E: ErrorTable,
    T: DeserializeOwned,
{
    let status = response.status().as_u16();
    let retry_after = crate::http::retry_after(response.headers());
    let body = match response.bytes().await {
        Ok(body) => body,
        Err(error) => return Err(ApiError::transport(status, error).with_retry_after(retry_after)),
    };
    decode::<E, T>(status, &body).map_err(|error| error.with_retry_after(retry_after))
}

/// `client.get(url).send().await?` in a function returning `ApiError`: a request that got
/// no response is a transport error with status 0; one that carries a status (from
/// `error_for_status`) keeps it.
impl<E: ErrorTable> From<::reqwest::Error> for ApiError<E> {
    fn from(error: ::reqwest::Error) -> Self {
        let status = error.status().map_or(0, |status| status.as_u16());
        ApiError::transport(status, error)
    }
}

/// Timeouts, refused or reset connections (a connection closed before the response came
/// is one), and bodies cut mid-stream.
pub(crate) fn is_retryable_transport(error: &::reqwest::Error) -> bool {
    let closed_before_response = error.is_request() && error.status().is_none();
    if error.is_timeout()
        || error.is_connect()
        || error.is_body()
        || error.is_decode()
        || closed_before_response
    {
        return true;
    }
    let mut source = core::error::Error::source(error);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::{
                BrokenPipe, ConnectionAborted, ConnectionReset, UnexpectedEof,
            };
            if matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            ) {
                return true;
            }
        }
        source = cause.source();
    }
    false
}
