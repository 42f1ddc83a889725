//! `rename` pins a variant's name: a reworded row keeps its name, and a reason that gives
//! no identifier gets one.

#[kaiko_errors::error_table(spec = "specs/exchange.md", rename(429 = "RateLimited", 418 = "Teapot"))]
pub enum Pinned {}

#[kaiko_errors::error_table(spec = "specs/reason-no-identifier.md", rename(418 = "Shrug", 420 = "Fire"))]
pub enum Fixed {}

const _: () = assert!(Pinned::RateLimited.status() == 429);
const _: () = assert!(Pinned::Teapot.status() == 418);
const _: () = assert!(Fixed::Fire.status() == 420);

fn main() {
    // The message and reason still come from the spec.
    assert_eq!(Pinned::RateLimited.reason(), "Too Many Requests");
    assert_eq!(Fixed::Shrug.detail(), Some("shrug"));
}
