//! The three layouts, pinned at compile time.
use kaiko_errors::error_table;

#[error_table(spec = "specs/heading-page.md", codes = "integer", layout = "headings")]
pub enum HeadingError {}

#[error_table(spec = "specs/list-page.md", codes = "integer", layout = "list")]
pub enum ListError {}

#[error_table(
    spec = "specs/html-table.md",
    codes = "integer",
    code_column = "Error Code",
    status_column = "HTTP Status",
    message_column = "Message"
)]
pub enum HtmlError {}

const _: () = assert!(HeadingError::TooManyRequests.code() == -1003);
const _: () = assert!(HeadingError::TooManyRequests.messages().len() == 2);
const _: () = assert!(matches!(HeadingError::from_code(-1007), Some(HeadingError::Timeout)));
const _: () = assert!(HeadingError::from_code(-1010).is_none());
const _: () = assert!(HeadingError::ALL.len() == 6);
const _: () = assert!(ListError::ALL.len() == 5);
const _: () = assert!(matches!(ListError::from_code(10001), Some(ListError::SystemError)));
const _: () = assert!(HtmlError::ExpiredTokenSignInAgain.status() == 401);
const _: () = assert!(HtmlError::InvalidApiKey.messages().len() == 1);

fn main() {
    assert_eq!(
        HeadingError::TooManyRequests.messages(),
        [
            "Too many requests queued.",
            "Too much request weight used; current limit is %s request weight per %s. \
             Nested detail of the second message."
        ]
    );
    assert_eq!(
        HeadingError::from_code(-1013).map(HeadingError::message),
        Some("The request is rejected by the API.")
    );
    assert_eq!(
        HeadingError::IllegalCharacters.message(),
        "The request has: illegal characters in a parameter; a parameter that is too long."
    );
    assert_eq!(
        HeadingError::OrderCancelReplacePartiallyFailed.code(),
        -2021
    );
    // A nested item is part of its parent's message, which names the variant.
    assert_eq!(
        ListError::from_code(10002),
        Some(ListError::MalformedRequestTheBodyIsNotJson)
    );
    assert_eq!(
        ListError::MalformedRequestTheBodyIsNotJson.message(),
        "Malformed request. The body is not JSON."
    );
    assert_eq!(ListError::InvalidAccessKey.code(), 20002);
}
