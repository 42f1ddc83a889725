//! Kaiko's own table, `kaiko_errors::ErrorCode`, generated from `spec/error-codes.md`.

use kaiko_errors::{ErrorCode, ErrorTable, UnknownStatus};

// The const asserts pinning every mapping are the compile test `ui/pass/kaiko-mappings.rs`.

#[test]
fn all_is_in_spec_order_and_round_trips() {
    let statuses: Vec<u16> = ErrorCode::ALL.iter().map(|code| code.status()).collect();
    assert_eq!(statuses, [400, 401, 403, 404, 405, 406, 429, 500, 503]);
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_status(code.status()), Some(code));
        assert_eq!(ErrorCode::try_from(code.status()), Ok(code));
        assert_eq!(u16::from(code), code.status());
    }
    assert_eq!(<ErrorCode as ErrorTable>::ALL, ErrorCode::ALL);
}

#[test]
fn undocumented_statuses_are_none() {
    for status in
        (0..=u16::MAX).filter(|s| ![400, 401, 403, 404, 405, 406, 429, 500, 503].contains(s))
    {
        assert_eq!(ErrorCode::from_status(status), None, "{status}");
    }
    assert_eq!(ErrorCode::try_from(502), Err(UnknownStatus(502)));
    assert_eq!(
        UnknownStatus(502).to_string(),
        "HTTP status 502 is not in the error table"
    );
}

#[test]
fn messages_are_the_cells_as_plain_text() {
    assert_eq!(
        ErrorCode::Unauthorized.message(),
        "Unauthorized -- You are not authenticated properly. See Authentication."
    );
    assert_eq!(ErrorCode::Unauthorized.reason(), "Unauthorized");
    assert_eq!(
        ErrorCode::Unauthorized.detail(),
        Some("You are not authenticated properly. See Authentication.")
    );
    assert_eq!(
        ErrorCode::Forbidden.message(),
        "Forbidden -- You don't have access to the requested resource."
    );
    assert_eq!(ErrorCode::RateLimitReached.message(), "Rate limit reached");
    assert_eq!(ErrorCode::RateLimitReached.reason(), "Rate limit reached");
    assert_eq!(ErrorCode::RateLimitReached.detail(), None);
    assert_eq!(
        ErrorCode::ServiceUnavailable.detail(),
        Some("We're temporarily offline for maintenance.")
    );
    assert_eq!(ErrorCode::NotFound.to_string(), "Not Found");
    assert_eq!(
        ErrorCode::InternalServerError.to_string(),
        "Internal Server Error -- We had a problem with our service. Try again later."
    );
}

#[test]
fn is_a_std_error() {
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(ErrorCode::NotFound);
    assert_eq!(boxed.to_string(), "Not Found");
    assert!(boxed.source().is_none());
}

#[test]
fn serde_uses_the_numeric_code() {
    assert_eq!(
        serde_json::to_string(&ErrorCode::RateLimitReached).unwrap(),
        "429"
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("429").unwrap(),
        ErrorCode::RateLimitReached
    );
    let all: Vec<ErrorCode> = serde_json::from_str("[400, 503]").unwrap();
    assert_eq!(all, [ErrorCode::BadRequest, ErrorCode::ServiceUnavailable]);
    for bad in ["418", "-1", "70000", "\"429\"", "4.29", "null"] {
        let err = serde_json::from_str::<ErrorCode>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("ErrorCode"), "{bad}: {err}");
    }
    let err = serde_json::from_str::<ErrorCode>("418")
        .unwrap_err()
        .to_string();
    assert!(err.contains("418"), "{err}");
}

#[test]
fn user_structs_can_hold_a_code() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Logged {
        code: ErrorCode,
        retries: u8,
    }
    let logged: Logged = serde_json::from_str(r#"{"code":503,"retries":2}"#).unwrap();
    assert_eq!(logged.code, ErrorCode::ServiceUnavailable);
    assert_eq!(
        serde_json::to_string(&logged).unwrap(),
        r#"{"code":503,"retries":2}"#
    );
}

/// The size of an error on 64-bit targets, stated in the docs of `ApiError`.
#[test]
fn api_error_size() {
    let size = std::mem::size_of::<kaiko_errors::ApiError<ErrorCode>>();
    println!("size_of::<ApiError<ErrorCode>>() = {size}");
    assert!(size <= 96, "{size}");
}

/// Kaiko's page is kept verbatim in each package that reads it (a package reads only its
/// own files): every copy is the same page, the one in `../shared/seed` when present.
#[test]
fn every_copy_of_kaikos_page_is_the_same() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let original = std::fs::read_to_string(root.join("spec/error-codes.md")).unwrap();
    for copy in [
        "kaiko-errors/spec/error-codes.md",
        "kaiko-errors-codegen/spec/error-codes.md",
        "cargo-kaiko-errors/tests/specs/kaiko-error-codes.md",
        "cargo-kaiko-errors/tests/specs/diff/kaiko-before.md",
        "benches/compile-time/with-attribute/spec/error-codes.md",
        "benches/compile-time/generated-file/spec/error-codes.md",
        "../shared/seed/kaiko-error-codes.md",
    ] {
        match std::fs::read_to_string(root.join(copy)) {
            Ok(text) => assert!(text == original, "{copy} differs from spec/error-codes.md"),
            // Only the shared seed may be absent (a checkout without ../shared).
            Err(_) => assert!(copy.starts_with("../shared"), "{copy} is missing"),
        }
    }
}
