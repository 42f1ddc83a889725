//! Tables of application codes: const mappings pinned at compile time, negative and
//! string codes, a status column, and a glob import of the variants.
#![deny(warnings)]

use kaiko_errors::error_table;

#[error_table(
    spec = "specs/binance-errors.md",
    codes = "integer",
    code_column = "Code",
    name_column = "Name",
    message_column = "Description",
    tables = "all",
    envelope(code = "code", message = "msg", data = ""),
    rename(-1121 = "BadSymbol"),
)]
pub enum BinanceError {}

#[error_table(
    spec = "specs/twirp-errors.md",
    codes = "string",
    code_column = "JSON/String",
    name_column = "twirp.ErrorCode",
    message_column = "twirp.ErrorCode",
    status_column = "HTTP status code",
)]
pub enum TwirpError {}

const _: () = {
    assert!(BinanceError::BadSymbol.code() == -1121);
    assert!(matches!(BinanceError::from_code(-1121), Some(BinanceError::BadSymbol)));
    assert!(matches!(BinanceError::from_code(-1003), Some(BinanceError::TooManyRequests)));
    assert!(BinanceError::from_code(0).is_none());
    assert!(TwirpError::NotFound.status() == 404);
    assert!(TwirpError::Unavailable.status() == 503);
    assert!(TwirpError::ALL.len() == 17);
};

fn main() {
    use BinanceError::*;
    assert_eq!(BadSymbol.code(), -1121);
    assert_eq!(TwirpError::from_code("not_found"), Some(TwirpError::NotFound));
    assert_eq!(TwirpError::NotFound.code(), "not_found");
}
