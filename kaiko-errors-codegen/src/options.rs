//! The generator's options: what `#[error_table(...)]`'s arguments and the CLI's flags
//! both map onto, as plain data.

use crate::model::{CodeKind, Layout, Tables};
use std::str::FromStr;

/// How to read a spec and what to generate from it. `Options::new("docs/errors.md")`
/// is Kaiko's zero-config case: a status table with the columns `Error Code` and `Meaning`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The spec path as the user wrote it, relative to the base directory given to
    /// [`generate`](crate::generate). Diagnostics name the file by this spelling.
    pub spec: String,
    /// `codes = "status" | "integer" | "string"`.
    pub codes: CodeKind,
    /// `layout = "table" | "headings" | "list"`.
    pub layout: Layout,
    /// `section = "A / B"`: the heading whose part of the page is read.
    pub section: Option<String>,
    /// `code_column`; `None` is `Error Code`.
    pub code_column: Option<String>,
    /// `name_column`.
    pub name_column: Option<String>,
    /// `message_column`; `None` is `Meaning`.
    pub message_column: Option<String>,
    /// `detail_column`.
    pub detail_column: Option<String>,
    /// `status_column` (code tables only).
    pub status_column: Option<String>,
    /// `tables = "first" | "all"`; `None` is `first`.
    pub tables: Option<Tables>,
    /// `envelope(...)`, when given.
    pub envelope: Option<EnvelopeOptions>,
    /// `retryable(CODE, ...)`, in the order written.
    pub retryable: Vec<CodeValue>,
    /// `rename(CODE = "Name", ...)`, in the order written.
    pub renames: Vec<Rename>,
    /// `crate = "path"`: where the runtime crate is when the dependency is renamed.
    pub runtime: Option<String>,
}

impl Options {
    /// The options of a spec read with every default.
    pub fn new(spec: impl Into<String>) -> Self {
        Options {
            spec: spec.into(),
            ..Options::default()
        }
    }
}

/// `envelope(code = "...", message = "...", data = "...", success(..), error(..))`: each
/// `None` is the default (`code`, `message`, `data`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnvelopeOptions {
    /// Where the payload is; `""` is the whole body.
    pub data: Option<String>,
    /// Where the message is.
    pub message: Option<String>,
    /// Where the body's code is (code tables).
    pub code: Option<String>,
    /// `success(PATH = VALUE)`: the field whose value marks a success.
    pub success: Option<Marker>,
    /// `error(PATH = VALUE)`: the field whose value marks an error.
    pub error: Option<Marker>,
}

/// `PATH = VALUE` of `success(...)` or `error(...)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// A dotted path into the body.
    pub path: String,
    /// The literal it is compared with.
    pub value: MarkerValue,
}

/// The literal of a marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkerValue {
    /// `0`, `-1`.
    Int(i64),
    /// `"0"`, `"success"`.
    Str(String),
    /// `true`, `false`.
    Bool(bool),
}

/// A code as written in `rename` or `retryable`, before it is checked against the kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CodeValue {
    /// An integer literal, a sign allowed (`429`, `-1121`).
    Int(i128),
    /// A string literal (`"card_declined"`).
    Str(String),
}

impl std::fmt::Display for CodeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeValue::Int(value) => write!(f, "{value}"),
            CodeValue::Str(value) => write!(f, "{value:?}"),
        }
    }
}

/// `rename(CODE = "Name")`: the variant name pinned for a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The code renamed.
    pub code: CodeValue,
    /// The variant name.
    pub name: String,
}

impl FromStr for CodeKind {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        match value {
            "status" => Ok(CodeKind::Status),
            "integer" => Ok(CodeKind::Integer),
            "string" => Ok(CodeKind::String),
            other => Err(format!(
                "unknown `codes` kind \"{other}\": write \"status\" (HTTP statuses, the default), \
                 \"integer\" (the API's integer codes, such as -1121) or \"string\" (the API's \
                 string codes, such as card_declined)"
            )),
        }
    }
}

impl FromStr for Layout {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        match value {
            "table" => Ok(Layout::Table),
            "headings" => Ok(Layout::Headings),
            "list" => Ok(Layout::List),
            other => Err(format!(
                "unknown `layout` \"{other}\": write \"table\" (pipe or HTML tables, a row per \
                 code, the default), \"headings\" (a heading per code, its messages under it) \
                 or \"list\" (a list item per code, its message after the code)"
            )),
        }
    }
}

impl FromStr for Tables {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, String> {
        match value {
            "first" => Ok(Tables::First),
            "all" => Ok(Tables::All),
            other => Err(format!(
                "unknown `tables` value \"{other}\": write \"first\" (the first table with the \
                 columns, the default) or \"all\" (every such table)"
            )),
        }
    }
}
