//! Pages that are not pipe tables, as published: Binance's heading page, Meilisearch's
//! heading page of string codes, bitbank's list page, HTML tables (sources in
//! `specs/README.md`).

use kaiko_errors::ErrorTable;
use kaiko_errors_tests::apis::{
    BinanceCoinFuturesError, BinancePageError, BitbankError, CloudflareStatus, DiscordError,
    HtmlTableError, MatrixError, MeilisearchError, ReclaimSeatError,
};

/// The lines of a page that `keep` picks, counted from the raw text: an oracle that does
/// not go through the macro's reader.
fn lines_where(page: &str, keep: impl Fn(&str) -> bool) -> usize {
    page.lines().filter(|line| keep(line)).count()
}

fn starts_with_integer_then_space(text: &str) -> bool {
    let digits = text.trim_start_matches('-');
    let count = digits.bytes().take_while(u8::is_ascii_digit).count();
    count > 0 && digits[count..].starts_with(' ')
}

/// The headings of a page that start with an integer and a space.
fn integer_code_headings(page: &str) -> usize {
    lines_where(page, |line| {
        let text = line.trim_start_matches('#');
        text.len() < line.len() && starts_with_integer_then_space(text.trim_start())
    })
}

#[test]
fn binance_heading_page_gives_every_code_heading() {
    let page = include_str!("../specs/binance-error-codes.md");
    let code_headings = integer_code_headings(page);
    assert_eq!(code_headings, 104);
    assert_eq!(BinancePageError::ALL.len(), code_headings);

    let too_many = BinancePageError::TooManyRequests;
    assert_eq!(too_many.code(), -1003);
    assert_eq!(too_many.message(), "Too many requests queued.");
    assert_eq!(too_many.messages().len(), 3);
    assert_eq!(too_many.messages()[0], too_many.message());
    assert!(too_many.messages()[2].starts_with("Way too much request weight used; IP banned"));
    assert!(too_many.retryable());
    // A heading whose name is a sentence names the variant from it.
    assert_eq!(
        BinancePageError::from_code(-2021),
        Some(BinancePageError::OrderCancelReplacePartiallyFailed)
    );
    assert_eq!(
        BinancePageError::OrderCancelReplaceFailed.message(),
        "This code is sent when both the cancellation of the order failed and the new order \
         placement failed."
    );
    // A bullet with a link keeps the link's text.
    assert_eq!(
        BinancePageError::InvalidMessage.messages()[1],
        "Potential error messages can be found in Filter Failures or Failures during order \
         placement."
    );
    // `## Messages for -1010 ERROR_MSG_RECEIVED, ...` is a section title, not an entry.
    assert_eq!(BinancePageError::from_code(-1010), None);
    assert!(BinancePageError::ALL
        .iter()
        .all(|code| !code.messages().is_empty()));

    let error = BinancePageError::decode::<serde_json::Value>(
        400,
        br#"{"code":-1003,"msg":"Too many requests queued."}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(BinancePageError::TooManyRequests));
    assert_eq!(error.message(), Some("Too many requests queued."));
}

#[test]
fn crawled_docusaurus_headings_with_anchor_links_in_one_language_section() {
    let page = include_str!("../specs/binance-coin-futures-error-code-crawled.md");
    let english = page.split("\n# 错误代码").next().unwrap();
    let code_headings = integer_code_headings(english);
    assert_eq!(code_headings, 155);
    // The Chinese half repeats every code; `section` keeps the English one.
    assert_eq!(BinanceCoinFuturesError::ALL.len(), code_headings);
    // The anchor link's zero-width text is no part of the name.
    let too_many = BinanceCoinFuturesError::TooManyRequests;
    assert_eq!(too_many.code(), -1003);
    assert_eq!(too_many.messages().len(), 2);
    assert!(too_many.messages()[1].starts_with("Way too many requests; IP banned until %s."));
    assert_eq!(
        BinanceCoinFuturesError::from_code(-1008),
        Some(BinanceCoinFuturesError::RequestThrottled)
    );
    assert_eq!(
        BinanceCoinFuturesError::from_code(-4189),
        Some(BinanceCoinFuturesError::AccountReduceOnly)
    );
    let error = BinanceCoinFuturesError::decode::<serde_json::Value>(
        400,
        br#"{"code":-1121,"msg":"Invalid symbol."}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(BinanceCoinFuturesError::BadSymbol));
}

#[test]
fn meilisearch_string_codes_from_headings_with_front_matter() {
    let page = include_str!("../specs/meilisearch-error-codes.mdx");
    let code_headings = lines_where(page, |line| line.starts_with("## `"));
    assert_eq!(MeilisearchError::ALL.len(), code_headings);
    assert_eq!(
        MeilisearchError::from_code("index_not_found"),
        Some(MeilisearchError::IndexNotFound)
    );
    assert_eq!(MeilisearchError::IndexNotFound.code(), "index_not_found");
    assert_eq!(
        MeilisearchError::ApiKeyAlreadyExists.message(),
        "A key with this uid already exists."
    );
    // Every heading is at its line of the file, front matter counted.
    let line = page
        .lines()
        .position(|l| l == "## `index_not_found`")
        .unwrap();
    assert_eq!(line + 1, 105);
    let error = MeilisearchError::decode::<serde_json::Value>(
        404,
        br#"{"message":"Index `movies` not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(MeilisearchError::IndexNotFound));
    assert_eq!(error.message(), Some("Index `movies` not found."));
}

#[test]
fn cloudflare_statuses_from_bold_headings_with_links() {
    let page = include_str!("../specs/cloudflare-4xx-client-error.mdx");
    let status_headings = lines_where(page, |line| {
        line.strip_prefix("## **")
            .is_some_and(|rest| rest.get(..3).is_some_and(|s| s.parse::<u16>().is_ok()))
    });
    assert_eq!(status_headings, 21);
    assert_eq!(CloudflareStatus::ALL.len(), status_headings);
    // A status table by headings: `from_status`, and the heading's rest as the name, the
    // bold and the link text reduced to plain text.
    assert_eq!(
        CloudflareStatus::from_status(413),
        Some(CloudflareStatus::PayloadTooLargeRfc7231)
    );
    assert_eq!(
        CloudflareStatus::from_status(499),
        Some(CloudflareStatus::ClientCloseRequest)
    );
    assert_eq!(CloudflareStatus::TooManyRequests.status(), 429);
    assert_eq!(CloudflareStatus::BadRequest.status(), 400);
    assert_eq!(CloudflareStatus::from_status(418), None);
    // The first paragraph is the message, a link reduced to its text; a list right under
    // the heading would win, and a `### Cloudflare customers` sub-heading ends the entry.
    assert!(CloudflareStatus::BadRequest
        .message()
        .starts_with("The client did not send a correct request to the server."));
    assert!(CloudflareStatus::BadRequest
        .message()
        .contains("not correctly URL Encoded (or percent-encoded), this HTTP Error 400"));
    assert_eq!(
        CloudflareStatus::TooManyRequests.messages().len(),
        1,
        "{:?}",
        CloudflareStatus::TooManyRequests.messages()
    );
    // `...reasons for this error are:` with a list right after it: one message.
    let forbidden = CloudflareStatus::ForbiddenRfc7231.message();
    assert!(
        forbidden.contains("The top reasons for this error are: Permission rules"),
        "{forbidden}"
    );
    assert!(
        forbidden.ends_with("Cloudflare's IP ranges aren't being blocked"),
        "{forbidden}"
    );
    let error = CloudflareStatus::decode::<serde_json::Value>(429, b"<html>rate limited</html>")
        .unwrap_err();
    assert_eq!(error.code(), Some(CloudflareStatus::TooManyRequests));
    assert!(error.is_retryable());
}

#[test]
fn discord_mdx_headings_under_anchor_components() {
    let page = include_str!("../specs/discord-opcodes-and-status-codes.mdx");
    // The rows of the table under `###### JSON Error Codes`, counted from the raw text.
    let section = page
        .split("###### JSON Error Codes")
        .nth(1)
        .and_then(|rest| rest.split("######").next())
        .unwrap();
    let rows = lines_where(section, |line| {
        line.strip_prefix("| ")
            .is_some_and(|cell| cell.starts_with(|c: char| c.is_ascii_digit()))
    });
    assert_eq!(DiscordError::ALL.len(), rows);
    assert_eq!(
        DiscordError::from_code(10003),
        Some(DiscordError::UnknownChannel)
    );
    assert_eq!(DiscordError::UnknownChannel.code(), 10003);
    let invalid_form_body = DiscordError::from_code(50035).unwrap();
    assert!(invalid_form_body
        .message()
        .starts_with("Invalid form body (returned for both"));
    // Discord's error body: `{"code": 50035, "message": "...", "errors": {...}}`.
    let error = DiscordError::decode::<serde::de::IgnoredAny>(
        400,
        br#"{"code": 10003, "message": "Unknown Channel", "errors": {}}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(DiscordError::UnknownChannel));
    assert_eq!(error.message(), Some("Unknown Channel"));
}

#[test]
fn bitbank_list_items_under_section_headings() {
    let page = include_str!("../specs/bitbank-errors.md");
    let code_items = lines_where(page, |line| {
        line.trim_start()
            .strip_prefix("- `")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    assert_eq!(code_items, 180);
    assert_eq!(BitbankError::ALL.len(), code_items);
    assert_eq!(
        BitbankError::from_code(10000),
        Some(BitbankError::UrlNotFound)
    );
    assert_eq!(BitbankError::UrlNotFound.message(), "Url not found.");
    assert_eq!(BitbankError::UrlNotFound.messages(), ["Url not found."]);
    // The table-of-contents items (`- [SYSTEM_ERROR](#system_error)`) are no entries.
    assert!(BitbankError::ALL.iter().all(|code| code.code() >= 10000));
    assert_eq!(
        BitbankError::from_code(10003),
        Some(BitbankError::SystemErrorOther)
    );
    assert_eq!(BitbankError::SystemErrorOther.message(), "System error.");
}

#[test]
fn html_table_cells_are_plain_text() {
    assert_eq!(
        HtmlTableError::ALL,
        [
            HtmlTableError::InvalidApiKey,
            HtmlTableError::ExpiredTokenSignInAgain,
            HtmlTableError::RateLimitReachedRequestsDropped
        ],
        "the section-title row is no entry"
    );
    let invalid = HtmlTableError::InvalidApiKey;
    assert_eq!(invalid.code(), 40101);
    assert_eq!(invalid.status(), 401);
    assert_eq!(invalid.reason(), "Invalid API key");
    assert_eq!(invalid.detail(), Some("the key is unknown or revoked."));
    // `rowspan` gives the status to the row below; `&nbsp;` and `<br/>` are spaces.
    assert_eq!(HtmlTableError::ExpiredTokenSignInAgain.status(), 401);
    assert_eq!(
        HtmlTableError::ExpiredTokenSignInAgain.message(),
        "Expired token Sign in again."
    );
    assert_eq!(
        HtmlTableError::from_code(-42900),
        Some(HtmlTableError::RateLimitReachedRequestsDropped)
    );
    assert_eq!(
        HtmlTableError::RateLimitReachedRequestsDropped.message(),
        "Rate limit reached & requests dropped"
    );
}

#[test]
fn a_real_page_of_html_tables() {
    assert_eq!(
        ReclaimSeatError::ALL,
        [
            ReclaimSeatError::InvalidParameters,
            ReclaimSeatError::NotFound,
            ReclaimSeatError::Conflict
        ]
    );
    assert_eq!(
        ReclaimSeatError::from_status(404),
        Some(ReclaimSeatError::NotFound)
    );
    assert_eq!(
        ReclaimSeatError::NotFound.detail(),
        Some("ItemType: Inventory, User, Seat Values: ProductId/SkuId, UserName, ProductId/SkuId/UserName")
    );
    assert_eq!(ReclaimSeatError::Conflict.detail(), None);
    assert_eq!(ReclaimSeatError::Conflict.message(), "Conflict");
}

/// OpenHarmony's error-code pages: a heading per code, then bold titles of the paragraph
/// under each (`**Error Message**`, `**Description**`, `**Possible Causes**`,
/// `**Solution**`).
#[kaiko_errors::error_table(
    spec = "specs/openharmony-system-parameter-error-codes.md",
    codes = "integer",
    layout = "headings"
)]
pub enum SystemParameterError {}

#[test]
fn a_bold_title_right_above_a_paragraph_is_not_the_message() {
    let page = include_str!("../specs/openharmony-system-parameter-error-codes.md");
    assert_eq!(SystemParameterError::ALL.len(), integer_code_headings(page));
    assert_eq!(
        SystemParameterError::from_code(14700101),
        Some(SystemParameterError::FailureToQueryTheSystemParameter)
    );
    assert_eq!(
        SystemParameterError::FailureToQueryTheSystemParameter.message(),
        "System parameter can not be found."
    );
    assert_eq!(
        SystemParameterError::InternalSystemErrorIncludingOutOfMemoryAndDeadlock.message(),
        "System internal error including out of memory, deadlock etc."
    );
    for error in SystemParameterError::ALL {
        assert_ne!(error.message(), "Error Message");
    }
}

/// AlphaSec's page: a heading per code, the message after a `**Message:**` label, and one
/// code whose `**Messages:**` are a list below its `**Description:**`.
#[kaiko_errors::error_table(
    spec = "specs/alphasec-error-codes.md",
    codes = "integer",
    layout = "headings",
    envelope(code = "code", message = "errMsg", data = "")
)]
pub enum AlphaSecError {}

#[test]
fn labels_leading_a_paragraph_and_a_labelled_list_of_messages() {
    let page = include_str!("../specs/alphasec-error-codes.md");
    assert_eq!(AlphaSecError::ALL.len(), integer_code_headings(page));
    assert_eq!(AlphaSecError::InternalError.code(), -1000);
    assert_eq!(
        AlphaSecError::InternalError.message(),
        "Internal server error"
    );
    assert_eq!(AlphaSecError::OrderRejected.message(), "Order rejected");
    assert_eq!(
        AlphaSecError::InvalidTx.messages(),
        [
            "Invalid transaction - General transaction validation error",
            "Not a value transfer transaction - Transaction is not of the expected type",
        ]
    );
    for error in AlphaSecError::ALL {
        assert!(!error.message().contains("Message"), "{error:?}");
        assert!(!error.message().starts_with("Description"), "{error:?}");
    }
    let error = AlphaSecError::decode::<serde_json::Value>(
        400,
        br#"{"code":-1100,"errMsg":"Invalid parameter"}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(AlphaSecError::InvalidParameter));
    assert_eq!(error.message(), Some("Invalid parameter"));
}

/// An auth service's error docs: a heading per string code over a list of labelled fields,
/// the HTTP status first; the message is the field that says it (`**Description:**`).
#[kaiko_errors::error_table(
    spec = "specs/auth-service-field-lists.md",
    codes = "string",
    layout = "headings",
    status_column = "HTTP Status"
)]
pub enum AuthServiceError {}

#[test]
fn labelled_fields_give_the_message() {
    let page = include_str!("../specs/auth-service-field-lists.md");
    let headings = lines_where(page, |line| line.starts_with("## `"));
    assert_eq!(AuthServiceError::ALL.len(), headings);
    assert_eq!(
        AuthServiceError::from_code("ACCOUNT_LOCKED"),
        Some(AuthServiceError::AccountLocked)
    );
    assert_eq!(
        AuthServiceError::AccountLocked.message(),
        "The account has been locked due to too many failed login attempts."
    );
    assert_eq!(
        AuthServiceError::WeakPassword.to_string(),
        "The password is too weak."
    );
    // `status_column` names the field with the status.
    assert_eq!(AuthServiceError::AccountLocked.status(), 423);
    assert_eq!(AuthServiceError::InvalidToken.status(), 401);
    assert_eq!(AuthServiceError::WeakPassword.status(), 400);
    let error = AuthServiceError::decode::<serde_json::Value>(
        401,
        br#"{"code":"INVALID_REFRESH_TOKEN","message":"expired"}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(AuthServiceError::InvalidRefreshToken));
    for error in AuthServiceError::ALL {
        assert_eq!(error.messages().len(), 1, "{error:?}");
        assert!(!error.message().contains("HTTP Status"), "{error:?}");
        assert!(!error.message().starts_with("4"), "{error:?}");
    }
}

/// Square's error codes: `| Name | Description |` over code spans, `<br>` inside cells.
#[kaiko_errors::error_table(
    spec = "specs/square-error-codes.md",
    codes = "string",
    code_column = "Name",
    message_column = "Description"
)]
pub enum SquareError {}

