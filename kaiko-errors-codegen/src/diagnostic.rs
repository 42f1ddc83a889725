//! Diagnostics as data: what is wrong, in which spec file and where, or which option.
//! The macro turns them into compile errors on its arguments' spans; the CLI renders them
//! as rustc renders its own.

use crate::model::{Position, SpecError};

/// One problem found in the options or the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What is wrong and what to do, in one sentence or a few.
    pub message: String,
    /// The spec file it is about, and where in it when it is at one place.
    pub spec: Option<SpecPlace>,
    /// The option it is about, when it is about one (`section`, a `rename`...): the macro
    /// points at that argument.
    pub argument: Option<Argument>,
}

/// A spec file, and the place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpecPlace {
    /// The path as the options spell it.
    pub file: String,
    /// Where in the file; `None` for the file as a whole.
    pub span: Option<SpecSpan>,
}

/// A place in a spec: 1-based line and column (in characters), the end of what is
/// pointed at (on the same line, exclusive), and the line itself.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpecSpan {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The column just after what is pointed at (a table cell, or the rest of the line).
    pub end_column: usize,
    /// The whole line, as in the file (without its line break).
    pub source_line: String,
}

/// The option a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Argument {
    /// `spec`.
    Spec,
    /// `codes`.
    Codes,
    /// `layout`.
    Layout,
    /// `section`.
    Section,
    /// `code_column`.
    CodeColumn,
    /// `name_column`.
    NameColumn,
    /// `message_column`.
    MessageColumn,
    /// `detail_column`.
    DetailColumn,
    /// `status_column`.
    StatusColumn,
    /// `tables`.
    Tables,
    /// A key of `envelope(...)`.
    Envelope(EnvelopeKey),
    /// The code at this index of `retryable(...)`.
    Retryable(usize),
    /// The code of the `rename` at this index.
    RenameCode(usize),
    /// The name of the `rename` at this index.
    RenameName(usize),
    /// `crate`.
    Crate,
}

/// A key of `envelope(...)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EnvelopeKey {
    /// `data`.
    Data,
    /// `message`.
    Message,
    /// `code`.
    Code,
    /// The path of `success(...)`.
    Success,
    /// The path of `error(...)`.
    Error,
}

impl Diagnostic {
    /// A problem with an option.
    pub(crate) fn argument(argument: Argument, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            spec: None,
            argument: Some(argument),
        }
    }

    /// A problem in the spec, placed in `page` (its text, when it was read).
    pub(crate) fn in_spec(error: SpecError, file: &str, page: Option<&str>) -> Self {
        // `match` and loops rather than adaptors with closures in this module: each closure
        // is one more instance of its adaptor compiled into the crate (BENCHMARKS.md).
        let mut span = None;
        if let Some(at) = error.at {
            let line = match page {
                Some(page) => line_of(page, at.line),
                None => None,
            };
            span = Some(spec_span(at, line));
        }
        Diagnostic {
            message: error.message,
            spec: Some(SpecPlace {
                file: file.to_owned(),
                span,
            }),
            argument: error.about_section.then_some(Argument::Section),
        }
    }

    /// The message as the macro writes it: `file:line:column: message` (the form editors
    /// and terminals link), then the spec line itself, trimmed.
    pub fn headline(&self) -> String {
        match &self.spec {
            Some(SpecPlace {
                file,
                span: Some(span),
            }) => format!("{file}:{}:{}: {}", span.line, span.column, self.message),
            Some(SpecPlace { file, span: None }) => format!("{file}: {}", self.message),
            None => self.message.clone(),
        }
    }

    /// [`headline`](Self::headline) and, for a place in the spec, its line (trimmed) after
    /// its number, as the macro reports it.
    pub fn with_source_line(&self) -> String {
        match &self.spec {
            Some(SpecPlace {
                span: Some(span), ..
            }) if !span.source_line.trim().is_empty() => format!(
                "{}\n{} | {}",
                self.headline(),
                span.line,
                span.source_line.trim()
            ),
            _ => self.headline(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.headline())
    }
}

impl std::error::Error for Diagnostic {}

fn line_of(page: &str, line: usize) -> Option<&str> {
    page.lines().nth(line.checked_sub(1)?)
}

/// The span of what starts at `at`: up to the cell's closing `|` in a table row, to the
/// line's end otherwise (trailing spaces excluded). What starts a line, or follows a `|`,
/// on a line with a `|` is a cell: a row needs no leading pipe (`59000 | 200 | Failed`).
fn spec_span(at: Position, source_line: Option<&str>) -> SpecSpan {
    let source_line = source_line.unwrap_or_default();
    let chars: Vec<char> = source_line.chars().collect();
    let start = at.column.saturating_sub(1).min(chars.len());
    let (before, rest) = chars.split_at(start);
    let before: String = before.iter().collect();
    let before = before.trim_end();
    let in_table = chars.contains(&'|') && (before.is_empty() || before.ends_with('|'));
    // An escaped `\|` is part of the cell.
    let mut length = rest.len();
    if in_table {
        let mut previous = None;
        for (i, &c) in rest.iter().enumerate() {
            if c == '|' && previous != Some('\\') {
                length = i;
                break;
            }
            previous = Some(c);
        }
    }
    while length > 0 && rest.get(length - 1).copied().unwrap_or('x').is_whitespace() {
        length -= 1;
    }
    SpecSpan {
        line: at.line,
        column: at.column,
        end_column: at.column + length.max(1),
        source_line: source_line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_spanned_to_its_pipe_with_or_without_a_leading_one_and_a_heading_to_its_end() {
        let page = "# Errors\n\n| 99 | Odd  |\n### -1 BAD thing  \n";
        let cell = spec_span(Position { line: 3, column: 3 }, line_of(page, 3));
        assert_eq!((cell.column, cell.end_column), (3, 5));
        let heading = spec_span(Position { line: 4, column: 5 }, line_of(page, 4));
        assert_eq!((heading.column, heading.end_column), (5, 17));
        let past = spec_span(Position { line: 9, column: 1 }, line_of(page, 9));
        assert_eq!((past.end_column, past.source_line.as_str()), (2, ""));
        let page = "59000 | 200 | Failed  \n  a \\| b | c\n### -1 A | B\n- `7` x | y\n";
        let first = spec_span(Position { line: 1, column: 1 }, line_of(page, 1));
        assert_eq!((first.column, first.end_column), (1, 6));
        let last = spec_span(
            Position {
                line: 1,
                column: 15,
            },
            line_of(page, 1),
        );
        assert_eq!(last.end_column, 21);
        let escaped = spec_span(Position { line: 2, column: 3 }, line_of(page, 2));
        assert_eq!(escaped.end_column, 9);
        let heading = spec_span(Position { line: 3, column: 5 }, line_of(page, 3));
        assert_eq!(heading.end_column, 13);
        let item = spec_span(Position { line: 4, column: 3 }, line_of(page, 4));
        assert_eq!(item.end_column, 12);
    }

    #[test]
    fn the_macro_form_quotes_the_line() {
        let error = SpecError::at(Position { line: 3, column: 3 }, "not a status");
        let diagnostic = Diagnostic::in_spec(error, "x.md", Some("a\n\n  | 99 | Odd |\n"));
        assert_eq!(
            diagnostic.with_source_line(),
            "x.md:3:3: not a status\n3 | | 99 | Odd |"
        );
    }
}
