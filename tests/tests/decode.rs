//! The envelope decoder, on the response shapes Kaiko sends.

use kaiko_errors::{decode, ApiError, ErrorCode, Page};
use kaiko_errors_tests::{Trade, TradeRef};
use serde::Deserialize;
use std::error::Error as _;

const TRADES_PAGE: &str = r#"{
  "query": {"exchange": "cbse", "instrument_class": "spot", "instrument": "btc-usd",
            "page_size": 100, "start_time": "2026-11-24T00:00:00.000Z", "data_version": "v1"},
  "time": "2026-11-24T10:00:00.123Z",
  "timestamp": 1764000000123,
  "data": [
    {"timestamp": 1764000000000, "trade_id": "611457389", "price": "97123.45",
     "amount": "0.0123", "taker_side_sell": true},
    {"timestamp": 1764000000500, "trade_id": "611457390", "price": "97123.50",
     "amount": "0.5", "taker_side_sell": false}
  ],
  "result": "success",
  "continuation_token": "3jdP1Wv3kq8bZx",
  "next_url": "https://us.market-api.kaiko.io/v2/data/trades.v1/exchanges/cbse/spot/btc-usd/trades?continuation_token=3jdP1Wv3kq8bZx",
  "access": {"access_range": {"start_timestamp": null, "end_timestamp": null},
             "data_range": {"start_timestamp": null, "end_timestamp": null}}
}"#;

fn decode_trades(status: u16, body: &str) -> Result<Page<Vec<TradeRef<'_>>>, ApiError<ErrorCode>> {
    decode::<ErrorCode, Vec<TradeRef<'_>>>(status, body.as_bytes())
}

#[track_caller]
fn server_error(status: u16, body: &str) -> ApiError<ErrorCode> {
    let error = decode_trades(status, body).unwrap_err();
    assert!(!error.is_decode(), "{status} {body}: {error}");
    assert_eq!(error.status(), status);
    assert_eq!(error.code(), ErrorCode::from_status(status));
    error
}

#[track_caller]
fn decode_error(status: u16, body: &str) -> ApiError<ErrorCode> {
    let error = decode_trades(status, body).unwrap_err();
    assert!(error.is_decode(), "{status} {body}: {error}");
    assert_eq!(error.status(), status);
    assert_eq!(error.message(), None);
    let source = error
        .source()
        .expect("a decode error has serde_json's error as source");
    assert!(source.is::<kaiko_errors::JsonError>());
    error
}

#[test]
fn success_page_borrows_records_with_result_after_data() {
    let page = decode_trades(200, TRADES_PAGE).unwrap();
    assert_eq!(page.data.len(), 2);
    assert_eq!(
        page.data[0],
        TradeRef {
            timestamp: 1764000000000,
            trade_id: "611457389",
            price: "97123.45",
            amount: "0.0123",
            taker_side_sell: true
        }
    );
    assert_eq!(page.continuation_token.as_deref(), Some("3jdP1Wv3kq8bZx"));
    assert!(page
        .next_url
        .unwrap()
        .ends_with("continuation_token=3jdP1Wv3kq8bZx"));
}

#[test]
fn success_page_into_owned_records_and_other_types() {
    let page = ErrorCode::decode::<Vec<Trade>>(200, TRADES_PAGE.as_bytes()).unwrap();
    assert_eq!(page.data[1].amount, "0.5");
    let page = ErrorCode::decode::<serde_json::Value>(200, TRADES_PAGE.as_bytes()).unwrap();
    assert_eq!(page.data[1]["trade_id"], "611457390");
    let page = ErrorCode::decode::<serde::de::IgnoredAny>(201, TRADES_PAGE.as_bytes()).unwrap();
    assert_eq!(page.continuation_token.as_deref(), Some("3jdP1Wv3kq8bZx"));
}

