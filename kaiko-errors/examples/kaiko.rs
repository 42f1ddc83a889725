//! Prints Kaiko's error table as generated from `spec/error-codes.md`, then decodes sample
//! Kaiko responses with it.
//!
//! Run with `cargo run -p kaiko-errors --example kaiko`.

use kaiko_errors::{ErrorCode, Page};
use serde::Deserialize;

/// A trade record, borrowed from the response body.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Printed through Debug only.
struct Trade<'a> {
    timestamp: u64,
    trade_id: &'a str,
    price: &'a str,
    amount: &'a str,
    taker_side_sell: bool,
}

const RESPONSES: [(&str, u16, &str); 6] = [
    (
        "a page of trades (result after data)",
        200,
        r#"{"query":{"exchange":"cbse","instrument":"btc-usd","page_size":100},
            "time":"2026-11-24T10:00:00.123Z","timestamp":1764000000123,
            "data":[{"timestamp":1764000000000,"trade_id":"611457389","price":"97123.45","amount":"0.0123","taker_side_sell":true},
                    {"timestamp":1764000000500,"trade_id":"611457390","price":"97123.50","amount":"0.5","taker_side_sell":false}],
            "result":"success","continuation_token":"3jdP1Wv3kq8bZx",
            "next_url":"https://us.market-api.kaiko.io/v2/data/trades.v1/exchanges/cbse/spot/btc-usd/trades?continuation_token=3jdP1Wv3kq8bZx",
            "access":{"access_range":{"start_timestamp":null,"end_timestamp":null}}}"#,
    ),
    (
        "a missing symbol",
        400,
        r#"{"result":"error","message":"Symbol Required -- The instrument is missing from the request.","data":"","params":{}}"#,
    ),
    (
        "the rate limit, data before result",
        429,
        r#"{"data":"","result":"error","message":"Rate limit reached -- 6000 requests a minute.","params":{}}"#,
    ),
    (
        "an HTML page from a proxy",
        502,
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
    ),
    ("an empty 503", 503, ""),
    (
        "a 200 that is not a page",
        200,
        r#"{"result":"success","data":"oops"}"#,
    ),
];

fn main() {
    println!("Kaiko's error table ({} codes):", ErrorCode::ALL.len());
    println!("{:<6} {:<20} {:<22} detail", "status", "variant", "reason");
    for &code in ErrorCode::ALL {
        println!(
            "{:<6} {:<20} {:<22} {}",
            code.status(),
            format!("{code:?}"),
            code.reason(),
            code.detail().unwrap_or("-")
        );
    }

    println!("\nDecoding sample responses:");
    for (what, status, body) in RESPONSES {
        println!("- {status}, {what}:");
        match ErrorCode::decode::<Vec<Trade<'_>>>(status, body.as_bytes()) {
            Ok(Page {
                data,
                continuation_token,
                ..
            }) => {
                println!(
                    "    Ok: {} trades, continuation_token {continuation_token:?}",
                    data.len()
                );
                for trade in data {
                    println!("      {trade:?}");
                }
            }
            Err(error) => {
                println!("    Err: {error}");
                println!(
                    "      code {:?}, message {:?}, retryable {}, decode error {}",
                    error.code(),
                    error.message(),
                    error.is_retryable(),
                    error.is_decode()
                );
            }
        }
    }
}
