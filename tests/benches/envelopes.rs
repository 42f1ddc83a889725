//! `cargo bench -p kaiko-errors-tests --bench envelopes`
//!
//! The envelopes of other APIs (`kaiko_errors_tests::apis`), each against the serde derive
//! a client would write for the same body, measured A B A B in the same process: the
//! figures to quote are the ratios (see BENCHMARKS.md).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kaiko_errors_tests::apis::{BinanceError, BybitError, StripeError};
use kaiko_errors_tests::{
    bybit_page, whole_body_page, BybitList, Trade, BINANCE_ERROR_BODY, STRIPE_ERROR_BODY,
};
use serde::Deserialize;
use std::hint::black_box;

const ROUNDS: [&str; 2] = ["", " (again)"];

/// Binance's 400 body against `struct { code: i64, msg: String }`.
fn binance_error_body(c: &mut Criterion) {
    #[derive(Deserialize)]
    #[allow(dead_code)] // Read only by the deserializer.
    struct Derived {
        code: i64,
        msg: String,
    }
    let body = BINANCE_ERROR_BODY.as_bytes();
    let mut group = c.benchmark_group("binance error body");
    for round in ROUNDS {
        group.bench_function(BenchmarkId::new("derive", round), |b| {
            b.iter(|| serde_json::from_slice::<Derived>(black_box(body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("decode", round), |b| {
            b.iter(|| {
                BinanceError::decode::<Vec<Trade>>(black_box(400), black_box(body)).unwrap_err()
            })
        });
    }
    group.finish();
}

/// Stripe's nested 402 body against `struct { error: struct { code: String, message: String } }`.
fn stripe_error_body(c: &mut Criterion) {
    #[derive(Deserialize)]
    #[allow(dead_code)] // Read only by the deserializer.
    struct Inner {
        code: String,
        message: String,
    }
    #[derive(Deserialize)]
    #[allow(dead_code)] // Read only by the deserializer.
    struct Derived {
        error: Inner,
    }
    let body = STRIPE_ERROR_BODY.as_bytes();
    let mut group = c.benchmark_group("stripe error body");
    for round in ROUNDS {
        group.bench_function(BenchmarkId::new("derive", round), |b| {
            b.iter(|| serde_json::from_slice::<Derived>(black_box(body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("decode", round), |b| {
            b.iter(|| {
                StripeError::decode::<serde::de::IgnoredAny>(black_box(402), black_box(body))
                    .unwrap_err()
            })
        });
    }
    group.finish();
}

/// A 1 MB array that is the whole body (`data = ""`) against `from_slice` of it.
fn whole_body(c: &mut Criterion) {
    let page = whole_body_page(10_000);
    let body = page.as_bytes();
    for _ in 0..50 {
        drop(black_box(serde_json::from_slice::<Vec<Trade>>(body)));
        drop(black_box(BinanceError::decode::<Vec<Trade>>(200, body)));
    }
    let mut group = c.benchmark_group("whole body 1 MB");
    group.throughput(Throughput::Bytes(body.len() as u64));
    for round in ROUNDS {
        group.bench_function(BenchmarkId::new("serde_json", round), |b| {
            b.iter(|| serde_json::from_slice::<Vec<Trade>>(black_box(body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("decode", round), |b| {
            b.iter(|| BinanceError::decode::<Vec<Trade>>(200, black_box(body)).unwrap())
        });
    }
    group.finish();
}

/// A 1 MB Bybit page, `retCode` after `result`, against `from_slice` of `result` alone.
fn bybit_page_after(c: &mut Criterion) {
    let (page, data) = bybit_page(10_000);
    let body = page.as_bytes();
    let data_only = &body[data];
    for _ in 0..50 {
        drop(black_box(serde_json::from_slice::<BybitList<Trade>>(
            data_only,
        )));
        drop(black_box(BybitError::decode::<BybitList<Trade>>(200, body)));
    }
    let mut group = c.benchmark_group("bybit page 1 MB");
    group.throughput(Throughput::Bytes(body.len() as u64));
    for round in ROUNDS {
        group.bench_function(BenchmarkId::new("serde_json data only", round), |b| {
            b.iter(|| serde_json::from_slice::<BybitList<Trade>>(black_box(data_only)).unwrap())
        });
        group.bench_function(BenchmarkId::new("decode", round), |b| {
            b.iter(|| BybitError::decode::<BybitList<Trade>>(200, black_box(body)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    binance_error_body,
    stripe_error_body,
    whole_body,
    bybit_page_after
);
criterion_main!(benches);
