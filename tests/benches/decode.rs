//! `cargo bench -p kaiko-errors-tests --bench decode`
//! `cargo bench -p kaiko-errors-tests --features sonic --bench decode -- success`
//! (with `sonic`, `decode` runs on sonic-rs, and sonic-rs's own `from_slice` of the data
//! alone joins the baselines)
//!
//! Each group holds the measured code and its baseline, run in the same process, so the
//! figures to quote are the ratios (see BENCHMARKS.md); throughput is for context.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kaiko_errors::{decode, ErrorCode};
use kaiko_errors_tests::{trades_page, Trade, TradeRef, RATE_LIMIT_BODY};
use serde::Deserialize;
use std::hint::black_box;

/// A 1 MB page of trades, decoded by `decode` against `serde_json::from_slice` of the
/// `data` array alone (sliced out beforehand) into the same type.
fn success_page(c: &mut Criterion) {
    let (page, data) = trades_page(10_000);
    let body = page.as_bytes();
    let data_only = &body[data];
    // Grow the heap to its steady state first: otherwise whichever function is measured
    // first pays for it (seen here as a 13% swing with the order of the two).
    for _ in 0..50 {
        drop(black_box(serde_json::from_slice::<Vec<Trade>>(data_only)));
        drop(black_box(decode::<ErrorCode, Vec<Trade>>(200, body)));
    }
    let mut group = c.benchmark_group("success page 1 MB");
    group.throughput(Throughput::Bytes(body.len() as u64));
    // Baseline and decode alternate twice (A B A B): on a shared machine the speed drifts
    // between measurements, and a single pair can be off by 10% either way.
    for round in ["", " (again)"] {
        group.bench_function(
            BenchmarkId::new("owned", format!("serde_json data only{round}")),
            |b| b.iter(|| serde_json::from_slice::<Vec<Trade>>(black_box(data_only)).unwrap()),
        );
        #[cfg(feature = "sonic")]
        group.bench_function(
            BenchmarkId::new("owned", format!("sonic-rs data only{round}")),
            |b| b.iter(|| sonic_rs::from_slice::<Vec<Trade>>(black_box(data_only)).unwrap()),
        );
        group.bench_function(BenchmarkId::new("owned", format!("decode{round}")), |b| {
            b.iter(|| decode::<ErrorCode, Vec<Trade>>(200, black_box(body)).unwrap())
        });
        group.bench_function(
            BenchmarkId::new("borrowed", format!("serde_json data only{round}")),
            |b| {
                b.iter(|| {
                    serde_json::from_slice::<Vec<TradeRef<'_>>>(black_box(data_only)).unwrap()
                })
            },
        );
        #[cfg(feature = "sonic")]
        group.bench_function(
            BenchmarkId::new("borrowed", format!("sonic-rs data only{round}")),
            |b| b.iter(|| sonic_rs::from_slice::<Vec<TradeRef<'_>>>(black_box(data_only)).unwrap()),
        );
        group.bench_function(
            BenchmarkId::new("borrowed", format!("decode{round}")),
            |b| b.iter(|| decode::<ErrorCode, Vec<TradeRef<'_>>>(200, black_box(body)).unwrap()),
        );
    }
    group.finish();
}

/// Kaiko's 429 body, against a hand-written derive of the two fields a client reads.
fn error_body(c: &mut Criterion) {
    #[derive(Deserialize)]
    #[allow(dead_code)] // Read only by the deserializer.
    struct HandWritten {
        result: String,
        message: String,
    }
    let body = RATE_LIMIT_BODY.as_bytes();
    let mut group = c.benchmark_group("error body 429");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("hand-written derive", |b| {
        b.iter(|| serde_json::from_slice::<HandWritten>(black_box(body)).unwrap())
    });
    group.bench_function("decode", |b| {
        b.iter(|| decode::<ErrorCode, Vec<Trade>>(black_box(429), black_box(body)).unwrap_err())
    });
    group.finish();
}

/// Kaiko's table written out by hand, as a client would without the attribute.
#[inline(never)]
fn hand_written_from_status(status: u16) -> Option<ErrorCode> {
    match status {
        400 => Some(ErrorCode::BadRequest),
        401 => Some(ErrorCode::Unauthorized),
        403 => Some(ErrorCode::Forbidden),
        404 => Some(ErrorCode::NotFound),
        405 => Some(ErrorCode::MethodNotAllowed),
        406 => Some(ErrorCode::NotAcceptable),
        429 => Some(ErrorCode::RateLimitReached),
        500 => Some(ErrorCode::InternalServerError),
        503 => Some(ErrorCode::ServiceUnavailable),
        _ => None,
    }
}

#[inline(never)]
fn generated_from_status(status: u16) -> Option<ErrorCode> {
    ErrorCode::from_status(status)
}

/// `from_status` over every code 100..=599, against the hand-written `match`.
fn status_lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("status lookup 100..=599");
    group.throughput(Throughput::Elements(500));
    group.bench_function("from_status", |b| {
        b.iter(|| {
            (100..=599u16)
                .filter(|&s| generated_from_status(black_box(s)).is_some())
                .count()
        })
    });
    group.bench_function("hand-written match", |b| {
        b.iter(|| {
            (100..=599u16)
                .filter(|&s| hand_written_from_status(black_box(s)).is_some())
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, success_page, error_body, status_lookup);
criterion_main!(benches);