#[test]
fn square_name_description_table() {
    let page = include_str!("../specs/square-error-codes.md");
    assert_eq!(
        SquareError::ALL.len(),
        lines_where(page, |line| line.starts_with("| `"))
    );
    assert_eq!(
        SquareError::from_code("ACCESS_TOKEN_EXPIRED"),
        Some(SquareError::AccessTokenExpired)
    );
    assert_eq!(SquareError::V1AccessToken.code(), "V1_ACCESS_TOKEN");
    // `<br>` in a cell is a space.
    assert_eq!(
        SquareError::InsufficientScopes.message(),
        "The provided access token does not have permission to execute the requested action."
    );
    // Several codes share a message; each keeps its own variant, named from its code.
    assert_eq!(
        SquareError::OneInstrumentExpected.message(),
        SquareError::NoFieldsSet.message()
    );
}

/// Bitfinex's error and info codes as crawled: the name column first, then the code.
#[kaiko_errors::error_table(
    spec = "specs/bitfinex-error-codes-crawled.md",
    codes = "integer",
    code_column = "Code",
    name_column = "Event",
    message_column = "Description",
    envelope(code = "code", message = "msg", data = "")
)]
pub enum BitfinexError {}

#[test]
fn bitfinex_event_code_description_table() {
    let page = include_str!("../specs/bitfinex-error-codes-crawled.md");
    assert_eq!(
        BitfinexError::ALL.len(),
        lines_where(page, |line| line.starts_with("| ERR_")
            || line.starts_with("| EVT_"))
    );
    assert_eq!(
        BitfinexError::from_code(10300),
        Some(BitfinexError::ErrSubFail)
    );
    assert_eq!(BitfinexError::EvtInfo.code(), 5000);
    assert_eq!(
        BitfinexError::ErrSubMulti.message(),
        "Failed channel subscription: already subscribed"
    );
    let body = br#"{"event":"error","msg":"subscribe: dup","code":10301}"#;
    let error = BitfinexError::decode::<serde::de::IgnoredAny>(400, body).unwrap_err();
    assert_eq!(error.code(), Some(BitfinexError::ErrSubMulti));
    assert_eq!(error.message(), Some("subscribe: dup"));
}

