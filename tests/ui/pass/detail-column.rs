//! Reason and detail in two columns: `detail_column` takes the detail from its own column
//! and keeps the message column whole as the reason.

#[kaiko_errors::error_table(spec = "specs/two-columns.md", message_column = "Error Name", detail_column = "Description")]
pub enum TwoColumns {}

const _: () = assert!(TwoColumns::BadRequestMalformed.status() == 400);

fn main() {
    assert_eq!(TwoColumns::BadRequestMalformed.reason(), "Bad Request -- Malformed");
    assert_eq!(TwoColumns::BadRequestMalformed.detail(), Some("The request body is not valid JSON."));
    assert_eq!(
        TwoColumns::BadRequestMalformed.message(),
        "Bad Request -- Malformed -- The request body is not valid JSON."
    );
    assert_eq!(TwoColumns::NotFound.message(), "Not Found");
    assert_eq!(TwoColumns::NotFound.detail(), None);
    assert_eq!(TwoColumns::TooManyRequests.to_string(), "Too Many Requests -- Slow down: at most 10 requests a second.");
}
