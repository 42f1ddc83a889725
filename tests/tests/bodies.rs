//! `ApiError::body()`: what the server sent, kept with every error that had a body.

use kaiko_errors::{decode, ApiError, ErrorCode};

fn error(status: u16, body: &[u8]) -> ApiError<ErrorCode> {
    decode::<ErrorCode, Vec<u64>>(status, body).unwrap_err()
}

#[test]
fn every_error_with_a_body_keeps_it() {
    // The API's own error: the body, and the message read from it.
    let body = br#"{"result":"error","message":"Rate limit reached","data":""}"#;
    let api = error(429, body);
    assert_eq!(api.body(), Some(&body[..]));
    assert_eq!(api.message(), Some("Rate limit reached"));
    // Under a 2xx too.
    assert_eq!(error(200, body).body(), Some(&body[..]));
    // A proxy's page, an undocumented status, a 2xx that is not an envelope.
    let html = b"<html><body>502 Bad Gateway</body></html>";
    assert_eq!(error(502, html).body(), Some(&html[..]));
    assert_eq!(error(418, b"teapot").body(), Some(&b"teapot"[..]));
    let undecodable = br#"{"result":"success","data":{"not":"a list"}}"#;
    let decode_error = error(200, undecodable);
    assert!(decode_error.is_decode());
    assert_eq!(decode_error.body(), Some(&undecodable[..]));
    // A message with escapes is kept beside the body, unescaped.
    let escaped = br#"{"result":"error","message":"caf\u00e9 \"closed\""}"#;
    let escaped_error = error(503, escaped);
    assert_eq!(escaped_error.message(), Some("café \"closed\""));
    assert_eq!(escaped_error.body(), Some(&escaped[..]));
    // An empty body keeps nothing.
    assert_eq!(error(502, b"").body(), None);
    assert_eq!(error(200, b"").body(), None);
}

#[test]
fn a_huge_body_is_cut_at_64_kib() {
    let mut body = br#"{"result":"error","message":"too big","data":""#.to_vec();
    body.extend(std::iter::repeat_n(b'x', 1 << 20));
    body.extend_from_slice(br#""}"#);
    let huge = error(500, &body);
    assert_eq!(huge.body().map(<[u8]>::len), Some(64 * 1024));
    assert_eq!(huge.body(), Some(&body[..64 * 1024]));
    assert_eq!(huge.message(), Some("too big"));
    // A message past the cut is still whole.
    let mut late = br#"{"result":"error","data":""#.to_vec();
    late.extend(std::iter::repeat_n(b'y', 70_000));
    late.extend_from_slice(br#"","message":"after the cut"}"#);
    assert_eq!(error(500, &late).message(), Some("after the cut"));
}

#[test]
fn debug_shows_the_body_as_text_cut_to_256_bytes() {
    let page = format!("<html>{}</html>", "a".repeat(1_000));
    let debug = format!("{:?}", error(502, page.as_bytes()));
    assert!(debug.contains("body: Some(\"<html>aaaa"), "{debug}");
    assert!(
        debug.contains(&format!("... ({} bytes kept)", page.len())),
        "{debug}"
    );
    assert!(debug.len() < 600, "{}", debug.len());
    assert!(!debug.contains("[60, 104"), "not as numbers: {debug}");
    let short = format!("{:?}", error(404, b"Not here"));
    assert!(short.contains("body: Some(\"Not here\")"), "{short}");
}

#[test]
fn api_error_is_send_sync_static() {
    fn assert_bounds<T: Send + Sync + 'static>() {}
    assert_bounds::<ApiError<ErrorCode>>();
    // For anyhow and tokio::spawn.
    let boxed: Box<dyn std::error::Error + Send + Sync + 'static> = Box::new(error(500, b"x"));
    assert_eq!(boxed.to_string(), "HTTP 500 Internal Server Error");
}
