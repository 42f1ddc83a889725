//! Downstream-style use of the attribute on this crate's own specs (`specs/`).

use kaiko_errors::{error_table, ErrorTable};

#[error_table(spec = "specs/exchange.md")]
#[derive(PartialOrd, Ord, Debug)]
/// Documented by the user.
pub enum ExchangeError {}

#[error_table(
    spec = "specs/billing.md",
    code_column = "Status",
    message_column = "Description"
)]
pub enum BillingError {}

/// CRLF line endings, a UTF-8 BOM, and reasons that are not in English.
#[error_table(spec = "specs/localized.md")]
pub enum LocalizedError {}

#[test]
fn variants_follow_the_spec_in_order() {
    let names: Vec<String> = ExchangeError::ALL
        .iter()
        .map(|e| format!("{e:?}"))
        .collect();
    assert_eq!(
        names,
        [
            "Ok",
            "Found",
            "BadRequest",
            "Unauthorized",
            "None",
            "Some",
            "ImATeapot",
            "UnprocessableEntity",
            "TooManyRequests",
            "InternalServerError",
            "HttpVersionNotSupported"
        ]
    );
    assert!(ExchangeError::Ok < ExchangeError::HttpVersionNotSupported);
}

#[test]
fn cells_are_reduced_to_plain_text() {
    assert_eq!(
        ExchangeError::Found.detail(),
        Some("The resource moved; follow Location.")
    );
    assert_eq!(
        ExchangeError::Unauthorized.message(),
        "Unauthorized -- See Authentication."
    );
    assert_eq!(
        ExchangeError::TooManyRequests.message(),
        "Too Many Requests -- Slow down: 6,000 a minute."
    );
    assert_eq!(
        BillingError::OAuthTokenExpiredRevoked.message(),
        "OAuth token expired & revoked"
    );
}

#[test]
fn markdown_in_cells_is_text() {
    assert_eq!(
        ExchangeError::UnprocessableEntity.detail(),
        Some("Field [name] must be <T> & at most 64 chars | see docs.")
    );
}

#[test]
fn typographic_dashes_separate_reason_and_detail() {
    assert_eq!(BillingError::PaymentRequired.reason(), "Payment Required");
    assert_eq!(
        BillingError::PaymentRequired.detail(),
        Some("Your card was declined.")
    );
    assert_eq!(BillingError::ErrUnknown.reason(), "ERR_UNKNOWN");
    assert_eq!(BillingError::ErrUnknown.status(), 520);
    assert_eq!(BillingError::ALL.len(), 3);
}

#[test]
fn non_english_reasons_give_identifiers() {
    assert_eq!(LocalizedError::Verboten.detail(), Some("Kein Zugriff."));
    assert_eq!(LocalizedError::ZuVieleAnfragen.status(), 429);
    assert_eq!(LocalizedError::Überlastet.status(), 503);
    assert_eq!(LocalizedError::未找到.status(), 404);
    assert_eq!(LocalizedError::НеНайдено.status(), 410);
    assert_eq!(
        LocalizedError::from_status(503),
        Some(LocalizedError::Überlastet)
    );
}

#[test]
fn each_table_decodes_with_its_own_codes() {
    let body = br#"{"result":"error","message":"teapot","data":null}"#;
    let error = ExchangeError::decode::<Vec<u8>>(418, body).unwrap_err();
    assert_eq!(error.code(), Some(ExchangeError::ImATeapot));
    assert_eq!(error.to_string(), "HTTP 418 I'm a teapot: teapot");
    let error = BillingError::decode::<Vec<u8>>(402, body).unwrap_err();
    assert_eq!(error.code(), Some(BillingError::PaymentRequired));
    let error = kaiko_errors::decode::<LocalizedError, Vec<u8>>(418, body).unwrap_err();
    assert_eq!(error.code(), None);
    assert_eq!(
        <ExchangeError as ErrorTable>::from_status(200),
        Some(ExchangeError::Ok)
    );
}

/// MemOS's page titles its categories with bold rows (`| **Parameter Errors** | | |`).
#[error_table(
    spec = "specs/memos-error-codes.md",
    codes = "integer",
    code_column = "Code",
    detail_column = "Resolution",
    rename(40130 = "ApiKeyRequired")
)]
pub enum MemosError {}

#[test]
fn bold_rows_that_title_categories_are_no_variants() {
    // 37 codes under 5 category rows.
    assert_eq!(MemosError::ALL.len(), 37);
    assert_eq!(MemosError::ALL[0], MemosError::InvalidRequestParameters);
    assert_eq!(MemosError::ALL[0].code(), 40000);
    assert_eq!(
        MemosError::ALL[0].detail(),
        Some("Check parameter names, types, and formats")
    );
    // The first row after a category's title.
    assert_eq!(
        MemosError::from_code(40100),
        Some(MemosError::ApiKeyAuthenticationRequired)
    );
    assert_eq!(
        MemosError::from_code(40130),
        Some(MemosError::ApiKeyRequired)
    );
    assert_eq!(
        MemosError::from_code(50000),
        Some(MemosError::InternalServerError)
    );
    for title in [
        "Parameter Errors",
        "Authentication & Permission Errors",
        "Quota & Rate Limit Errors",
        "System & Service Errors",
        "Knowledge Base & Operations",
    ] {
        assert!(MemosError::ALL.iter().all(|error| error.reason() != title));
    }
}
