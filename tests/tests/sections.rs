//! `section = "..."` and struck-through codes, on Bybit's real page (16 product tables,
//! codes repeated across them, retired codes struck) and a built one.

use kaiko_errors::RawCode;
use kaiko_errors_tests::apis::{
    BankError, BinanceRequestError, BybitUtaError, GateioRequestError, OrderError,
};

#[test]
fn bybit_uta_section_only() {
    let page = include_str!("../specs/bybit-error-codes.mdx");
    // The UTA table's rows, counted from the raw text: its lines from `## UTA` to the next
    // `## ` heading that start with `|`, less the header and the delimiter row.
    let uta: Vec<&str> = page
        .lines()
        .skip_while(|line| *line != "## UTA")
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .filter(|line| line.trim_start().starts_with('|'))
        .collect();
    assert_eq!(BybitUtaError::ALL.len(), uta.len() - 2);
    assert_eq!(
        BybitUtaError::from_code(10001).map(BybitUtaError::message),
        Some("Request parameter error")
    );
    // HTTP statuses (the first table) and other products' codes are not read.
    assert_eq!(BybitUtaError::from_code(400), None);
    assert_eq!(BybitUtaError::from_code(170001), None);
    // A retired code is a variant like any other, its message kept without the markup.
    #[allow(deprecated)]
    let retired = BybitUtaError::ExceededTheIpRateLimit;
    assert_eq!(BybitUtaError::from_code(10018), Some(retired));
    assert_eq!(retired.message(), "Exceeded the IP Rate Limit.");
    let error = BybitUtaError::decode::<serde_json::Value>(
        200,
        br#"{"retCode":10018,"retMsg":"Exceeded the IP Rate Limit.","result":{},"time":1}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(retired));
    // Two rows whose messages name the same variant, pinned apart by `rename`.
    assert_eq!(
        BybitUtaError::from_code(110045),
        Some(BybitUtaError::WalletBalanceIsInsufficientForClosing)
    );
    assert_eq!(
        BybitUtaError::from_code(110004),
        Some(BybitUtaError::WalletBalanceIsInsufficient)
    );
}

#[test]
fn gateio_section_path_through_permalink_headings() {
    let page = include_str!("../specs/gateio-error-codes-crawled.md");
    // The first table under `## [#](#label-list) \`label\` list`: its rows, counted from the
    // raw text up to the next list item (the next category).
    let first_table = page
        .lines()
        .skip_while(|line| !line.starts_with("## [#](#label-list)"))
        .skip_while(|line| !line.starts_with("| ---"))
        .skip(1)
        .take_while(|line| line.starts_with('|'))
        .count();
    assert_eq!(first_table, 10);
    assert_eq!(GateioRequestError::ALL.len(), first_table);
    assert_eq!(
        GateioRequestError::from_code("INVALID_PARAM_VALUE"),
        Some(GateioRequestError::InvalidParamValue)
    );
    // A code span in a message is reduced to its text.
    assert_eq!(
        GateioRequestError::InvalidContentType.message(),
        "Invalid Content-Type header"
    );
    // The next category's labels are not read.
    assert_eq!(GateioRequestError::from_code("INVALID_KEY"), None);

    let body =
        br#"{"label":"INVALID_PARAM_VALUE","message":"Invalid parameter `text` with value: abc"}"#;
    let error = GateioRequestError::decode::<serde_json::Value>(400, body).unwrap_err();
    assert_eq!(error.code(), Some(GateioRequestError::InvalidParamValue));
    assert_eq!(
        error.message(),
        Some("Invalid parameter `text` with value: abc")
    );
    let body = br#"{"label":"INVALID_KEY","message":"Invalid key provided"}"#;
    let error = GateioRequestError::decode::<serde_json::Value>(401, body).unwrap_err();
    assert_eq!(error.code(), None);
    assert_eq!(
        error.raw_code().and_then(RawCode::as_str),
        Some("INVALID_KEY")
    );
    let tickers =
        GateioRequestError::decode::<serde_json::Value>(200, br#"[{"currency_pair":"BTC_USDT"}]"#)
            .unwrap();
    assert_eq!(tickers.data[0]["currency_pair"], "BTC_USDT");
}

#[test]
fn struck_codes_and_struck_words() {
    assert_eq!(
        BankError::ALL.len(),
        5,
        "the Card section's 4001 is not read"
    );
    // Partly struck: the struck words are dropped.
    assert_eq!(
        BankError::from_code(4001).map(BankError::message),
        Some("User bank is not verified")
    );
    // A struck message beside a plain code is no deprecation, and is kept whole.
    assert_eq!(
        BankError::from_code(4005).map(BankError::message),
        Some("Struck message beside a plain code")
    );
    #[allow(deprecated)]
    let retired = [
        BankError::OldBankCode,
        BankError::RetiredAsWell,
        BankError::AndThisOne,
    ];
    let codes: Vec<i64> = retired.iter().map(|code| code.code()).collect();
    assert_eq!(codes, [4002, 4003, 4004]);

    assert_eq!(
        OrderError::ALL.len(),
        2,
        "only the section `Headings / Orders`"
    );
    #[allow(deprecated)]
    let rejected = OrderError::NewOrderRejected;
    assert_eq!(OrderError::from_code(-2010), Some(rejected));
    assert_eq!(rejected.message(), "The order was rejected.");
    assert_eq!(
        OrderError::CancelRejected.message(),
        "The cancel was rejected."
    );
}

#[test]
fn a_section_of_binance_heading_page() {
    let page = include_str!("../specs/binance-error-codes.md");
    let in_section = page
        .lines()
        .skip_while(|line| *line != "## 11xx - Request issues")
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .filter(|line| line.starts_with("### -"))
        .count();
    assert!(in_section > 40, "{in_section}");
    assert_eq!(BinanceRequestError::ALL.len(), in_section);
    // The section runs to the next `##` heading, past the codes of 12xx and 20xx that the
    // page lists under it without a title of their own.
    assert!(BinanceRequestError::from_code(-1100).is_some());
    assert!(BinanceRequestError::from_code(-2013).is_some());
    assert_eq!(
        BinanceRequestError::from_code(-1003),
        None,
        "10xx, before it"
    );
    assert_eq!(
        BinanceRequestError::from_code(-2021),
        None,
        "a later section"
    );
}
