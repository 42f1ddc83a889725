//! A struck-through code is `#[deprecated]`: the user's own use of it warns (here, under
//! `deny`, fails), and the message says where the docs struck it.
#![deny(deprecated)]

use kaiko_errors::error_table;

#[error_table(spec = "specs/struck-codes.md", codes = "integer", section = "Bank", code_column = "Code", message_column = "Message")]
pub enum BankError {}

fn main() {
    let _ = BankError::OldBankCode;
}
