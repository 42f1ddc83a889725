//! The `http` and `reqwest` features against a real HTTP server on 127.0.0.1, started by
//! each test (`kaiko_errors_tests::fake_server`, on hyper).

use kaiko_errors::{ApiError, ErrorCode, Page};
use kaiko_errors_tests::fake_server::{self, Reply};
use kaiko_errors_tests::{trades_page, Trade};
use std::error::Error as _;
use std::time::{Duration, SystemTime};

type Result<T> = std::result::Result<T, ApiError<ErrorCode>>;

async fn get(url: String) -> Result<Page<Vec<Trade>>> {
    let response = reqwest::Client::new().get(url).send().await?;
    kaiko_errors::reqwest::decode_response::<ErrorCode, Vec<Trade>>(response).await
}

fn error_body(message: &str) -> String {
    format!(r#"{{"result":"error","message":"{message}","data":"","params":{{}}}}"#)
}

#[tokio::test]
async fn a_1_mb_success_page() {
    let (page, _) = trades_page(10_000);
    assert!(page.len() > 1_000_000);
    let addr = fake_server::start(move |_| Reply::json(200, page.clone())).await;
    let page = get(format!("http://{addr}/v2/data/trades")).await.unwrap();
    assert_eq!(page.data.len(), 10_000);
    assert_eq!(page.continuation_token.as_deref(), Some("3jdP1Wv3kq8bZx"));
}

#[tokio::test]
async fn every_kaiko_error_with_its_real_body() {
    let addr = fake_server::start(|path| {
        let status: u16 = path.trim_start_matches('/').parse().unwrap();
        let code = ErrorCode::from_status(status).unwrap();
        Reply::json(status, error_body(code.message()))
    })
    .await;
    for &code in ErrorCode::ALL {
        let error = get(format!("http://{addr}/{}", code.status()))
            .await
            .unwrap_err();
        assert_eq!(error.code(), Some(code));
        assert_eq!(error.http_status(), Some(http::StatusCode::from(code)));
        assert_eq!(error.message(), Some(code.message()));
        assert!(!error.is_transport() && !error.is_decode());
        assert_eq!(
            error.is_retryable(),
            matches!(code.status(), 429 | 500 | 503)
        );
        assert_eq!(error.retry_after(), None);
    }
}

#[tokio::test]
async fn retry_after_in_both_forms() {
    let addr = fake_server::start(|path| {
        let reply = Reply::json(429, error_body("Rate limit reached"));
        match path {
            "/seconds" => reply.header("retry-after", "7"),
            "/date" => reply.header(
                "retry-after",
                httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120)),
            ),
            "/past" => reply.header("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"),
            "/garbage" => reply.header("retry-after", "soon"),
            _ => Reply::html(503, "<html>maintenance</html>").header("retry-after", "30"),
        }
    })
    .await;
    let wait = |path: &'static str| async move {
        get(format!("http://{addr}{path}"))
            .await
            .unwrap_err()
            .retry_after()
    };
    assert_eq!(wait("/seconds").await, Some(Duration::from_secs(7)));
    let date = wait("/date").await.unwrap();
    assert!(
        (Duration::from_secs(115)..=Duration::from_secs(120)).contains(&date),
        "{date:?}"
    );
    assert_eq!(wait("/past").await, Some(Duration::ZERO));
    assert_eq!(wait("/garbage").await, None);
    assert_eq!(wait("/html-503").await, Some(Duration::from_secs(30)));
}

#[tokio::test]
async fn an_html_503_from_a_proxy() {
    let addr = fake_server::start(|_| {
        Reply::html(
            503,
            "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
        )
    })
    .await;
    let error = get(format!("http://{addr}/")).await.unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
    assert_eq!(error.message(), None);
    assert!(error.is_retryable() && !error.is_decode() && !error.is_transport());
    // What the proxy sent, through the reqwest decoder.
    assert_eq!(
        error.body(),
        Some(&b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"[..])
    );
}

#[tokio::test]
async fn a_body_cut_mid_stream_keeps_its_status() {
    let (page, _) = trades_page(1_000);
    let addr = fake_server::start(move |_| Reply {
        cut_after: Some(5_000),
        ..Reply::json(200, page.clone())
    })
    .await;
    let error = get(format!("http://{addr}/")).await.unwrap_err();
    assert!(error.is_transport(), "{error}");
    assert!(error.is_retryable(), "{error:?}");
    assert_eq!(error.status(), 200);
    assert_eq!(error.code(), None);
    // A cut body's partial bytes are not kept.
    assert_eq!(error.body(), None);
    assert!(error.source().unwrap().is::<reqwest::Error>());
    assert!(
        error
            .to_string()
            .starts_with("HTTP 200: the body could not be read"),
        "{error}"
    );
}

#[tokio::test]
async fn a_slow_server_hits_the_client_timeout() {
    let addr = fake_server::start(|_| Reply {
        delay: Some(Duration::from_secs(5)),
        ..Reply::json(200, r#"{"result":"success","data":[]}"#)
    })
    .await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let outcome: Result<Page<Vec<Trade>>> = async {
        let response = client.get(format!("http://{addr}/")).send().await?;
        kaiko_errors::reqwest::decode_response(response).await
    }
    .await;
    let error = outcome.unwrap_err();
    assert!(error.is_transport() && error.is_retryable(), "{error}");
    assert_eq!(
        (error.status(), error.code(), error.http_status()),
        (0, None, None)
    );
    assert!(
        error
            .to_string()
            .starts_with("request failed before any response"),
        "{error}"
    );
}

#[tokio::test]
async fn a_refused_connection() {
    // A port that was free a moment ago and has no listener now.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let error = get(format!("http://{addr}/")).await.unwrap_err();
    assert!(error.is_transport() && error.is_retryable(), "{error}");
    assert_eq!(error.status(), 0);
    assert_eq!(error.body(), None);
}

#[tokio::test]
async fn a_reset_connection() {
    // A server that accepts, reads the request, and resets the connection (SO_LINGER 0).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let mut buffer = [0_u8; 1024];
            let _ = stream.readable().await;
            let _ = stream.try_read(&mut buffer);
            #[allow(deprecated)] // The only way to ask for a reset; fine in a test.
            let _ = stream.set_linger(Some(Duration::ZERO));
            drop(stream);
        }
    });
    let error = get(format!("http://{addr}/")).await.unwrap_err();
    assert!(error.is_transport() && error.is_retryable(), "{error:?}");
    assert_eq!(error.status(), 0);
}

#[test]
fn decode_response_of_an_http_response() {
    let body = error_body("Rate limit reached").into_bytes();
    let response = http::Response::builder()
        .status(429)
        .header("Retry-After", "3")
        .body(body)
        .unwrap();
    let error =
        kaiko_errors::http::decode_response::<ErrorCode, Vec<Trade>>(&response).unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::RateLimitReached));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
    assert_eq!(error.body(), Some(response.body().as_slice()));
    let response = http::Response::new(r#"{"data":[],"result":"success"}"#);
    let page = kaiko_errors::http::decode_response::<ErrorCode, Vec<Trade>>(&response).unwrap();
    assert!(page.data.is_empty());
    assert_eq!(
        http::StatusCode::from(ErrorCode::NotFound),
        http::StatusCode::NOT_FOUND
    );
}
