//! Allocations of `decode`, counted by a counting global allocator (deterministic, so a
//! test rather than a benchmark). One test function: the counter is process-wide.

use kaiko_errors::{decode, ErrorCode};
use kaiko_errors_tests::{parse_data_only, trades_page, Trade, TradeRef, RATE_LIMIT_BODY};

fn allocations(f: impl FnOnce()) -> u64 {
    allocation_counter::measure(f).count_total
}

#[test]
fn decode_allocates_what_t_allocates_plus_the_pagination_strings() {
    let (page, data) = trades_page(1_000);
    let body = page.as_bytes();
    let data_only = &body[data];

    // Success, owned records: T's allocations (by the same JSON library) (the Vec and three strings a record) + 2.
    let t_alone = allocations(|| drop(parse_data_only::<Vec<Trade>>(data_only).unwrap()));
    let decoded = allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(200, body).unwrap()));
    assert!(t_alone > 3_000, "{t_alone}");
    assert_eq!(decoded, t_alone + 2);

    // Success, borrowed records: only the Vec (and its growth) + 2.
    let t_alone = allocations(|| drop(parse_data_only::<Vec<TradeRef<'_>>>(data_only).unwrap()));
    let decoded = allocations(|| drop(decode::<ErrorCode, Vec<TradeRef<'_>>>(200, body).unwrap()));
    assert_eq!(decoded, t_alone + 2);

    // Without pagination fields: exactly T's.
    let body = br#"{"data":[],"result":"success"}"#;
    assert_eq!(
        allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(200, body).unwrap())),
        0
    );

    // Errors: one allocation, the kept body with the message inside it.
    let error = allocations(|| {
        drop(decode::<ErrorCode, Vec<Trade>>(429, RATE_LIMIT_BODY.as_bytes()).unwrap_err())
    });
    assert_eq!(error, 1);
    let body = br#"{"data":"","result":"error","message":"Symbol Required","params":{"a":[1,2]}}"#;
    assert_eq!(
        allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(200, body).unwrap_err())),
        1
    );
    // Under an error status the other keys are skipped by serde_json's own scan, which
    // keeps one buffer for values nested two levels deep: one more allocation then.
    let body = br#"{"result":"error","message":"m","data":"","params":{"symbols":["a"]}}"#;
    let nested = allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(400, body).unwrap_err()));
    assert_eq!(nested, if cfg!(feature = "sonic") { 1 } else { 2 });
    // A message with escape sequences is unescaped by serde_json into its own scratch
    // buffer first (growing it once or twice), then into its own string, which is copied
    // after the kept body (the one buffer of the error).
    let body = br#"{"result":"error","message":"escaped \"quote\"","data":null}"#;
    let escaped = allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(400, body).unwrap_err()));
    assert!((2..=4).contains(&escaped), "{escaped}");
    // A proxy's page: the kept body, one allocation (it cost none before `body()`).
    let body = b"<html><body>502 Bad Gateway</body></html>";
    assert_eq!(
        allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(502, body).unwrap_err())),
        1
    );
    // An empty body keeps nothing.
    assert_eq!(
        allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(502, b"").unwrap_err())),
        0
    );
    // A cut-off envelope: what allocates is the JSON library building its error, dropped
    // (sonic-rs's error also formats a snippet of the input around the error).
    let body = br#"{"result":"error","message":"cut"#;
    let cut = allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(504, body).unwrap_err()));
    assert!(cut <= if cfg!(feature = "sonic") { 17 } else { 3 }, "{cut}");
    // An error without a message: the kept body (none before `body()`).
    let body = br#"{"result":"error","data":""}"#;
    assert_eq!(
        allocations(|| drop(decode::<ErrorCode, Vec<Trade>>(503, body).unwrap_err())),
        1
    );
}

#[test]
fn other_envelopes_allocate_what_t_allocates_and_the_error_strings() {
    use kaiko_errors_tests::apis::{BinanceError, BybitError, StripeError};
    use kaiko_errors_tests::{
        bybit_page, whole_body_page, BybitList, BINANCE_ERROR_BODY, STRIPE_ERROR_BODY,
    };

    // The whole body is the data (`data = ""`): exactly T's allocations.
    let page = whole_body_page(1_000);
    let body = page.as_bytes();
    let t_alone = allocations(|| drop(parse_data_only::<Vec<Trade>>(body).unwrap()));
    let decoded = allocations(|| drop(BinanceError::decode::<Vec<Trade>>(200, body).unwrap()));
    assert!(t_alone > 3_000, "{t_alone}");
    assert_eq!(decoded, t_alone);

    // Bybit's page with `retCode` after `result`: exactly T's.
    let (page, data) = bybit_page(1_000);
    let body = page.as_bytes();
    let t_alone =
        allocations(|| drop(parse_data_only::<BybitList<Trade>>(&body[data.clone()]).unwrap()));
    let decoded = allocations(|| drop(BybitError::decode::<BybitList<Trade>>(200, body).unwrap()));
    assert_eq!(decoded, t_alone);

    // Binance's error body: the kept body, the message inside it. An integer code costs
    // nothing.
    let body = BINANCE_ERROR_BODY.as_bytes();
    assert_eq!(
        allocations(|| drop(BinanceError::decode::<Vec<Trade>>(400, body).unwrap_err())),
        1
    );
    // The same body under a 2xx, where the whole body went to `T` first: `T` failed, and
    // building that failure is serde_json's (its error, boxed, and its message: 4 here),
    // then the second reading of the failure path keeps the body with the message.
    let under_2xx =
        allocations(|| drop(BinanceError::decode::<Vec<Trade>>(200, body).unwrap_err()));
    if cfg!(feature = "sonic") {
        assert!(under_2xx >= 1, "{under_2xx}");
    } else {
        assert_eq!(under_2xx, 5);
    }
    // Stripe's nested error body: the code as sent (a string) and the kept body with the
    // message inside it.
    let body = STRIPE_ERROR_BODY.as_bytes();
    assert_eq!(
        allocations(|| drop(StripeError::decode::<Vec<Trade>>(402, body).unwrap_err())),
        2
    );
}