/// Digital River's JS error codes: GitBook tabs, hints and JSON examples above the table.
#[kaiko_errors::error_table(
    spec = "specs/digitalriver-js-error-codes.md",
    codes = "string",
    code_column = "Code",
    message_column = "Description"
)]
pub enum DigitalRiverJsError {}

#[test]
fn digitalriver_code_description_table() {
    let page = include_str!("../specs/digitalriver-js-error-codes.md");
    assert_eq!(
        DigitalRiverJsError::ALL.len(),
        lines_where(page, |line| line.starts_with("| `"))
    );
    assert_eq!(
        DigitalRiverJsError::from_code("invalid_expiration_date"),
        Some(DigitalRiverJsError::InvalidExpirationDate)
    );
    assert_eq!(
        DigitalRiverJsError::NotFound.message(),
        "The item requested was not found."
    );
    // A link in a cell is its text.
    assert!(DigitalRiverJsError::InvalidParameter
        .message()
        .contains("Check the Digital River API Reference to see"));
}

#[test]
fn matrix_definitions_under_a_section() {
    let page = include_str!("../specs/matrix-client-server-errors.md");
    // The definitions between "Common error codes" and "Other error codes", counted from
    // the raw text: a line that is one code span.
    let start = page.find("#### Common error codes").unwrap();
    let end = page.find("#### Other error codes").unwrap();
    let section = &page[start..end];
    let codes = lines_where(section, |line| {
        line.starts_with("`M_") && line.ends_with('`') && !line.contains(' ')
    });
    assert_eq!(MatrixError::ALL.len(), codes);
    assert_eq!(
        MatrixError::from_code("M_FORBIDDEN"),
        Some(MatrixError::MForbidden)
    );
    assert_eq!(
        MatrixError::MForbidden.message(),
        "Forbidden access, e.g. joining a room without permission, failed login."
    );
    // The definition's `: ` is no part of it; a second definition paragraph is no entry.
    assert_eq!(
        MatrixError::MUnknownToken.message(),
        "The access or refresh token specified was not recognised."
    );
    assert_eq!(
        MatrixError::from_code("M_BAD_STATE"),
        None,
        "another section"
    );
    let error = MatrixError::decode::<serde_json::Value>(
        403,
        br#"{"errcode":"M_FORBIDDEN","error":"Invalid password"}"#,
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(MatrixError::MForbidden));
    assert_eq!(error.message(), Some("Invalid password"));
    let page = MatrixError::decode::<serde_json::Value>(200, br#"{"user_id":"@a:b.c"}"#).unwrap();
    assert_eq!(page.data["user_id"], "@a:b.c");
}
