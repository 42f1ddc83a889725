//! Bodies built to hurt: each is a typed error (or, where the body is still a valid
//! envelope, the right answer), never a panic. More shapes are in `decode.rs`
//! (`bad_2xx_bodies_are_decode_errors`, `non_2xx_without_an_envelope_is_the_status`,
//! `deep_nesting_never_overflows_the_stack`).

use kaiko_errors::{decode, ApiError, ErrorCode};
use kaiko_errors_tests::{Trade, TradeRef};

fn owned(status: u16, body: &[u8]) -> Result<Vec<Trade>, ApiError<ErrorCode>> {
    decode::<ErrorCode, Vec<Trade>>(status, body).map(|page| page.data)
}

#[test]
fn a_100_mb_data_string() {
    let big = "x".repeat(100 * 1024 * 1024);
    let body = format!(r#"{{"data":"{big}","result":"success"}}"#);
    let page = decode::<ErrorCode, &str>(200, body.as_bytes()).unwrap();
    assert_eq!(page.data.len(), big.len());
    assert!(
        std::ptr::eq(page.data.as_bytes().as_ptr(), body.as_bytes()[9..].as_ptr()),
        "borrowed, not copied"
    );
    // Not a T: a decode error, not an allocation of the string.
    assert!(owned(200, body.as_bytes()).unwrap_err().is_decode());
    // Under an error status it is skipped.
    let error = owned(503, body.as_bytes()).unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
    assert_eq!(error.message(), None);
    // A 100 MB message is kept whole.
    let body = format!(r#"{{"result":"error","message":"{big}"}}"#);
    assert_eq!(
        owned(429, body.as_bytes())
            .unwrap_err()
            .message()
            .map(str::len),
        Some(big.len())
    );
}

#[test]
fn numbers_out_of_range_for_t() {
    for timestamp in ["-1", "18446744073709551616", "1e30", "1.5", "NaN", "\"1\""] {
        let body = format!(
            r#"{{"data":[{{"timestamp":{timestamp},"trade_id":"1","price":"1","amount":"1","taker_side_sell":true}}],"result":"success"}}"#
        );
        let error = owned(200, body.as_bytes()).unwrap_err();
        assert!(error.is_decode(), "{timestamp}");
        assert!(!owned(400, body.as_bytes()).unwrap_err().is_decode());
    }
    for data in ["300", "-1", "1e3", "255.5"] {
        let body = format!(r#"{{"data":{data},"result":"success"}}"#);
        assert!(
            decode::<ErrorCode, u8>(200, body.as_bytes())
                .unwrap_err()
                .is_decode(),
            "{data}"
        );
    }
    let body = br#"{"data":[256],"result":"success"}"#;
    assert!(decode::<ErrorCode, Vec<u8>>(200, body)
        .unwrap_err()
        .is_decode());
    let body = br#"{"data":1e400,"result":"success"}"#;
    assert!(decode::<ErrorCode, f64>(200, body).unwrap_err().is_decode());
}

/// Duplicate envelope keys under a 2xx make the body invalid (serde's own rule for
/// structs); under an error status the status is the answer and the last `message` wins.
#[test]
fn duplicate_result_and_data_keys() {
    for body in [
        r#"{"result":"success","data":[],"result":"success"}"#,
        r#"{"result":"error","data":[],"result":"success"}"#,
        r#"{"result":"success","data":[],"data":[]}"#,
        r#"{"data":"","data":[],"result":"success"}"#,
        r#"{"result":"error","message":"a","message":"b"}"#,
    ] {
        let error = owned(200, body.as_bytes()).unwrap_err();
        assert!(error.is_decode(), "{body}");
        assert!(error.to_string().contains("duplicate field"), "{error}");
    }
    let error = owned(
        400,
        br#"{"result":"error","message":"a","message":"b","result":"x"}"#,
    )
    .unwrap_err();
    assert_eq!(error.message(), Some("b"));
    assert!(!error.is_decode());
}

#[test]
fn result_with_odd_case_or_whitespace_is_not_success() {
    for result in [
        "Success",
        "SUCCESS",
        " success",
        "success ",
        "success\n",
        "succes",
        "\"success\"",
    ] {
        let body = format!(
            r#"{{"data":[],"result":{}}}"#,
            serde_json::to_string(result).unwrap()
        );
        let error = owned(200, body.as_bytes()).unwrap_err();
        assert!(error.is_decode(), "{result:?}");
        assert!(
            error
                .to_string()
                .contains("neither \"success\" nor \"error\""),
            "{error}"
        );
    }
    // An escaped spelling of the same string is the same string.
    assert!(owned(200, br#"{"data":[],"result":"\u0073uccess"}"#).is_ok());
}

#[test]
fn byte_order_mark_before_the_json() {
    let body = b"\xef\xbb\xbf{\"result\":\"success\",\"data\":[]}";
    assert!(owned(200, body).unwrap_err().is_decode());
    let body = b"\xef\xbb\xbf{\"result\":\"error\",\"message\":\"m\"}";
    let error = owned(429, body).unwrap_err();
    assert_eq!(
        (error.code(), error.message()),
        (Some(ErrorCode::RateLimitReached), None)
    );
}

#[test]
fn trailing_garbage_after_the_object() {
    for tail in [" x", "{}", "]", "\u{0}", ", {}", "\"\""] {
        let body = format!(r#"{{"result":"success","data":[]}}{tail}"#);
        assert!(
            owned(200, body.as_bytes()).unwrap_err().is_decode(),
            "{tail:?}"
        );
    }
    // Whitespace after the object is not garbage.
    assert!(owned(200, b"{\"result\":\"success\",\"data\":[]} \r\n\t").is_ok());
}

#[test]
fn valid_json_that_is_not_an_object() {
    for body in [
        "[]",
        "[{\"result\":\"success\",\"data\":[]}]",
        "\"success\"",
        "0",
        "null",
        "true",
    ] {
        assert!(
            owned(200, body.as_bytes()).unwrap_err().is_decode(),
            "{body}"
        );
        let error = owned(500, body.as_bytes()).unwrap_err();
        assert_eq!((error.is_decode(), error.message()), (false, None));
    }
}

#[test]
fn invalid_utf8_inside_strings() {
    let body = b"{\"result\":\"error\",\"message\":\"bad \xff byte\"}";
    assert!(owned(200, body).unwrap_err().is_decode());
    assert_eq!(owned(400, body).unwrap_err().message(), None);
    let body = b"{\"data\":[{\"timestamp\":1,\"trade_id\":\"\xc3\",\"price\":\"1\",\"amount\":\"1\",\"taker_side_sell\":true}],\"result\":\"success\"}";
    assert!(decode::<ErrorCode, Vec<TradeRef<'_>>>(200, body)
        .unwrap_err()
        .is_decode());
}
