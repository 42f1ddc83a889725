//! Every mapping of Kaiko's published table, pinned at compile time.

use kaiko_errors::ErrorCode;

const _: () = {
    assert!(ErrorCode::BadRequest.status() == 400);
    assert!(ErrorCode::Unauthorized.status() == 401);
    assert!(ErrorCode::Forbidden.status() == 403);
    assert!(ErrorCode::NotFound.status() == 404);
    assert!(ErrorCode::MethodNotAllowed.status() == 405);
    assert!(ErrorCode::NotAcceptable.status() == 406);
    assert!(ErrorCode::RateLimitReached.status() == 429);
    assert!(ErrorCode::InternalServerError.status() == 500);
    assert!(ErrorCode::ServiceUnavailable.status() == 503);
    assert!(matches!(ErrorCode::from_status(400), Some(ErrorCode::BadRequest)));
    assert!(matches!(ErrorCode::from_status(401), Some(ErrorCode::Unauthorized)));
    assert!(matches!(ErrorCode::from_status(403), Some(ErrorCode::Forbidden)));
    assert!(matches!(ErrorCode::from_status(404), Some(ErrorCode::NotFound)));
    assert!(matches!(ErrorCode::from_status(405), Some(ErrorCode::MethodNotAllowed)));
    assert!(matches!(ErrorCode::from_status(406), Some(ErrorCode::NotAcceptable)));
    assert!(matches!(ErrorCode::from_status(429), Some(ErrorCode::RateLimitReached)));
    assert!(matches!(ErrorCode::from_status(500), Some(ErrorCode::InternalServerError)));
    assert!(matches!(ErrorCode::from_status(503), Some(ErrorCode::ServiceUnavailable)));
    assert!(ErrorCode::from_status(502).is_none());
    assert!(ErrorCode::ALL.len() == 9);
    assert!(ErrorCode::RateLimitReached.detail().is_none());
    assert!(ErrorCode::Unauthorized.detail().is_some());
};

fn main() {}
