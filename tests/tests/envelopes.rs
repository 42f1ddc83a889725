//! Tables of application codes and the envelopes of other APIs, on their real pages
//! (`specs/*-errors.md`, sources in `specs/README.md`) and the bodies those APIs send.

use kaiko_errors::{ApiError, ErrorTable, RawCode, UnknownCode};
use kaiko_errors_tests::apis::{
    BinanceError, BybitError, DeribitError, OkxError, RainbowError, RpcError, StripeError,
    TencentCloudError, TickDbError, TwirpError,
};
use serde::Deserialize;

#[derive(Debug, Deserialize, PartialEq)]
struct Ticker<'a> {
    symbol: &'a str,
    price: &'a str,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Trade {
    id: u64,
    price: String,
}

#[track_caller]
fn api_error<E: ErrorTable>(result: Result<impl std::fmt::Debug, ApiError<E>>) -> ApiError<E> {
    let error = result.unwrap_err();
    assert!(!error.is_decode(), "{error}");
    error
}

#[test]
fn binance_codes_names_and_the_whole_body_as_data() {
    assert_eq!(BinanceError::InvalidSymbol.code(), -1121);
    assert_eq!(
        BinanceError::from_code(-1121),
        Some(BinanceError::InvalidSymbol)
    );
    assert_eq!(BinanceError::from_code(-1), None);
    assert_eq!(BinanceError::InvalidSymbol.message(), "Invalid symbol.");
    assert_eq!(i64::from(BinanceError::TooManyRequests), -1003);
    assert_eq!(BinanceError::try_from(-2013), Ok(BinanceError::NoSuchOrder));
    assert_eq!(
        BinanceError::try_from(-9),
        Err(UnknownCode(RawCode::Integer(-9)))
    );
    // Every table of the page, in page order.
    assert_eq!(BinanceError::ALL.len(), 19);
    assert_eq!(BinanceError::ALL[11], BinanceError::IllegalChars);

    let page =
        BinanceError::decode::<Ticker<'_>>(200, br#"{"symbol":"BTCUSDT","price":"97000.10"}"#)
            .unwrap();
    assert_eq!(
        page.data,
        Ticker {
            symbol: "BTCUSDT",
            price: "97000.10"
        }
    );
    assert_eq!(page.continuation_token, None);
    let page = BinanceError::decode::<Vec<Trade>>(
        200,
        br#"[{"id":1,"price":"9.5"},{"id":2,"price":"9.6"}]"#,
    )
    .unwrap();
    assert_eq!(page.data.len(), 2);

    for body in [
        r#"{"code":-1121,"msg":"Invalid symbol."}"#,
        r#"{"msg":"Invalid symbol.","code":-1121}"#,
        r#"{"msg":"Invalid symbol.","code":"-1121"}"#,
    ] {
        let error = api_error(BinanceError::decode::<Ticker<'_>>(400, body.as_bytes()));
        assert_eq!(error.code(), Some(BinanceError::InvalidSymbol), "{body}");
        assert_eq!(error.raw_code(), Some(&RawCode::Integer(-1121)));
        assert_eq!(error.message(), Some("Invalid symbol."));
        assert_eq!(
            error.to_string(),
            "HTTP 400, code -1121 (Invalid symbol.): Invalid symbol."
        );
        assert!(!error.is_retryable());
    }
    // Under a 2xx too, an error body is the error, whatever T makes of it.
    let body = br#"{"code":-1121,"msg":"Invalid symbol."}"#;
    let error = api_error(BinanceError::decode::<Ticker<'_>>(200, body));
    assert_eq!(error.code(), Some(BinanceError::InvalidSymbol));
    let error = api_error(BinanceError::decode::<Vec<Trade>>(200, body));
    assert_eq!(error.code(), Some(BinanceError::InvalidSymbol));
    let error = api_error(BinanceError::decode::<serde_json::Value>(200, body));
    assert_eq!(error.message(), Some("Invalid symbol."));

    // retryable(...) codes, beside 429 and 5xx.
    let error = api_error(BinanceError::decode::<Ticker<'_>>(
        418,
        br#"{"code":-1003,"msg":"Way too much request weight used"}"#,
    ));
    assert!(error.is_retryable());
    // An undocumented code is kept as sent.
    let error = api_error(BinanceError::decode::<Ticker<'_>>(
        400,
        br#"{"code":-4164,"msg":"Order's notional must be no smaller than 5"}"#,
    ));
    assert_eq!(error.code(), None);
    assert_eq!(error.raw_code(), Some(&RawCode::Integer(-4164)));
    assert_eq!(
        error.to_string(),
        "HTTP 400, code -4164 (not in the error table): Order's notional must be no smaller than 5"
    );
    // A proxy's page has no code.
    let error = api_error(BinanceError::decode::<Ticker<'_>>(
        502,
        b"<html>Bad Gateway</html>",
    ));
    assert_eq!((error.code(), error.raw_code()), (None, None));
    assert_eq!(error.to_string(), "HTTP 502");
    // A 2xx body that is neither a T nor an error is a decode error.
    assert!(BinanceError::decode::<Ticker<'_>>(200, br#"{"symbol":1}"#)
        .unwrap_err()
        .is_decode());
}

