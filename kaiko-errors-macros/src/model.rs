//! The spec as plain data: what the parser reads and the generator writes out.

pub use crate::markdown::Position;

/// The names of the two columns to read, as the user wrote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub code: String,
    pub message: String,
    /// With a detail column, the message cell is the whole reason and this column's
    /// cell the detail.
    pub detail: Option<String>,
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            code: "Error Code".to_owned(),
            message: "Meaning".to_owned(),
            detail: None,
        }
    }
}

/// A row of the chosen table, its cells as plain text, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub code: String,
    pub code_at: Position,
    pub message: String,
    pub message_at: Position,
    /// The detail column's cell, when the attribute names one.
    pub detail: Option<String>,
}

/// A checked row: one variant of the generated enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    pub status: u16,
    pub name: String,
    pub message: String,
    pub reason: String,
    pub detail: Option<String>,
    pub line: usize,
}

/// A problem in the spec, with where it is when it is at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub at: Option<Position>,
    pub message: String,
}

impl SpecError {
    pub fn at(at: Position, message: impl Into<String>) -> Self {
        SpecError {
            at: Some(at),
            message: message.into(),
        }
    }

    pub fn whole_file(message: impl Into<String>) -> Self {
        SpecError {
            at: None,
            message: message.into(),
        }
    }

    /// `path:line:column: message`, the form editors and terminals link.
    pub fn render(&self, path: &str) -> String {
        match self.at {
            Some(at) => format!("{path}:{}:{}: {}", at.line, at.column, self.message),
            None => format!("{path}: {}", self.message),
        }
    }
}
