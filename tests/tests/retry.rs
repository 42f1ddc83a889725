//! Retry crates on `ApiError`: backon and tower's retry layer, against the local fake
//! server.

use backon::{ExponentialBuilder, Retryable};
use kaiko_errors::{ApiError, ErrorCode, Page};
use kaiko_errors_tests::fake_server::{self, Reply};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

type Result<T> = std::result::Result<T, ApiError<ErrorCode>>;

async fn get(url: &str) -> Result<Page<Vec<u64>>> {
    let response = reqwest::get(url).await?;
    kaiko_errors::reqwest::decode_response::<ErrorCode, Vec<u64>>(response).await
}

/// A server that answers 429 with `Retry-After: 30` `failures` times, then a page; and
/// how many requests it got.
async fn flaky(failures: usize) -> (String, Arc<AtomicUsize>) {
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    let addr = fake_server::start(move |_| {
        if counter.fetch_add(1, Ordering::SeqCst) < failures {
            let mut reply =
                Reply::json(429, r#"{"result":"error","message":"Rate limit reached"}"#);
            reply.headers.push(("retry-after", "30".to_owned()));
            reply
        } else {
            Reply::json(200, r#"{"result":"success","data":[1,2,3]}"#)
        }
    })
    .await;
    (format!("http://{addr}/"), seen)
}

/// `retry_after()` honoured with a cap, while backon's own budget still stops it.
fn capped(cap: Duration) -> impl FnMut(&ApiError<ErrorCode>, Option<Duration>) -> Option<Duration> {
    move |error, delay| delay.map(|d| error.retry_after().map_or(d, |wait| wait.min(cap)))
}

#[tokio::test]
async fn backon_retries_what_is_retryable_with_retry_after_capped() {
    let (url, seen) = flaky(2).await;
    let cap = Duration::from_millis(50);
    let started = Instant::now();
    let page = (|| get(&url))
        .retry(ExponentialBuilder::default().with_max_times(5))
        .when(ApiError::is_retryable)
        .adjust(capped(cap))
        .await
        .unwrap();
    assert_eq!(page.data, [1, 2, 3]);
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    let elapsed = started.elapsed();
    // Two waits of the capped 50 ms, not of the server's 30 s.
    assert!(elapsed >= 2 * cap, "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[tokio::test]
async fn backon_stops_when_its_budget_is_spent() {
    let (url, seen) = flaky(usize::MAX).await;
    let error = (|| get(&url))
        .retry(ExponentialBuilder::default().with_max_times(3))
        .when(ApiError::is_retryable)
        .adjust(capped(Duration::from_millis(5)))
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::RateLimitReached));
    assert_eq!(
        seen.load(Ordering::SeqCst),
        4,
        "the first attempt and 3 retries"
    );
}

#[tokio::test]
async fn backon_does_not_retry_what_is_not_retryable() {
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    let addr = fake_server::start(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Reply::json(404, r#"{"result":"error","message":"Not Found"}"#)
    })
    .await;
    let url = format!("http://{addr}/");
    let error = (|| get(&url))
        .retry(ExponentialBuilder::default().with_max_times(3))
        .when(ApiError::is_retryable)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::NotFound));
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

/// A tower service that sends and decodes: its error is the `ApiError`.
fn trades_service() -> impl tower::Service<
    String,
    Response = Page<Vec<u64>>,
    Error = ApiError<ErrorCode>,
    Future = impl std::future::Future<Output = Result<Page<Vec<u64>>>>,
> + Clone {
    tower::service_fn(|url: String| async move { get(&url).await })
}

#[tokio::test]
async fn tower_retry_policy_with_retry_after_capped_and_a_budget() {
    use kaiko_errors::tower::RetryPolicy;
    use tower::{retry::Retry, ServiceExt};

    let (url, seen) = flaky(2).await;
    let policy = RetryPolicy::new(3).with_max_delay(Duration::from_millis(50));
    let started = Instant::now();
    let page = Retry::new(policy.clone(), trades_service())
        .oneshot(url)
        .await
        .unwrap();
    assert_eq!(page.data, [1, 2, 3]);
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the 30 s Retry-After is capped"
    );

    let (url, seen) = flaky(usize::MAX).await;
    let error = Retry::new(policy, trades_service())
        .oneshot(url)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::RateLimitReached));
    assert_eq!(
        seen.load(Ordering::SeqCst),
        4,
        "the first attempt and 3 retries"
    );
}