#[test]
fn binance_code_of_another_type_is_no_code() {
    for code in [
        "1.5",
        "true",
        "null",
        "{\"a\":1}",
        "[1]",
        "\"abc\"",
        "99999999999999999999",
    ] {
        let body = format!(r#"{{"code":{code},"msg":"m"}}"#);
        let error = api_error(BinanceError::decode::<Ticker<'_>>(400, body.as_bytes()));
        assert_eq!((error.code(), error.raw_code()), (None, None), "{code}");
        assert_eq!(error.message(), Some("m"));
        // Under a 2xx such a body has no code: it is a success if it is a T.
        let decoded = BinanceError::decode::<serde_json::Value>(200, body.as_bytes());
        assert!(decoded.is_ok(), "{code}");
    }
}

/// Under an error status a key that is only the code or only the message has its own
/// reader: escaped strings, codes sent as strings, and the last of a key given twice.
#[test]
fn error_status_leaves_read_escaped_values_and_the_last_of_each() {
    let escaped = br#"{"code":"\u002d1121","msg":"Invalid \"symbol\"."}"#;
    let error = api_error(BinanceError::decode::<Ticker<'_>>(400, escaped));
    assert_eq!(error.code(), Some(BinanceError::InvalidSymbol));
    assert_eq!(error.raw_code(), Some(&RawCode::Integer(-1121)));
    assert_eq!(error.message(), Some("Invalid \"symbol\"."));
    let twice = br#"{"code":-1121,"msg":"first","code":-1003,"msg":7}"#;
    let error = api_error(BinanceError::decode::<Ticker<'_>>(400, twice));
    assert_eq!(error.raw_code(), Some(&RawCode::Integer(-1003)));
    assert_eq!(error.message(), None, "a number is no message");
    let stripe = br#"{"error":{"code":"card\u005fdeclined","message":"caf\u00e9","code2":1}}"#;
    let error = api_error(StripeError::decode::<serde::de::IgnoredAny>(402, stripe));
    assert_eq!(error.code(), Some(StripeError::CardDeclined));
    assert_eq!(error.message(), Some("caf\u{e9}"));
    let not_a_code = br#"{"error":{"code":12,"message":["a"]}}"#;
    let error = api_error(StripeError::decode::<serde::de::IgnoredAny>(
        402, not_a_code,
    ));
    assert_eq!((error.raw_code(), error.message()), (None, None));
}

#[derive(Debug, Deserialize, PartialEq)]
struct OrderList {
    list: Vec<serde_json::Value>,
}

#[test]
fn bybit_ret_code_zero_is_success_wherever_result_is() {
    for body in [
        r#"{"retCode":0,"retMsg":"OK","result":{"list":[{"a":1}]},"retExtInfo":{},"time":1}"#,
        r#"{"result":{"list":[{"a":1}]},"retExtInfo":{},"time":1,"retMsg":"OK","retCode":0}"#,
        r#"{"retCode":"0","retMsg":"OK","result":{"list":[{"a":1}]}}"#,
    ] {
        let page = BybitError::decode::<OrderList>(200, body.as_bytes()).unwrap();
        assert_eq!(page.data.list.len(), 1, "{body}");
    }
    for body in [
        r#"{"retCode":10001,"retMsg":"params error","result":{},"retExtInfo":{},"time":1}"#,
        r#"{"result":{},"retExtInfo":{},"time":1,"retMsg":"params error","retCode":10001}"#,
    ] {
        let error = api_error(BybitError::decode::<OrderList>(200, body.as_bytes()));
        assert_eq!(
            error.code(),
            Some(BybitError::RequestParameterError),
            "{body}"
        );
        assert_eq!(error.message(), Some("params error"));
        assert_eq!(error.status(), 200);
        assert!(!error.is_retryable());
    }
    let error = api_error(BybitError::decode::<OrderList>(
        200,
        br#"{"retCode":10006,"retMsg":"Too many visits!","result":{}}"#,
    ));
    assert!(error.is_retryable());
    // No retCode at all under a 2xx: not this API's envelope.
    let error = BybitError::decode::<OrderList>(200, br#"{"result":{"list":[]}}"#).unwrap_err();
    assert!(error.is_decode());
    assert!(
        error.to_string().contains("missing field `retCode`"),
        "{error}"
    );
}

/// TickDB's page: the quick-reference table read, the headings under it not (they are
/// another layout), and its bodies.
#[test]
fn tickdb_quick_reference_table_and_its_bodies() {
    assert_eq!(TickDbError::ALL.len(), 20);
    assert_eq!(TickDbError::from_code(0), Some(TickDbError::Success));
    let rate = TickDbError::RateLimitExceeded;
    assert_eq!(rate.code(), 3001);
    assert_eq!(
        rate.detail(),
        Some("Reduce request frequency, check Retry-After")
    );
    assert_eq!(
        TickDbError::ApiKeyNotProvided.detail(),
        Some("Add X-API-Key header")
    );
    let page = TickDbError::decode::<Ticker<'_>>(
        200,
        br#"{"code":0,"message":"success","data":{"symbol":"BTCUSDT","price":"1"}}"#,
    )
    .unwrap();
    assert_eq!(page.data.symbol, "BTCUSDT");
    let error = api_error(TickDbError::decode::<Ticker<'_>>(
        429,
        br#"{"code":3001,"message":"Rate limit exceeded"}"#,
    ));
    assert_eq!(error.code(), Some(rate));
    assert!(error.is_retryable());
    // A 200 with another code is the error too (the WebSocket answers carry a `cmd`).
    let error = api_error(TickDbError::decode::<Ticker<'_>>(
        200,
        br#"{"cmd":"subscribe","code":4003,"message":"Depth subscriptions temporarily unavailable","data":{"channel":"depth"}}"#,
    ));
    assert_eq!(
        error.code(),
        Some(TickDbError::DepthSubscriptionUnavailable)
    );
    assert_eq!(
        error.message(),
        Some("Depth subscriptions temporarily unavailable")
    );
}

#[test]
fn okx_string_codes_and_statuses() {
    assert_eq!(OkxError::ParameterParam0Error.code(), 51000);
    assert_eq!(OkxError::ParameterParam0Error.status(), 400);
    assert_eq!(OkxError::RateLimitReached.status(), 429);
    assert_eq!(<OkxError as ErrorTable>::from_status(400), None);
    const { assert!(<OkxError as ErrorTable>::HAS_STATUSES) };
    let page = OkxError::decode::<Vec<serde_json::Value>>(
        200,
        br#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT"}]}"#,
    )
    .unwrap();
    assert_eq!(page.data[0]["instId"], "BTC-USDT");
    let page = OkxError::decode::<Vec<serde_json::Value>>(200, br#"{"data":[],"msg":"","code":0}"#)
        .unwrap();
    assert!(page.data.is_empty());
    let error = api_error(OkxError::decode::<Vec<serde_json::Value>>(
        200,
        br#"{"code":"51000","msg":"Parameter instId error","data":[]}"#,
    ));
    assert_eq!(error.code(), Some(OkxError::ParameterParam0Error));
    assert_eq!(error.raw_code(), Some(&RawCode::Integer(51000)));
    assert_eq!(error.message(), Some("Parameter instId error"));
    // Data before the code, and not a T: the body is still the error.
    let error = api_error(OkxError::decode::<Vec<u64>>(
        200,
        br#"{"data":[{"sCode":"51008"}],"code":"1","msg":"Operation failed."}"#,
    ));
    assert_eq!(error.code(), Some(OkxError::OperationFailed));
    // The variants deserialize from either form of the code.
    let codes: Vec<OkxError> = serde_json::from_str(r#"[51000, "51000", "50011"]"#).unwrap();
    assert_eq!(
        codes,
        [
            OkxError::ParameterParam0Error,
            OkxError::ParameterParam0Error,
            OkxError::RateLimitReached
        ]
    );
    assert_eq!(
        serde_json::to_string(&OkxError::RateLimitReached).unwrap(),
        "50011"
    );
    assert!(serde_json::from_str::<OkxError>("\"x\"").is_err());
    assert!(serde_json::from_str::<OkxError>("12345").is_err());
}

#[test]
fn json_rpc_nested_error_and_result() {
    assert_eq!(RpcError::InvalidParams.code(), -32602);
    assert_eq!(RpcError::JsonRpcVersionNotSupported.code(), -32006);
    const { assert!(!<RpcError as ErrorTable>::HAS_STATUSES) };
    assert_eq!(<RpcError as ErrorTable>::status(RpcError::InvalidParams), 0);
    let page =
        RpcError::decode::<&str>(200, br#"{"jsonrpc":"2.0","id":1,"result":"0x1b4"}"#).unwrap();
    assert_eq!(page.data, "0x1b4");
    let page =
        RpcError::decode::<Option<u64>>(200, br#"{"jsonrpc":"2.0","id":1,"result":null}"#).unwrap();
    assert_eq!(page.data, None);
    for body in [
        r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"invalid argument 0","data":{"x":[1,2]}}}"#,
        r#"{"jsonrpc":"2.0","id":1,"error":{"data":{"x":[1,2]},"message":"invalid argument 0","code":-32602}}"#,
        r#"{"error":{"message":"invalid argument 0","code":-32602},"id":1,"jsonrpc":"2.0"}"#,
    ] {
        let error = api_error(RpcError::decode::<&str>(200, body.as_bytes()));
        assert_eq!(error.code(), Some(RpcError::InvalidParams), "{body}");
        assert_eq!(error.message(), Some("invalid argument 0"));
    }
    // A `result` that is not a T before the error: still the error.
    let body = br#"{"result":{"big":[1]},"error":{"code":-32000,"message":"nonce too low"}}"#;
    let error = api_error(RpcError::decode::<&str>(200, body));
    assert_eq!(error.code(), Some(RpcError::InvalidInput));
    // `error` of another shape is no code: then `result` decides.
    let error = RpcError::decode::<&str>(200, br#"{"error":"boom"}"#).unwrap_err();
    assert!(error.is_decode());
    assert!(
        error.to_string().contains("missing field `result`"),
        "{error}"
    );
}

#[derive(Debug, Deserialize)]
struct Charge {
    id: String,
    amount: u64,
}

#[test]
fn stripe_string_codes_nested_in_the_whole_body() {
    assert_eq!(StripeError::CardDeclined.code(), "card_declined");
    assert_eq!(
        StripeError::from_code("card_declined"),
        Some(StripeError::CardDeclined)
    );
    assert_eq!(StripeError::from_code("Card_Declined"), None);
    assert_eq!(
        "expired_card".parse::<StripeError>(),
        Ok(StripeError::ExpiredCard)
    );
    assert_eq!(
        "nope".parse::<StripeError>(),
        Err(UnknownCode(RawCode::String("nope".into())))
    );
    assert_eq!(
        serde_json::to_string(&StripeError::RateLimit).unwrap(),
        "\"rate_limit\""
    );
    assert_eq!(
        serde_json::from_str::<StripeError>("\"resource_missing\"").unwrap(),
        StripeError::ResourceMissing
    );
    assert!(serde_json::from_str::<StripeError>("1").is_err());

    let charge =
        StripeError::decode::<Charge>(200, br#"{"id":"ch_1","object":"charge","amount":500}"#)
            .unwrap();
    assert_eq!((charge.data.id.as_str(), charge.data.amount), ("ch_1", 500));

    let body = br#"{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined.","doc_url":"https://stripe.com/docs/error-codes/card-declined"}}"#;
    let error = api_error(StripeError::decode::<Charge>(402, body));
    assert_eq!(error.code(), Some(StripeError::CardDeclined));
    assert_eq!(
        error.raw_code().and_then(RawCode::as_str),
        Some("card_declined")
    );
    assert_eq!(error.message(), Some("Your card was declined."));
    assert_eq!(
        error.to_string(),
        "HTTP 402, code card_declined (The card has been declined. When a card is declined, the error returned also includes the decline_code attribute with the reason for the decline.): Your card was declined."
    );
    let error = api_error(StripeError::decode::<Charge>(
        400,
        br#"{"error":{"code":"parameter_unknown","message":"Received unknown parameter: foo"}}"#,
    ));
    assert_eq!(error.code(), None);
    assert_eq!(
        error.raw_code().map(ToString::to_string).as_deref(),
        Some("parameter_unknown")
    );
    let error = api_error(StripeError::decode::<Charge>(
        429,
        br#"{"error":{"code":"lock_timeout","message":"locked"}}"#,
    ));
    assert!(error.is_retryable());
    // Under a 2xx, an error body is the error.
    let error = api_error(StripeError::decode::<serde_json::Value>(200, body));
    assert_eq!(error.code(), Some(StripeError::CardDeclined));
}

#[test]
fn twirp_codes_with_names_and_statuses() {
    assert_eq!(TwirpError::NotFound.code(), "not_found");
    assert_eq!(TwirpError::NotFound.status(), 404);
    assert_eq!(TwirpError::DataLoss.code(), "dataloss");
    assert_eq!(TwirpError::ResourceExhausted.status(), 403);
    assert_eq!(TwirpError::ALL.len(), 17);
    let body = br#"{"code":"not_found","msg":"hat not found","meta":{"size":"12"}}"#;
    let error = api_error(TwirpError::decode::<serde_json::Value>(404, body));
    assert_eq!(error.code(), Some(TwirpError::NotFound));
    assert_eq!(error.message(), Some("hat not found"));
    let page =
        TwirpError::decode::<serde_json::Value>(200, br#"{"size":12,"color":"red"}"#).unwrap();
    assert_eq!(page.data["color"], "red");
}

#[test]
fn pagination_fields_are_read_at_the_top_level_unless_the_body_is_the_data() {
    let body = br#"{"result":[1,2],"next_url":"https://x.test/p2","continuation_token":"c2"}"#;
    let page = RpcError::decode::<Vec<u8>>(200, body).unwrap();
    assert_eq!(page.next_url.as_deref(), Some("https://x.test/p2"));
    assert_eq!(page.continuation_token.as_deref(), Some("c2"));
    // With `data = ""` they are the payload's business.
    let body = br#"{"id":"ch_1","amount":5,"next_url":"https://x.test/p2"}"#;
    let page = StripeError::decode::<Charge>(200, body).unwrap();
    assert_eq!(page.next_url, None);
}

#[test]
fn duplicate_envelope_keys_under_a_2xx_are_invalid() {
    for body in [
        r#"{"retCode":0,"result":{"list":[]},"retCode":0}"#,
        r#"{"retCode":0,"result":{"list":[]},"result":{"list":[]}}"#,
        r#"{"retCode":0,"retMsg":"a","result":{"list":[]},"retMsg":"b"}"#,
    ] {
        let error = BybitError::decode::<OrderList>(200, body.as_bytes()).unwrap_err();
        assert!(error.is_decode(), "{body}");
        assert!(error.to_string().contains("duplicate field"), "{error}");
    }
    // Under an error status the last message and the last code win.
    let body = br#"{"retCode":10001,"retMsg":"a","retCode":10016,"retMsg":"b"}"#;
    let error = api_error(BybitError::decode::<OrderList>(500, body));
    assert_eq!(error.code(), Some(BybitError::ServerError));
    assert_eq!(error.message(), Some("b"));
}

#[test]
fn deep_nesting_at_a_nested_code_path_never_overflows_the_stack() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(50_000), "}".repeat(50_000));
    for deep in [&nested, &objects] {
        for body in [
            format!(r#"{{"error":{deep}}}"#),
            format!(r#"{{"error":{{"code":{deep},"message":"m"}}}}"#),
            format!(r#"{{"error":{{"message":{deep},"code":-32602}}}}"#),
            format!(r#"{{"result":{deep},"error":{{"code":-32602}}}}"#),
        ] {
            for status in [200, 400] {
                // Ok or Err, but never a crash.
                let _ = RpcError::decode::<&str>(status, body.as_bytes());
                // What `T` skips or reads is the JSON library's to do: sonic-rs 0.5 recurses
                // once per level there (see the crate docs of the `sonic` feature).
                #[cfg(not(feature = "sonic"))]
                {
                    let _ = RpcError::decode::<serde_json::Value>(status, body.as_bytes());
                    let _ = RpcError::decode::<serde::de::IgnoredAny>(status, body.as_bytes());
                    let _ = StripeError::decode::<serde_json::Value>(status, body.as_bytes());
                    let _ = StripeError::decode::<Charge>(status, body.as_bytes());
                }
            }
        }
    }
    let body = format!(r#"{{"error":{{"message":{nested},"code":-32602}}}}"#);
    let error = api_error(RpcError::decode::<&str>(400, body.as_bytes()));
    // serde_json skips any depth; on sonic-rs the skip stops at its 255-level limit, and a
    // body that does not parse under an error status is answered by the status alone.
    let expected = if cfg!(feature = "sonic") {
        None
    } else {
        Some(RpcError::InvalidParams)
    };
    assert_eq!(error.code(), expected);
    assert_eq!(error.message(), None);
}

#[test]
fn http_status_codes_only_for_tables_with_statuses() {
    assert_eq!(
        http::StatusCode::from(TwirpError::NotFound),
        http::StatusCode::NOT_FOUND
    );
    assert_eq!(http::StatusCode::from(OkxError::RateLimitReached), 429);
    assert_eq!(
        http::StatusCode::from(kaiko_errors::ErrorCode::NotFound),
        404
    );
}

/// gRPC's names with their numbers: names from the code column, codes from `Number`.
#[kaiko_errors::error_table(
    spec = "specs/grpc-status-codes.md",
    codes = "integer",
    code_column = "Number",
    name_column = "Code",
    message_column = "Description",
    envelope(code = "code", message = "message", data = ""),
    retryable(14)
)]
pub enum GrpcStatus {}

/// Slack: string codes at `error`, a bool marker.
#[kaiko_errors::error_table(
    spec = "specs/slack-errors.md",
    codes = "string",
    code_column = "Error",
    message_column = "Description",
    envelope(code = "error", data = "", success(ok = true)),
    retryable("ratelimited")
)]
pub enum SlackError {}

#[test]
fn grpc_numbers_named_by_their_codes() {
    assert_eq!(GrpcStatus::Ok.code(), 0);
    assert_eq!(GrpcStatus::NotFound.code(), 5);
    assert_eq!(GrpcStatus::from_code(16), Some(GrpcStatus::Unauthenticated));
    let error = api_error(GrpcStatus::decode::<serde_json::Value>(
        404,
        br#"{"code":5,"message":"user 7 not found","details":[]}"#,
    ));
    assert_eq!(error.code(), Some(GrpcStatus::NotFound));
    let error = api_error(GrpcStatus::decode::<serde_json::Value>(
        503,
        br#"{"code":14,"message":"upstream connect error"}"#,
    ));
    assert!(error.is_retryable());
    // Without a marker, a body with a code is the error, even code 0 (`OK`): the docs list
    // it as a code; give `success(code = 0)` for an API that sends it on success.
    let error = api_error(GrpcStatus::decode::<serde_json::Value>(
        200,
        br#"{"code":0}"#,
    ));
    assert_eq!(error.code(), Some(GrpcStatus::Ok));
}

#[derive(Debug, Deserialize)]
struct Channels {
    channels: Vec<serde_json::Value>,
}

#[test]
fn slack_ok_false_is_the_error() {
    assert_eq!(SlackError::InvalidAuth.code(), "invalid_auth");
    let page = SlackError::decode::<Channels>(
        200,
        br#"{"ok":true,"channels":[{"id":"C1"}],"response_metadata":{"next_cursor":""}}"#,
    )
    .unwrap();
    assert_eq!(page.data.channels.len(), 1);
    let error = api_error(SlackError::decode::<Channels>(
        200,
        br#"{"ok":false,"error":"invalid_auth"}"#,
    ));
    assert_eq!(error.code(), Some(SlackError::InvalidAuth));
    assert_eq!(error.message(), None);
    let error = api_error(SlackError::decode::<Channels>(
        429,
        br#"{"ok":false,"error":"ratelimited"}"#,
    ));
    assert!(error.is_retryable());
    let error = api_error(SlackError::decode::<Channels>(
        200,
        br#"{"error":"not_authed","ok":false}"#,
    ));
    assert_eq!(error.code(), Some(SlackError::NotAuthed));
    // `"ok":"true"` is no bool: not a success, and without `error(...)` it is the error.
    let error = api_error(SlackError::decode::<Channels>(
        200,
        br#"{"ok":"true","channels":[]}"#,
    ));
    assert_eq!(error.code(), None);
    // No `ok` at all: not this API's envelope.
    assert!(SlackError::decode::<Channels>(200, br#"{"channels":[]}"#)
        .unwrap_err()
        .is_decode());
}

/// A status table with an envelope of its own: `error(...)` marks the API's error, `success`
/// its success, any other value of the field is a decode error.
#[kaiko_errors::error_table(
    spec = "specs/exchange.md",
    envelope(
        message = "error.detail",
        data = "payload",
        success(status = "ok"),
        error(status = "failed")
    )
)]
pub enum MarkedError {}

#[test]
fn error_marker_of_a_custom_envelope() {
    let page = MarkedError::decode::<Vec<u8>>(200, br#"{"payload":[1,2],"status":"ok"}"#).unwrap();
    assert_eq!(page.data, [1, 2]);
    let error = api_error(MarkedError::decode::<Vec<u8>>(
        200,
        br#"{"status":"failed","error":{"detail":"nope"},"payload":null}"#,
    ));
    assert_eq!(error.message(), Some("nope"));
    // A status table's code is the status's: this page documents 200 as `Ok`.
    assert_eq!(error.code(), Some(MarkedError::Ok));
    let error = api_error(MarkedError::decode::<Vec<u8>>(
        429,
        br#"{"status":"failed"}"#,
    ));
    assert_eq!(error.code(), Some(MarkedError::TooManyRequests));
    for body in [r#"{"payload":[],"status":"pending"}"#, r#"{"payload":[]}"#] {
        let error = MarkedError::decode::<Vec<u8>>(200, body.as_bytes()).unwrap_err();
        assert!(error.is_decode(), "{body}");
    }
    let error =
        MarkedError::decode::<Vec<u8>>(200, br#"{"payload":[],"status":"pending"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`status` is neither \"ok\" nor \"failed\""),
        "{error}"
    );
}

/// Deribit's page: names from its `Message` column of JSON-RPC error strings, its example
/// body (13009, a code of a table not in the excerpt: kept raw), and a JSON-RPC result.
#[test]
fn deribit_names_from_the_message_column_and_its_json_rpc_bodies() {
    assert_eq!(DeribitError::ALL.len(), 10);
    let credentials = DeribitError::InvalidCredentials;
    assert_eq!(credentials.code(), 10001);
    assert_eq!(
        credentials.message(),
        "Invalid API key/secret -- Check credentials"
    );
    assert_eq!(credentials.reason(), "Invalid API key/secret");
    assert_eq!(credentials.detail(), Some("Check credentials"));
    assert_eq!(
        DeribitError::from_code(10000),
        Some(DeribitError::AuthorizationRequired)
    );
    let error = api_error(DeribitError::decode::<u64>(
        400,
        br#"{"jsonrpc":"2.0","error":{"code":10001,"message":"invalid_credentials"},"usIn":1,"usOut":2,"usDiff":1,"id":42}"#,
    ));
    assert_eq!(
        (error.code(), error.message()),
        (Some(credentials), Some("invalid_credentials"))
    );
    // The page's own example body, `error.data` and all: 13009 is in a table the excerpt
    // leaves out, so it has no variant and is kept raw.
    let example = br#"{
  "jsonrpc": "2.0",
  "error": {
    "code": 13009,
    "message": "invalid_token",
    "data": {
      "reason": "token has expired",
      "param": "access_token"
    }
  },
  "usIn": 1704153600000000,
  "usOut": 1704153600001234,
  "usDiff": 1234,
  "id": 42
}"#;
    let error = api_error(DeribitError::decode::<u64>(200, example));
    assert_eq!(error.code(), None);
    assert_eq!(error.raw_code(), Some(&RawCode::Integer(13009)));
    assert_eq!(error.message(), Some("invalid_token"));
    assert_eq!(
        error.to_string(),
        "HTTP 200, code 13009 (not in the error table): invalid_token"
    );
    let page = DeribitError::decode::<u64>(
        200,
        br#"{"jsonrpc":"2.0","result":1704153600000,"usIn":1,"usOut":2,"usDiff":1,"id":7}"#,
    )
    .unwrap();
    assert_eq!(page.data, 1_704_153_600_000);
}

/// The answer of a Tencent Cloud API 3.0 action: all of it is the payload (`data = ""`), and
/// a code three objects deep makes it the API's error, before or after the other fields.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct TencentAnswer {
    response: TencentResponse,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct TencentResponse {
    request_id: String,
}

/// Tencent Cloud's page: the error table after the parameter tables, dotted string codes
/// naming the variants, every answer a 200 whose error is `Response.Error`.
#[test]
fn tencent_cloud_dotted_codes_and_an_error_three_objects_deep() {
    assert_eq!(TencentCloudError::ALL.len(), 7);
    let not_found = TencentCloudError::ResourceNotFoundDBNotFound;
    assert_eq!(not_found.code(), "ResourceNotFound.DBNotFound");
    assert_eq!(not_found.message(), "The database does not exist.");
    assert_eq!(
        "InternalError.DBError".parse::<TencentCloudError>(),
        Ok(TencentCloudError::InternalErrorDBError)
    );
    // The page's own sample answer.
    let sample = br#"{
  "Response": {
    "RequestId": "08fdf411-5d39-44f2-8e1d-a58ee60b237d"
  }
}"#;
    let page = TencentCloudError::decode::<TencentAnswer>(200, sample).unwrap();
    assert_eq!(
        page.data.response.request_id,
        "08fdf411-5d39-44f2-8e1d-a58ee60b237d"
    );
    for body in [
        &br#"{"Response":{"Error":{"Code":"ResourceNotFound.DBNotFound","Message":"The database does not exist."},"RequestId":"r1"}}"#[..],
        br#"{"Response":{"RequestId":"r1","Error":{"Message":"The database does not exist.","Code":"ResourceNotFound.DBNotFound"}}}"#,
    ] {
        let error = api_error(TencentCloudError::decode::<TencentAnswer>(200, body));
        assert_eq!(error.code(), Some(not_found));
        assert_eq!(error.message(), Some("The database does not exist."));
    }
    // A common error code the page does not list (its link to "Common Error Codes").
    let error = api_error(TencentCloudError::decode::<TencentAnswer>(
        200,
        br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpure","Message":"Signature expired."},"RequestId":"r2"}}"#,
    ));
    assert_eq!(error.code(), None);
    assert_eq!(
        error.raw_code(),
        Some(&RawCode::String("AuthFailure.SignatureExpure".into()))
    );
}

/// Keys that are not ASCII: the expansion matches them as the bytes of their UTF-8,
/// escaped or not in the body, under an error status and under a 2xx.
#[kaiko_errors::error_table(
    spec = "specs/exchange.md",
    envelope(message = "erreur.détail", data = "données", success(état = "réussi"))
)]
pub enum AccentedError {}

#[test]
fn keys_that_are_not_ascii() {
    let page =
        AccentedError::decode::<Vec<u8>>(200, r#"{"données":[1],"état":"réussi"}"#.as_bytes())
            .unwrap();
    assert_eq!(page.data, [1]);
    for body in [
        r#"{"erreur":{"détail":"non"}}"#,
        r#"{"erreur":{"d\u00e9tail":"non"}}"#,
    ] {
        let error = api_error(AccentedError::decode::<Vec<u8>>(429, body.as_bytes()));
        assert_eq!(error.message(), Some("non"), "{body}");
        assert_eq!(error.code(), Some(AccentedError::TooManyRequests));
    }
    // `detail` is another key.
    let error = api_error(AccentedError::decode::<Vec<u8>>(
        429,
        br#"{"erreur":{"detail":"non"}}"#,
    ));
    assert_eq!(error.message(), None);
}

/// Under an error status the keys are read as bytes, without the UTF-8 check (the answer
/// is the API's error whatever they are): escaped keys still match, and a key that is not
/// UTF-8 or holds a control character is an unknown key, so the message and code are still
/// read. A 2xx's keys stay checked: such a body is a decode error, never a success.
#[test]
fn error_status_keys_are_matched_as_bytes() {
    let escaped = br#"{"c\u006fde":-1121,"\u006dsg":"Invalid symbol."}"#;
    let error = api_error(BinanceError::decode::<Ticker<'_>>(400, escaped));
    assert_eq!(error.code(), Some(BinanceError::InvalidSymbol));
    assert_eq!(error.message(), Some("Invalid symbol."));
    // (the key, whether sonic-rs refuses it in any string: the body is then answered by
    // its status alone, as any body that is not JSON is)
    for (key, refused_by_sonic) in [
        (&b"\xff"[..], false),
        (b"\xc3", false),
        (b"\\ud800", true),
        (b"a\x01b", true),
    ] {
        let mut body = b"{\"".to_vec();
        body.extend_from_slice(key);
        body.extend_from_slice(br#"":1,"code":-1121,"msg":"m"}"#);
        let error = api_error(BinanceError::decode::<Ticker<'_>>(400, &body));
        assert_eq!(error.status(), 400);
        if !(cfg!(feature = "sonic") && refused_by_sonic) {
            assert_eq!(error.code(), Some(BinanceError::InvalidSymbol), "{key:?}");
            assert_eq!(error.message(), Some("m"), "{key:?}");
        }
        let error = BinanceError::decode::<serde_json::Value>(200, &body).unwrap_err();
        assert!(error.is_decode(), "{key:?}");
    }
    // A message that is not UTF-8 is still no message.
    let error = api_error(BinanceError::decode::<Ticker<'_>>(
        400,
        b"{\"code\":-1121,\"msg\":\"\xff\"}",
    ));
    assert_eq!(error.message(), None);
}

#[test]
fn rainbow_tables_skip_their_blank_placeholder_rows() {
    let page = include_str!("../specs/rainbow-error-codes.md");
    // The rows with a status: the blank ones under two of the tables are no entries.
    let documented = page
        .lines()
        .filter(|line| line.starts_with("| 4") || line.starts_with("| 5"))
        .count();
    assert_eq!(RainbowError::ALL.len(), documented);
    assert_eq!(
        RainbowError::from_code("AUTHORIZATION_TOKEN_EXPIRED_ERROR"),
        Some(RainbowError::AuthorizationTokenExpiredError)
    );
    assert_eq!(RainbowError::AuthorizationTokenExpiredError.status(), 401);
    assert_eq!(RainbowError::InvalidRequestError.status(), 400);
    assert_eq!(
        RainbowError::InvalidRequestError.message(),
        "Your request is invalid. Please check the parameters."
    );
    let error = api_error(RainbowError::decode::<serde::de::IgnoredAny>(
        400,
        br#"{"code":"INVALID_REQUEST_ERROR","message":"Your request is invalid."}"#,
    ));
    assert_eq!(error.code(), Some(RainbowError::InvalidRequestError));
}
