//! Struck-through codes: the generated code compiles under `deny(deprecated)`, and a use
//! of a retired variant is allowed where it is written.
#![deny(deprecated)]

use kaiko_errors::error_table;

#[error_table(spec = "specs/struck-codes.md", codes = "integer", section = "Bank", code_column = "Code", message_column = "Message")]
#[derive(PartialOrd, Ord)]
pub enum BankError {}

#[error_table(spec = "specs/repeated-sections.md", codes = "integer", section = "Derivatives / Orders", code_column = "Code", message_column = "Message")]
pub enum DerivativesError {}

fn main() {
    #[allow(deprecated)]
    let retired = BankError::OldBankCode;
    assert_eq!(retired.code(), 4002);
    assert_eq!(BankError::from_code(4002), Some(retired));
    assert_eq!(BankError::ALL.len(), 5);
    // The user's own derives below the attribute compile under `deny(deprecated)` too.
    assert!(BankError::ALL[0] < BankError::ALL[4]);
    assert_eq!(DerivativesError::ALL.len(), 1);
    assert_eq!(DerivativesError::from_code(110001).map(DerivativesError::message), Some("Order does not exist."));
}
