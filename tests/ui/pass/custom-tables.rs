//! Downstream use: custom columns, user derives and docs, variants named `Ok`, `None` and
//! `Some` under a glob import of the enum.

#![deny(warnings)]

use kaiko_errors::error_table;

#[error_table(spec = "specs/exchange.md")]
#[derive(Debug, Clone)]
pub enum ExchangeError {}

#[error_table(spec = "specs/billing.md", code_column = "Status", message_column = "Description")]
#[derive(PartialOrd, Ord)]
/// The user's own docs, derives and attributes stay.
pub enum BillingError {}

#[allow(unused_imports)]
use ExchangeError::*;

const _: () = {
    assert!(Ok.status() == 200);
    assert!(Found.status() == 302);
    assert!(None.status() == 404);
    assert!(Some.status() == 409);
    assert!(ImATeapot.status() == 418);
    assert!(TooManyRequests.status() == 429);
    assert!(HttpVersionNotSupported.status() == 505);
    assert!(matches!(ExchangeError::from_status(404), Option::Some(None)));
    assert!(BillingError::PaymentRequired.status() == 402);
    assert!(BillingError::OAuthTokenExpiredRevoked.status() == 401);
    assert!(BillingError::ErrUnknown.status() == 520);
};

fn main() {
    let result: Result<(), ExchangeError> = Result::Err(Unauthorized);
    assert_eq!(result.unwrap_err().status(), 401);
    assert!(BillingError::PaymentRequired < BillingError::ErrUnknown);
    assert_eq!(BillingError::ErrUnknown.detail(), Option::Some("Something else."));
}
