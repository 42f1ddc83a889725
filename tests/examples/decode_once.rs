//! Runs one decode workload a fixed number of times, for instruction counts under
//! callgrind (repeatable on a noisy machine, unlike wall time). See BENCHMARKS.md:
//!
//! `valgrind --tool=callgrind target/release/examples/decode_once MODE`
//!
//! MODE is `setup` (builds the inputs only: subtract it), `owned-decode`,
//! `owned-serde-json`, `borrowed-decode`, `borrowed-serde-json`, `error-decode` or
//! `error-derive`; with `--features sonic` (where `decode` runs on sonic-rs) also
//! `owned-sonic-rs` and `borrowed-sonic-rs`.

use kaiko_errors::{decode, ErrorCode};
use kaiko_errors_tests::{trades_page, Trade, TradeRef, RATE_LIMIT_BODY};
use serde::Deserialize;
use std::hint::black_box;

const PAGE_RUNS: usize = 10;
const ERROR_RUNS: usize = 100_000;

#[derive(Deserialize)]
#[allow(dead_code)] // Read only by the deserializer.
struct HandWritten {
    result: String,
    message: String,
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let (page, data) = trades_page(10_000);
    let body = page.as_bytes();
    let data_only = &body[data];
    let error = RATE_LIMIT_BODY.as_bytes();
    match mode.as_str() {
        "setup" => {}
        "owned-decode" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(decode::<ErrorCode, Vec<Trade>>(
                200,
                black_box(body),
            )))
        }),
        "owned-serde-json" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(serde_json::from_slice::<Vec<Trade>>(black_box(
                data_only,
            ))))
        }),
        "borrowed-decode" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(decode::<ErrorCode, Vec<TradeRef<'_>>>(
                200,
                black_box(body),
            )))
        }),
        "borrowed-serde-json" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(serde_json::from_slice::<Vec<TradeRef<'_>>>(
                black_box(data_only),
            )))
        }),
        "error-decode" => (0..ERROR_RUNS).for_each(|_| {
            drop(black_box(decode::<ErrorCode, Vec<Trade>>(
                429,
                black_box(error),
            )))
        }),
        "error-derive" => (0..ERROR_RUNS).for_each(|_| {
            drop(black_box(serde_json::from_slice::<HandWritten>(black_box(
                error,
            ))))
        }),
        #[cfg(feature = "sonic")]
        "owned-sonic-rs" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(sonic_rs::from_slice::<Vec<Trade>>(black_box(
                data_only,
            ))));
        }),
        #[cfg(feature = "sonic")]
        "borrowed-sonic-rs" => (0..PAGE_RUNS).for_each(|_| {
            drop(black_box(sonic_rs::from_slice::<Vec<TradeRef<'_>>>(
                black_box(data_only),
            )));
        }),
        other => {
            eprintln!("unknown mode `{other}`");
            std::process::exit(2);
        }
    }
}
