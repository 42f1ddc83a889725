//! Retrying a tower `Service` whose error is `ApiError` (the `tower` feature).
//!
//! The service must decode inside it, so that a 429 or a 503 is its `Err`: reqwest's
//! client used directly answers them as `Ok` responses. Wrap the call and the decoding
//! in one service, for instance with `tower::service_fn` (with reqwest, the body of the
//! closure is `client.get(url).send().await?` and
//! `kaiko_errors::reqwest::decode_response::<ErrorCode, T>(response).await`, as
//! `tests/tests/retry.rs` does against a local server):
//!
//! ```
//! use kaiko_errors::tower::RetryPolicy;
//! use kaiko_errors::{ApiError, ErrorCode, Page};
//! use std::time::Duration;
//! use tower::{retry::Retry, service_fn, ServiceExt};
//!
//! /// Your HTTP client: a status and a body.
//! async fn send(url: &str) -> (u16, Vec<u8>) {
//! #   let _ = url;
//!     (200, br#"{"result":"success","data":[1]}"#.to_vec())
//! }
//!
//! async fn trades(url: String) -> Result<Page<Vec<u64>>, ApiError<ErrorCode>> {
//!     // The request is a URL (a `String`), so retrying clones it.
//!     let get = service_fn(|url: String| async move {
//!         let (status, body) = send(&url).await;
//!         kaiko_errors::decode::<ErrorCode, Vec<u64>>(status, &body)
//!     });
//!     let policy = RetryPolicy::new(3).with_max_delay(Duration::from_secs(10));
//!     Retry::new(policy, get).oneshot(url).await
//! }
//! # let _ = trades;
//! ```
//!
//! Retried requests are cloned before each attempt (`Req: Clone`). A `reqwest::Request`
//! is not `Clone` (its body may be a stream): make the service's request a cloneable
//! description of it (a URL, or your own struct of method, URL and bytes of the body)
//! and build the `reqwest::Request` inside the service, as above.

use crate::{ApiError, ErrorTable};
use core::time::Duration;

/// A `tower::retry::Policy`: retries what [`ApiError::is_retryable`] says may succeed,
/// up to an attempt budget, waiting the server's `Retry-After` when it sent one and an
/// exponential backoff otherwise, each wait capped (as octocrab's retry layer does).
///
/// tower clones the policy for each request: every request has its own budget.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    retries_left: usize,
    next_delay: Duration,
    max_delay: Duration,
}

impl RetryPolicy {
    /// Up to `max_retries` attempts after the first; backoff from 250 ms, doubling, each
    /// wait capped at 30 s.
    #[must_use]
    pub fn new(max_retries: usize) -> Self {
        RetryPolicy {
            retries_left: max_retries,
            next_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
        }
    }

    /// The first backoff wait, when the server gave no `Retry-After`.
    #[must_use]
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.next_delay = delay;
        self
    }

    /// The longest wait, whatever `Retry-After` or the backoff says.
    #[must_use]
    pub fn with_max_delay(mut self, cap: Duration) -> Self {
        self.max_delay = cap;
        self
    }

    /// The wait before the next attempt, or `None` when there is none.
    fn next_wait<E: ErrorTable>(&mut self, error: &ApiError<E>) -> Option<Duration> {
        if !error.is_retryable() || self.retries_left == 0 {
            return None;
        }
        self.retries_left -= 1;
        let wait = error
            .retry_after()
            .unwrap_or(self.next_delay)
            .min(self.max_delay);
        self.next_delay = self.next_delay.saturating_mul(2).min(self.max_delay);
        Some(wait)
    }
}

impl<Req: Clone, Res, E: ErrorTable> ::tower::retry::Policy<Req, Res, ApiError<E>> for RetryPolicy {
    type Future = ::tokio::time::Sleep;

    fn retry(
        &mut self,
        _request: &mut Req,
        result: &mut Result<Res, ApiError<E>>,
    ) -> Option<Self::Future> {
        let error = result.as_ref().err()?;
        self.next_wait(error).map(::tokio::time::sleep)
    }

    fn clone_request(&mut self, request: &Req) -> Option<Req> {
        Some(request.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    fn error(status: u16) -> ApiError<ErrorCode> {
        crate::decode::<ErrorCode, ()>(status, b"").unwrap_err()
    }

    #[test]
    fn waits_double_up_to_the_cap_and_the_budget_stops() {
        let mut policy = RetryPolicy::new(4)
            .with_base_delay(Duration::from_millis(100))
            .with_max_delay(Duration::from_millis(300));
        let waits: Vec<Option<Duration>> = (0..5).map(|_| policy.next_wait(&error(503))).collect();
        let ms = |n| Some(Duration::from_millis(n));
        assert_eq!(waits, [ms(100), ms(200), ms(300), ms(300), None]);
        assert_eq!(
            RetryPolicy::new(4).next_wait(&error(404)),
            None,
            "not retryable"
        );
    }
}
