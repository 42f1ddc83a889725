//! Runs one decode workload a fixed number of times, for instruction counts under
//! callgrind (repeatable on a noisy machine, unlike wall time). See BENCHMARKS.md:
//!
//! `valgrind --tool=callgrind target/release/examples/decode_once MODE`
//!
//! MODE is `setup` (builds the inputs only: subtract it), `owned-decode`,
//! `owned-serde-json`, `borrowed-decode`, `borrowed-serde-json`, `error-decode` or
//! `error-derive`; for the envelopes of other APIs `binance-decode`, `binance-derive`,
//! `stripe-decode`, `stripe-derive`, `whole-decode`, `whole-serde-json`, `bybit-decode`,
//! `bybit-serde-json`; with `--features sonic` (where `decode` runs on sonic-rs) also
//! `owned-sonic-rs` and `borrowed-sonic-rs`.

use kaiko_errors::{decode, ErrorCode};
use kaiko_errors_tests::apis::{BinanceError, BybitError, StripeError};
use kaiko_errors_tests::{
    bybit_page, trades_page, whole_body_page, BybitList, Trade, TradeRef, BINANCE_ERROR_BODY,
    RATE_LIMIT_BODY, STRIPE_ERROR_BODY,
};
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

#[derive(Deserialize)]
#[allow(dead_code)] // Read only by the deserializer.
struct BinanceDerived {
    code: i64,
    msg: String,
}

#[derive(Deserialize)]
#[allow(dead_code)] // Read only by the deserializer.
struct StripeInner {
    code: String,
    message: String,
}

#[derive(Deserialize)]
#[allow(dead_code)] // Read only by the deserializer.
struct StripeDerived {
    error: StripeInner,
}

fn repeat(runs: usize, mut once: impl FnMut()) {
    (0..runs).for_each(|_| once());
}

/// A small body at each of the eight offsets within a machine word: the UTF-8 check of
/// a short string costs more or less by where the string starts (std's `from_utf8` reads
/// words from the first aligned byte on), so an error body's count would move with the
/// binary's layout, a few percent either way between two builds of the same code.
struct AtEveryOffset {
    /// Each buffer with where its copy of the body starts.
    copies: Vec<(Vec<u8>, usize)>,
    len: usize,
}

impl AtEveryOffset {
    fn new(body: &str) -> Self {
        let copies = (0..8)
            .map(|offset| {
                let mut buffer = vec![0; body.len() + 16];
                let start = buffer.as_ptr().align_offset(8) + offset;
                buffer[start..start + body.len()].copy_from_slice(body.as_bytes());
                (buffer, start)
            })
            .collect();
        AtEveryOffset {
            copies,
            len: body.len(),
        }
    }

    /// `once` on each copy in turn, `runs` times in all.
    fn repeat(&self, runs: usize, mut once: impl FnMut(&[u8])) {
        for run in 0..runs {
            let (buffer, start) = &self.copies[run % 8];
            once(black_box(&buffer[*start..*start + self.len]));
        }
    }
}

/// The workloads of other envelopes; `false` for a mode that is not one of them.
fn other_envelopes(mode: &str) -> bool {
    let whole = whole_body_page(10_000);
    let (bybit, bybit_data) = bybit_page(10_000);
    let binance = AtEveryOffset::new(BINANCE_ERROR_BODY);
    let stripe = AtEveryOffset::new(STRIPE_ERROR_BODY);
    match mode {
        "binance-decode" => binance.repeat(ERROR_RUNS, |body| {
            drop(black_box(BinanceError::decode::<Vec<Trade>>(400, body)));
        }),
        "binance-derive" => binance.repeat(ERROR_RUNS, |body| {
            drop(black_box(serde_json::from_slice::<BinanceDerived>(body)));
        }),
        "stripe-decode" => stripe.repeat(ERROR_RUNS, |body| {
            drop(black_box(StripeError::decode::<serde::de::IgnoredAny>(
                402, body,
            )));
        }),
        "stripe-derive" => stripe.repeat(ERROR_RUNS, |body| {
            drop(black_box(serde_json::from_slice::<StripeDerived>(body)));
        }),
        "whole-decode" => repeat(PAGE_RUNS, || {
            drop(black_box(BinanceError::decode::<Vec<Trade>>(
                200,
                black_box(whole.as_bytes()),
            )));
        }),
        "whole-serde-json" => repeat(PAGE_RUNS, || {
            drop(black_box(serde_json::from_slice::<Vec<Trade>>(black_box(
                whole.as_bytes(),
            ))));
        }),
        "bybit-decode" => repeat(PAGE_RUNS, || {
            drop(black_box(BybitError::decode::<BybitList<Trade>>(
                200,
                black_box(bybit.as_bytes()),
            )));
        }),
        "bybit-serde-json" => repeat(PAGE_RUNS, || {
            drop(black_box(serde_json::from_slice::<BybitList<Trade>>(
                black_box(&bybit.as_bytes()[bybit_data.clone()]),
            )));
        }),
        _ => return false,
    }
    true
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let (page, data) = trades_page(10_000);
    let body = page.as_bytes();
    let data_only = &body[data];
    let error = AtEveryOffset::new(RATE_LIMIT_BODY);
    if other_envelopes(&mode) {
        return;
    }
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
        "error-decode" => error.repeat(ERROR_RUNS, |body| {
            drop(black_box(decode::<ErrorCode, Vec<Trade>>(429, body)))
        }),
        "error-derive" => error.repeat(ERROR_RUNS, |body| {
            drop(black_box(serde_json::from_slice::<HandWritten>(body)))
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