#[test]
fn reference_data_without_pagination() {
    let page = decode_trades(200, r#"{"result": "success", "data": []}"#).unwrap();
    assert_eq!(
        page,
        Page {
            data: vec![],
            continuation_token: None,
            next_url: None
        }
    );
    let page = decode_trades(
        200,
        r#"{"data": [], "result": "success", "continuation_token": null}"#,
    )
    .unwrap();
    assert_eq!(page.continuation_token, None);
}

#[test]
fn data_of_any_shape_reaches_t() {
    #[derive(Debug, Deserialize, PartialEq)]
    struct Wrapped(Vec<u32>);
    #[derive(Debug, Deserialize, PartialEq)]
    struct Summary<'a> {
        name: &'a str,
    }
    #[derive(Debug, Deserialize, PartialEq)]
    enum Shape {
        Square(u32),
    }
    let data = |body: &'static str| body.as_bytes();
    assert_eq!(
        decode::<ErrorCode, Wrapped>(200, data(r#"{"data":[1,2],"result":"success"}"#))
            .unwrap()
            .data,
        Wrapped(vec![1, 2])
    );
    assert_eq!(
        decode::<ErrorCode, Option<Vec<u8>>>(200, data(r#"{"data":[1],"result":"success"}"#))
            .unwrap()
            .data,
        Some(vec![1])
    );
    assert_eq!(
        decode::<ErrorCode, Option<Vec<u8>>>(200, data(r#"{"data":null,"result":"success"}"#))
            .unwrap()
            .data,
        None
    );
    assert_eq!(
        decode::<ErrorCode, Summary<'_>>(
            200,
            data(r#"{"result":"success","data":{"name":"btc","x":[1]}}"#)
        )
        .unwrap()
        .data,
        Summary { name: "btc" }
    );
    assert_eq!(
        decode::<ErrorCode, Option<Summary<'_>>>(
            200,
            data(r#"{"result":"success","data":{"name":"btc"}}"#)
        )
        .unwrap()
        .data,
        Some(Summary { name: "btc" })
    );
    assert_eq!(
        decode::<ErrorCode, Shape>(200, data(r#"{"result":"success","data":{"Square":3}}"#))
            .unwrap()
            .data,
        Shape::Square(3)
    );
    assert_eq!(
        decode::<ErrorCode, u64>(200, data(r#"{"result":"success","data":42}"#))
            .unwrap()
            .data,
        42
    );
    assert_eq!(
        decode::<ErrorCode, &str>(200, data(r#"{"result":"success","data":"x"}"#))
            .unwrap()
            .data,
        "x"
    );
    assert_eq!(
        decode::<ErrorCode, String>(200, data(r#"{"result":"success","data":""}"#))
            .unwrap()
            .data,
        ""
    );
    assert_eq!(
        decode::<ErrorCode, String>(200, data(r#"{"result":"success","data":"a\nb"}"#))
            .unwrap()
            .data,
        "a\nb"
    );
    assert!(
        decode::<ErrorCode, bool>(200, data(r#"{"result":"success","data":true}"#))
            .unwrap()
            .data
    );
    assert_eq!(
        decode::<ErrorCode, f64>(200, data(r#"{"result":"success","data":-1.5}"#))
            .unwrap()
            .data,
        -1.5
    );
    assert_eq!(
        decode::<ErrorCode, i8>(200, data(r#"{"result":"success","data":-3}"#))
            .unwrap()
            .data,
        -3
    );
    assert_eq!(
        decode::<ErrorCode, ()>(200, data(r#"{"result":"success","data":null}"#))
            .unwrap()
            .data,
        ()
    );
}

#[test]
fn unknown_fields_of_any_shape_are_skipped() {
    let body = r#"{"x":{"a":[1,{"b":null}]},"data":[],"y":"z","result":"success","params":{},"n":-1.5e10,"t":true}"#;
    assert!(decode_trades(200, body).unwrap().data.is_empty());
}

#[test]
fn every_documented_error_body_gives_its_code_and_message() {
    for &code in ErrorCode::ALL {
        let body = format!(
            r#"{{"result": "error", "message": "{} -- the detail.", "data": "", "params": {{}}}}"#,
            code.reason()
        );
        let error = server_error(code.status(), &body);
        assert_eq!(error.code(), Some(code));
        assert_eq!(
            error.message(),
            Some(format!("{} -- the detail.", code.reason()).as_str())
        );
    }
}

#[test]
fn error_body_with_data_before_result() {
    let error = server_error(
        429,
        r#"{"data":"","result":"error","message":"Rate limit reached -- 6000 per minute.","params":{}}"#,
    );
    assert_eq!(error.code(), Some(ErrorCode::RateLimitReached));
    assert_eq!(
        error.message(),
        Some("Rate limit reached -- 6000 per minute.")
    );
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "HTTP 429 Rate limit reached: Rate limit reached -- 6000 per minute."
    );
}

#[test]
fn result_error_at_2xx_is_the_error_whatever_data_holds() {
    for data in [r#""""#, "null", "\"\"", "0"] {
        for body in [
            format!(r#"{{"data":{data},"result":"error","message":"Symbol Required"}}"#),
            format!(r#"{{"result":"error","data":{data},"message":"Symbol Required"}}"#),
        ] {
            let error = server_error(200, &body);
            assert_eq!(error.code(), None);
            assert_eq!(error.message(), Some("Symbol Required"));
        }
    }
    let error = server_error(200, r#"{"result":"error"}"#);
    assert_eq!(error.message(), None);
    assert_eq!(error.to_string(), "HTTP 200");
}

#[test]
fn a_message_that_is_not_a_string_is_no_message() {
    for message in ["null", "42", "true", "[\"a\"]", "{\"text\":\"a\"}"] {
        let body = format!(r#"{{"result":"error","message":{message},"data":""}}"#);
        assert_eq!(server_error(400, &body).message(), None, "{message}");
        assert_eq!(server_error(200, &body).message(), None, "{message}");
    }
    let error = server_error(400, r#"{"result":"error","message":"a \"quoted\" \u00e9"}"#);
    assert_eq!(error.message(), Some("a \"quoted\" é"));
}

#[test]
fn non_2xx_is_never_ok() {
    for status in [
        100, 199, 300, 302, 400, 404, 429, 500, 503, 599, 600, 0, 65535,
    ] {
        let error = server_error(status, TRADES_PAGE);
        assert_eq!(error.message(), None);
        let with_message = r#"{"data":[],"result":"success","message":"odd"}"#;
        assert_eq!(server_error(status, with_message).message(), Some("odd"));
    }
}

#[test]
fn non_2xx_without_an_envelope_is_the_status() {
    for body in [
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        "",
        "   ",
        r#"{"result":"error","message":"cut"#,
        "[1,2]",
        "\"text\"",
        "null",
        r#"{"result":"error"} trailing"#,
        "\u{feff}{\"result\":\"error\",\"message\":\"m\"}",
    ] {
        for status in [400, 429, 500, 502, 503, 504] {
            let error = server_error(status, body);
            assert_eq!(error.message(), None, "{status} {body}");
        }
    }
    let error = server_error(502, "<html>Bad Gateway</html>");
    assert_eq!(error.code(), None);
    assert!(error.is_retryable());
    assert_eq!(error.to_string(), "HTTP 502 (not in the error table)");
    assert_eq!(
        server_error(503, "").to_string(),
        "HTTP 503 Service Unavailable"
    );
}

#[test]
fn undocumented_status_keeps_the_message() {
    let error = server_error(502, r#"{"result":"error","message":"Bad Gateway"}"#);
    assert_eq!(
        (error.status(), error.code(), error.message()),
        (502, None, Some("Bad Gateway"))
    );
    let error = server_error(
        504,
        r#"{"result":"error","message":"Gateway Timeout","data":null}"#,
    );
    assert_eq!(error.code(), None);
    assert_eq!(error.message(), Some("Gateway Timeout"));
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "HTTP 504 (not in the error table): Gateway Timeout"
    );
}

#[test]
fn bad_2xx_bodies_are_decode_errors() {
    for body in [
        "",
        "<html>ok</html>",
        r#"{"data":[],"result":"success""#,
        r#"{"data":[]}"#,
        r#"{"data":[],"result":"Success"}"#,
        r#"{"data":[],"result":" success"}"#,
        r#"{"data":[],"result":"ok"}"#,
        r#"{"data":[],"result":null}"#,
        r#"{"data":[],"result":1}"#,
        r#"{"result":"success"}"#,
        r#"{"result":"success","data":""}"#,
        r#"{"result":"success","data":null}"#,
        r#"{"result":"success","data":{"a":1}}"#,
        r#"{"result":"success","data":[{"timestamp":"x"}]}"#,
        r#"{"result":"success","data":[1]}"#,
        r#"{"result":"success","data":[]} []"#,
        r#"{"result":"success","data":[],"continuation_token":5}"#,
        r#"{"result":"success","result":"success","data":[]}"#,
        r#"{"result":"success","data":[],"data":[]}"#,
        "[]",
        "\u{feff}{\"result\":\"success\",\"data\":[]}",
    ] {
        decode_error(200, body);
    }
}

#[test]
fn decode_errors_say_where_and_why() {
    let error = decode_error(
        200,
        "{\"result\":\"success\",\n\"data\":[{\"timestamp\":\"x\"}]}",
    );
    let source = error
        .source()
        .unwrap()
        .downcast_ref::<kaiko_errors::JsonError>()
        .unwrap();
    assert_eq!(source.line(), 2);
    assert!(source.column() > 0);
    assert!(
        error
            .to_string()
            .starts_with("HTTP 200: the body is not a valid response: invalid type"),
        "{error}"
    );
    let error = decode_error(200, r#"{"data":[]}"#);
    assert!(
        error.to_string().contains("missing field `result`"),
        "{error}"
    );
    let error = decode_error(200, r#"{"result":"success"}"#);
    assert!(
        error.to_string().contains("missing field `data`"),
        "{error}"
    );
    let error = decode_error(200, r#"{"data":"","result":"success"}"#);
    assert!(
        error.to_string().contains("`data`: invalid type: string"),
        "{error}"
    );
}

#[test]
fn borrowed_str_data_needs_an_unescaped_string() {
    let error =
        decode::<ErrorCode, &str>(200, br#"{"result":"success","data":"a\nb"}"#).unwrap_err();
    assert!(error.is_decode());
}

#[test]
fn deep_nesting_never_overflows_the_stack() {
    let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let nested = deep(100_000);
    let decode_as =
        |status: u16, body: &str| decode::<ErrorCode, serde_json::Value>(status, body.as_bytes());

    // In `data`, the nesting reaches serde_json's recursion limit: a decode error.
    let in_data = format!(r#"{{"data":{nested},"result":"success"}}"#);
    let error = decode_as(200, &in_data).unwrap_err();
    assert!(error.is_decode());
    // serde_json: "recursion limit exceeded"; sonic-rs: "Encountered nesting of JSON maps
    // and arrays more than 255".
    let text = error.to_string();
    assert!(
        text.contains("recursion limit") || text.contains("nesting of JSON maps and arrays"),
        "{}",
        text.chars().take(200).collect::<String>()
    );
    // Where `T` itself skips the nesting (`IgnoredAny`, an unknown field of a record) or
    // reports it as the wrong type, the JSON library does the skipping. serde_json does it
    // without recursing; sonic-rs 0.5 recurses once per level and overflows the stack, which
    // no caller can turn into an error: see the crate docs of the `sonic` feature.
    #[cfg(not(feature = "sonic"))]
    {
        let ignored = decode::<ErrorCode, serde::de::IgnoredAny>(200, in_data.as_bytes());
        assert!(ignored.is_ok(), "IgnoredAny skips without recursing");
        assert!(decode_trades(200, &in_data).unwrap_err().is_decode());
    }

    // Elsewhere it is skipped like any other value that does not matter.
    let in_message = format!(r#"{{"result":"error","message":{nested}}}"#);
    assert_eq!(decode_as(200, &in_message).unwrap_err().message(), None);
    let in_other = format!(r#"{{"other":{nested},"result":"success","data":[]}}"#);
    // serde_json skips any depth without recursing; with sonic-rs the skip goes through
    // its recursion limit (255 levels) instead, so the body is a decode error.
    let outcome = decode_as(200, &in_other);
    if cfg!(feature = "sonic") {
        assert!(outcome.unwrap_err().is_decode());
    } else {
        assert!(outcome.is_ok());
    }
    let in_result = format!(r#"{{"result":{nested},"data":[]}}"#);
    assert!(decode_as(200, &in_result).unwrap_err().is_decode());
    assert!(decode_as(200, &nested).unwrap_err().is_decode());

    // Under an error status the status is the answer, whatever the nesting.
    for body in [&in_data, &in_message, &in_other, &in_result, &nested] {
        let error = decode_as(503, body).unwrap_err();
        assert!(!error.is_decode());
        assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
    }
}
