//! The spec as plain data: what the parser reads and the generator writes out.

pub use crate::markdown::Position;

/// What a table's codes are: `codes = "status" | "integer" | "string"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodeKind {
    /// HTTP statuses in 100..=599.
    #[default]
    Status,
    /// The API's own integer codes, anything that fits `i64`.
    Integer,
    /// The API's own string codes: one word each.
    String,
}

/// A checked code of a table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// An HTTP status of a status table.
    Status(u16),
    /// An integer code (`codes = "integer"`).
    Integer(i64),
    /// A string code (`codes = "string"`).
    Str(String),
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Code::Status(code) => write!(f, "{code}"),
            Code::Integer(code) => write!(f, "{code}"),
            Code::Str(code) => write!(f, "`{code}`"),
        }
    }
}

/// The names of the columns to read, as the user wrote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub code: String,
    pub message: String,
    /// With a detail column, the message cell is the whole reason and this column's
    /// cell the detail.
    pub detail: Option<String>,
    /// Where variant names come from, when not from the reason (or a string code).
    pub name: Option<String>,
    /// The HTTP status of each code (code tables only).
    pub status: Option<String>,
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            code: "Error Code".to_owned(),
            message: "Meaning".to_owned(),
            detail: None,
            name: None,
            status: None,
        }
    }
}

/// Which tables of the page are read: `tables = "first" | "all"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tables {
    /// The first table that has the columns.
    #[default]
    First,
    /// Every table that has the columns, rows in page order.
    All,
}

/// How the page writes its entries: `layout = "table" | "headings" | "list"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Pipe tables and HTML `<table>`s, a row per code.
    #[default]
    Table,
    /// A heading per code, its messages under it.
    Headings,
    /// A list item per code, its message after the code.
    List,
}

impl Layout {
    /// The value of `layout = "..."` that selects it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Table => "table",
            Layout::Headings => "headings",
            Layout::List => "list",
        }
    }
}

/// An entry of the page (a table row, a code heading, a code list item), its text plain,
/// not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub code: String,
    pub code_at: Position,
    pub message: String,
    pub message_at: Position,
    /// The detail column's cell, when the attribute names one.
    pub detail: Option<String>,
    /// The name column's cell, when the attribute names one.
    pub name: Option<(String, Position)>,
    /// The status column's cell, when the attribute names one.
    pub status: Option<(String, Position)>,
    /// The messages documented after the first (the further bullets under a heading).
    pub further_messages: Vec<String>,
    /// The code is struck through: retired by the docs, still sent by servers.
    pub struck: bool,
    /// A pipe table's row whose line has no `|` (a line Markdown reads as a row of its
    /// own: mostly a cell broken onto two lines).
    pub without_pipe: bool,
    /// A table's row whose code cell is its only text, as a category's title is.
    pub code_only: bool,
}

/// A checked row: one variant of the generated enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    /// The code, as documented.
    pub code: Code,
    /// The documented HTTP status: the code of a status table, the status column's cell
    /// of a code table, `None` for a code table without one.
    pub status: Option<u16>,
    /// The variant's name.
    pub name: String,
    /// The first documented message: `Display` and `message()`.
    pub message: String,
    /// Every documented message in page order: `message` first.
    pub messages: Vec<String>,
    /// The message's reason: `reason()`.
    pub reason: String,
    /// The message's detail, after the reason: `detail()`.
    pub detail: Option<String>,
    /// The 1-based line of the entry in the spec.
    pub line: usize,
    /// Struck through in the docs: the variant is `#[deprecated]`.
    pub deprecated: bool,
}

/// A problem in the spec, with where it is when it is at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub at: Option<Position>,
    pub message: String,
    /// About the `section = "..."` argument (no such heading, two of them): the compile
    /// error points at that argument rather than at `spec`.
    pub about_section: bool,
}

impl SpecError {
    pub fn at(at: Position, message: impl Into<String>) -> Self {
        SpecError {
            at: Some(at),
            message: message.into(),
            about_section: false,
        }
    }

    /// Where the error is, as errors are sorted ([`sort_by_place`]).
    pub fn place(&self) -> Option<Position> {
        self.at
    }

    pub fn whole_file(message: impl Into<String>) -> Self {
        SpecError {
            at: None,
            message: message.into(),
            about_section: false,
        }
    }

    pub fn about_section(message: impl Into<String>) -> Self {
        SpecError {
            about_section: true,
            ..SpecError::whole_file(message)
        }
    }

    /// `path:line:column: message`, the form editors and terminals link.
    #[cfg(test)]
    pub fn render(&self, path: &str) -> String {
        match self.at {
            Some(at) => format!("{path}:{}:{}: {}", at.line, at.column, self.message),
            None => format!("{path}: {}", self.message),
        }
    }
}

/// `items` in page order by `place`, those of one place in the order given: an insertion
/// sort, since std's stable sort compiles some 2,000 lines of LLVM IR into this crate for
/// each of its callers (BENCHMARKS.md, "Compile time"), and what is sorted here is a
/// page's errors, few and mostly in page order already.
pub(crate) fn sort_by_place<T>(items: &mut [T], place: fn(&T) -> Option<Position>) {
    for sorted in 1..items.len() {
        let mut at = sorted;
        while let (Some(before), Some(this)) = (items.get(at.wrapping_sub(1)), items.get(at)) {
            if place(before) <= place(this) {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}
