//! A small, complete Kaiko client: pages through trades with `next_url`, retries what
//! `is_retryable()` says may succeed with backon, honouring `retry_after()` with a cap.
//!
//! `cargo run -p kaiko-errors-tests --example client` runs it against a fake Kaiko that
//! the example starts on 127.0.0.1 (the second half of this file): three pages of trades,
//! a 429 with `Retry-After: 1` on the way, and a 404 at the end.

use backon::{ExponentialBuilder, Retryable};
use kaiko_errors::{ApiError, ErrorCode, Page};
use serde::Deserialize;
use std::time::Duration;

/// A trade record as Kaiko sends it.
#[derive(Debug, Deserialize)]
pub struct Trade {
    pub timestamp: u64,
    pub trade_id: String,
    pub price: String,
    pub amount: String,
    pub taker_side_sell: bool,
}

/// The client: what to copy into your own crate.
pub struct KaikoClient {
    http: reqwest::Client,
    base_url: String,
    api_key: String,
    /// Attempts of one page after the first.
    max_retries: usize,
    /// The longest wait between two attempts, whatever `Retry-After` says.
    max_wait: Duration,
}

impl KaikoClient {
    pub fn new(base_url: impl Into<String>, api_key: impl Into<String>) -> Self {
        KaikoClient {
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("a client"),
            base_url: base_url.into(),
            api_key: api_key.into(),
            max_retries: 3,
            max_wait: Duration::from_secs(10),
        }
    }

    /// Every trade of an instrument, page after page.
    pub async fn trades(
        &self,
        exchange: &str,
        instrument: &str,
    ) -> Result<Vec<Trade>, ApiError<ErrorCode>> {
        let mut url = format!(
            "{}/v2/data/trades.v1/exchanges/{exchange}/spot/{instrument}/trades?page_size=100",
            self.base_url
        );
        let mut trades = Vec::new();
        loop {
            let page = self.page::<Vec<Trade>>(&url).await?;
            println!(
                "  page of {} trades (continuation_token {:?})",
                page.data.len(),
                page.continuation_token
            );
            trades.extend(page.data);
            match page.next_url {
                Some(next) => url = next,
                None => return Ok(trades),
            }
        }
    }

    /// One page, retried while the error says trying again may succeed.
    async fn page<T: serde::de::DeserializeOwned>(
        &self,
        url: &str,
    ) -> Result<Page<T>, ApiError<ErrorCode>> {
        let attempt = || async {
            let response = self
                .http
                .get(url)
                .header("X-Api-Key", &self.api_key)
                .send()
                .await?;
            kaiko_errors::reqwest::decode_response::<ErrorCode, T>(response).await
        };
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(250))
            .with_max_times(self.max_retries);
        let cap = self.max_wait;
        attempt
            .retry(backoff)
            .when(ApiError::is_retryable)
            // The server's word when it gave one, capped; else backon's own delay. Once
            // backon's budget is spent (`None`) the answer stays `None`: a wait returned
            // then would retry for ever.
            .adjust(move |error, delay| {
                delay.map(|d| error.retry_after().map_or(d, |w| w.min(cap)))
            })
            .notify(|error, wait| println!("  {error}; retrying in {wait:?}"))
            .await
    }
}

#[tokio::main]
async fn main() {
    let base_url = fake_kaiko::start().await;
    let client = KaikoClient::new(base_url, "my-api-key");

    println!("GET trades of cbse btc-usd:");
    match client.trades("cbse", "btc-usd").await {
        Ok(trades) => println!(
            "=> {} trades, last {:?}",
            trades.len(),
            trades.last().map(|t| &t.trade_id)
        ),
        Err(error) => println!("=> failed: {error}"),
    }

    println!("GET trades of an instrument Kaiko does not have:");
    match client.trades("cbse", "doge-eur").await {
        Ok(trades) => println!("=> {} trades", trades.len()),
        Err(error) => {
            println!("=> failed: {error}");
            println!(
                "   code {:?}, retryable {}",
                error.code(),
                error.is_retryable()
            );
        }
    }
}

/// The fake Kaiko this example talks to: not part of the client.
mod fake_kaiko {
    use kaiko_errors_tests::fake_server::{self, Reply};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, OnceLock};

    /// Serves three pages of 100 trades for btc-usd (the second after one 429), and a 404
    /// for anything else. Returns the base URL.
    pub async fn start() -> String {
        let base = Arc::new(OnceLock::<String>::new());
        let requests = AtomicUsize::new(0);
        let addr = fake_server::start({
            let base = Arc::clone(&base);
            move |path| {
                let n = requests.fetch_add(1, Ordering::SeqCst);
                if !path.contains("/btc-usd/") {
                    return Reply::json(
                        404,
                        r#"{"result":"error","message":"Not Found -- No such instrument.","data":"","params":{}}"#,
                    );
                }
                let page = if path.contains("continuation_token=p3") {
                    3
                } else if path.contains("continuation_token=p2") {
                    2
                } else {
                    1
                };
                if page == 2 && n == 1 {
                    return Reply::json(429, r#"{"result":"error","message":"Rate limit reached","data":"","params":{}}"#)
                        .header("retry-after", "1");
                }
                let base = base.get().map_or("", String::as_str);
                Reply::json(200, page_body(page, base))
            }
        })
        .await;
        let url = format!("http://{addr}");
        let _ = base.set(url.clone());
        url
    }

    fn page_body(page: usize, base: &str) -> String {
        let records: Vec<String> = (0..100)
            .map(|i| {
                let id = page * 1000 + i;
                format!(
                    r#"{{"timestamp":{},"trade_id":"{id}","price":"97123.{:02}","amount":"0.01","taker_side_sell":{}}}"#,
                    1_764_000_000_000_u64 + id as u64,
                    i % 100,
                    i % 2 == 0
                )
            })
            .collect();
        let next = if page < 3 {
            let token = format!("p{}", page + 1);
            format!(
                r#""continuation_token":"{token}","next_url":"{base}/v2/data/trades.v1/exchanges/cbse/spot/btc-usd/trades?page_size=100&continuation_token={token}""#
            )
        } else {
            r#""continuation_token":null,"next_url":null"#.to_owned()
        };
        format!(
            r#"{{"query":{{"page_size":100}},"time":"2026-11-24T10:00:00.123Z","timestamp":1764000000123,"data":[{}],"result":"success",{next},"access":{{}}}}"#,
            records.join(",")
        )
    }
}
