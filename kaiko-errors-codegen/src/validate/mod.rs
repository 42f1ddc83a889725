//! Validate stage: checks every row and gives the variants, or every problem at once.
//!
//! Each distinct problem is its own error; when many rows fail the same way (a page of
//! application codes such as 10000-99913), they are said once, with the count and lines.

pub mod options;

use crate::model::{
    sort_by_place, Code, CodeKind, Columns, ErrorRow, Layout, Position, RawRow, SpecError,
};
use crate::naming::{self, NameError};
use std::collections::HashMap;

const STATUS_RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// From this many rows failing the same way, one summary replaces their errors.
const SUMMARY_THRESHOLD: usize = 4;

/// The kinds of row problem, in the order their errors are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    /// First: the row is not one the docs meant, so its cells' problems are not said.
    RowWithoutPipe,
    /// Also not an entry: text alone in the code cell, that is no code.
    CategoryTitle,
    EmptyCode,
    /// A dash or `N/A`: the docs say the row has no code.
    NoCodeMark,
    NotANumber,
    StatusWithText,
    StatusClass,
    OutOfRange,
    NotAnInteger,
    CodeRange,
    /// `4702, 4704`: two codes that share a row (Zoom's OAuth table).
    CodeList,
    BeyondI64,
    CodeWithWhitespace,
    BadStatusCell,
    DuplicateCode,
    EmptyMessage,
    EmptyName,
    /// Said by where the names come from: a summary of codes and one of reasons differ.
    NoIdentifier(NameSource),
    DuplicateName,
}

/// A problem of one row: its error, and what a summary of its kind needs.
struct Problem {
    kind: Kind,
    error: SpecError,
    /// The offending value (the code or the reason), for a summary.
    sample: String,
    /// For a collision, the line of the first of the two entries.
    first_line: Option<usize>,
}

/// What the table is read as: the columns, the kind of its codes, the pinned names.
pub struct TableRules<'a> {
    pub columns: &'a Columns,
    pub kind: CodeKind,
    /// Where the rows come from, for the wording of their errors.
    pub layout: Layout,
    /// The names given by `rename(...)`, by code: they replace the names of the rows.
    pub pinned: &'a [(Code, String)],
}

impl TableRules<'_> {
    /// The name `rename(...)` pins for `code`.
    fn pinned_name(&self, code: &Code) -> Option<&str> {
        for (pinned, name) in self.pinned {
            if pinned == code {
                return Some(name);
            }
        }
        None
    }

    /// What one entry is called in an error: a table's row, a heading, a list item.
    fn entry(&self) -> &'static str {
        match self.layout {
            Layout::Table => "row",
            Layout::Headings => "heading",
            Layout::List => "list item",
        }
    }

    /// Where an entry's message is written, for "the ... must say what the error means".
    fn message_place(&self) -> String {
        match self.layout {
            Layout::Table => format!("the `{}` cell", self.columns.message),
            Layout::Headings => "the text under the heading".to_owned(),
            Layout::List => "the list item, after its code,".to_owned(),
        }
    }
}

/// Where a variant's name comes from, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum NameSource {
    Reason,
    /// The first message of a heading or list item, which names it when nothing else does.
    Message,
    NameColumn,
    Heading,
    StringCode,
}

/// The variants of the table, in spec order, or all the problems found in it.
pub fn check_rows(
    rows: &[RawRow],
    rules: &TableRules<'_>,
) -> Result<Vec<ErrorRow>, Vec<SpecError>> {
    let mut checker = Checker {
        rules,
        problems: Vec::new(),
        lines_by_code: HashMap::new(),
        lines_by_name: HashMap::new(),
        named: Vec::new(),
    };
    let mut checked = Vec::with_capacity(rows.len());
    for row in rows {
        checked.extend(checker.row(row));
    }
    if checker.problems.is_empty() {
        Ok(checked)
    } else {
        Err(summarize(checker.problems, rules))
    }
}

/// The rows seen so far, and the problems found in them.
struct Checker<'r, 'a> {
    rules: &'r TableRules<'a>,
    problems: Vec<Problem>,
    /// The line of each code seen, by its text (one map type for the crate to compile).
    lines_by_code: HashMap<String, usize>,
    /// Each name seen, as an index into `named`.
    lines_by_name: HashMap<String, usize>,
    /// The code and line of each name seen.
    named: Vec<(Code, usize)>,
}

impl Checker<'_, '_> {
    /// One row checked: its variant, or `None` with its problem recorded.
    fn row(&mut self, row: &RawRow) -> Option<ErrorRow> {
        let rules = self.rules;
        if row.without_pipe {
            self.problems.push(row_without_pipe(row));
            return None;
        }
        let code = match parse_code(row, rules.columns, rules.kind, rules.layout) {
            // Text alone in its row, that is no code or a word that could be one: mostly
            // a category's title written without bold.
            Err(_) if row.code_only => {
                self.problems.push(category_title(row, false));
                return None;
            }
            Ok(Code::Str(_)) if row.code_only => {
                self.problems.push(category_title(row, true));
                return None;
            }
            Ok(code) => Some(code),
            Err(problem) => {
                self.problems.push(problem);
                None
            }
        };
        if let Some(code) = &code {
            self.first_with_code(code, row)?;
        }
        let status = self.status(code.as_ref(), row)?;
        if row.message.is_empty() {
            self.problems.push(empty_message(row, code.as_ref(), rules));
            return None;
        }
        let (reason, detail) = match &row.detail {
            // With a detail column the message cell is the whole reason.
            Some(detail) if detail.is_empty() => (row.message.as_str(), None),
            Some(detail) => (row.message.as_str(), Some(detail.as_str())),
            None => naming::split_message(&row.message),
        };
        let name = row_name(row, code.as_ref(), reason, rules, &mut self.problems)?;
        let code = code?;
        self.first_with_name(&name, &code, row)?;
        let message = match (&row.detail, detail) {
            (Some(_), Some(detail)) => format!("{reason} -- {detail}"),
            _ => row.message.clone(),
        };
        Some(ErrorRow {
            messages: [std::slice::from_ref(&message), &row.further_messages].concat(),
            code,
            status,
            name,
            reason: reason.to_owned(),
            detail: detail.map(str::to_owned),
            message,
            line: row.code_at.line,
            deprecated: row.struck,
        })
    }

    /// `Some` when no earlier row has the code; a duplicate is a problem.
    fn first_with_code(&mut self, code: &Code, row: &RawRow) -> Option<()> {
        let Some(first_line) = self
            .lines_by_code
            .insert(code.to_string(), row.code_at.line)
        else {
            return Some(());
        };
        let mut duplicate = problem(
            Kind::DuplicateCode,
            row.code_at,
            code.to_string(),
            format!(
                "duplicate code {code}: line {first_line} has it too; keep one of the two {}s",
                self.rules.entry()
            ),
        );
        duplicate.first_line = Some(first_line);
        self.problems.push(duplicate);
        None
    }

    /// The documented status: the code of a status table, the status cell of a code
    /// table (`None` inside when it has none); the outer `None` is a bad cell.
    fn status(&mut self, code: Option<&Code>, row: &RawRow) -> Option<Option<u16>> {
        match (code, &row.status) {
            (Some(Code::Status(status)), _) => Some(Some(*status)),
            (_, Some((cell, at))) => match parse_status_cell(cell, *at, self.rules) {
                Ok(status) => Some(Some(status)),
                Err(problem) => {
                    self.problems.push(problem);
                    None
                }
            },
            _ => Some(None),
        }
    }

    /// `Some` when no earlier row has the name; a collision is a problem.
    fn first_with_name(&mut self, name: &str, code: &Code, row: &RawRow) -> Option<()> {
        self.named.push((code.clone(), row.code_at.line));
        let seen = self.named.len() - 1;
        // The map keeps the latest entry of each name: a third one collides with the second.
        let Some(earlier) = self.lines_by_name.insert(name.to_owned(), seen) else {
            return Some(());
        };
        let Some((first_code, first_line)) = self.named.get(earlier).cloned() else {
            return Some(());
        };
        self.problems.push(duplicate_name(
            name,
            code,
            &first_code,
            first_line,
            row,
            self.rules,
        ));
        None
    }
}

/// A line inside a pipe table without a `|`: Markdown makes it a row whose first cell is
/// the whole line. Crawled pages have them where a cell's text went on the next line.
fn row_without_pipe(row: &RawRow) -> Problem {
    let line = row.code_at.line;
    problem(
        Kind::RowWithoutPipe,
        row.code_at,
        row.code.clone(),
        format!(
            "line {line} has no `|`, yet Markdown reads it as a row of the table above, with \
             `{}` in its first cell: when it continues the row above (a cell's text broken \
             onto two lines), join it to that line; when the table ends before it, put an \
             empty line between them",
            row.code
        ),
    )
}

/// A row whose only text is its code cell, that is no code (or a string code, which a
/// title can look like): mostly a category's title without the bold that makes it one.
fn category_title(row: &RawRow, is_code: bool) -> Problem {
    let title = &row.code;
    let (what, otherwise) = match is_code {
        true => (
            "is the row's only text",
            "when it is a code, fill in the rest of its row",
        ),
        false => (
            "is no code, and the row has no other text",
            "otherwise give the row its code and fill in the rest of it",
        ),
    };
    problem(
        Kind::CategoryTitle,
        row.code_at,
        title.clone(),
        format!(
            "`{title}` {what}: when it titles the rows below it, make it bold \
             (`**{title}**`) and the row is skipped as a category's title; {otherwise}"
        ),
    )
}

/// " for code 404", or nothing without a code.
fn for_code(code: Option<&Code>) -> String {
    // `match` and loops rather than adaptors with closures in this module: each closure is
    // one more instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    match code {
        Some(code) => format!(" for code {code}"),
        None => String::new(),
    }
}

fn empty_message(row: &RawRow, code: Option<&Code>, rules: &TableRules<'_>) -> Problem {
    problem(
        Kind::EmptyMessage,
        row.message_at,
        String::new(),
        format!(
            "empty message{}: {} must say what the error means",
            for_code(code),
            rules.message_place()
        ),
    )
}

/// The variant name of a row: pinned by `rename`, else from the name column, else from a
/// string code, else from the reason.
fn row_name(
    row: &RawRow,
    code: Option<&Code>,
    reason: &str,
    rules: &TableRules<'_>,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    if let Some(code) = code {
        if let Some(pinned) = rules.pinned_name(code) {
            return Some(pinned.to_owned());
        }
    }
    let (text, at, source) = match (&row.name, code) {
        (Some((name, at)), _) => {
            if name.is_empty() {
                problems.push(problem(
                    Kind::EmptyName,
                    *at,
                    String::new(),
                    format!(
                        "empty name{}: the `{}` cell gives the variant's name",
                        for_code(code),
                        rules.columns.name.as_deref().unwrap_or_default()
                    ),
                ));
                return None;
            }
            let source = match rules.layout {
                Layout::Headings => NameSource::Heading,
                Layout::Table | Layout::List => NameSource::NameColumn,
            };
            (name.as_str(), *at, source)
        }
        (None, Some(Code::Str(text))) => (text.as_str(), row.code_at, NameSource::StringCode),
        (None, _) if rules.layout == Layout::Table => (reason, row.message_at, NameSource::Reason),
        (None, _) => (reason, row.message_at, NameSource::Message),
    };
    match naming::variant_name(text) {
        Ok(name) => Some(name),
        Err(error) => {
            problems.push(name_problem(at, text, error, code, source));
            None
        }
    }
}

fn duplicate_name(
    name: &str,
    code: &Code,
    first_code: &Code,
    first_line: usize,
    row: &RawRow,
    rules: &TableRules<'_>,
) -> Problem {
    let what = match (&row.name, code) {
        (Some(_), _) if rules.layout == Layout::Headings => "headings",
        (Some(_), _) => "names",
        (None, Code::Str(_)) => "codes",
        (None, _) => "reasons",
    };
    let mut duplicate = problem(
        Kind::DuplicateName,
        match &row.name {
            Some((_, at)) => *at,
            None => row.message_at,
        },
        name.to_owned(),
        format!(
            "codes {first_code} (line {first_line}) and {code} both give the variant \
             name `{name}`{}; reword one of the two {what}, or pin another name with \
             `rename({} = \"...\")`",
            if rules.pinned_name(code).is_some() || rules.pinned_name(first_code).is_some() {
                " (one of them pinned by `rename`)"
            } else {
                ""
            },
            rename_literal(code)
        ),
    );
    duplicate.first_line = Some(first_line);
    duplicate
}

/// How the code is written in `rename(...)`.
fn rename_literal(code: &Code) -> String {
    match code {
        Code::Status(code) => code.to_string(),
        Code::Integer(code) => code.to_string(),
        Code::Str(code) => format!("{code:?}"),
    }
}

fn problem(kind: Kind, at: Position, sample: String, message: String) -> Problem {
    Problem {
        kind,
        error: SpecError::at(at, message),
        sample,
        first_line: None,
    }
}

fn parse_code(
    row: &RawRow,
    columns: &Columns,
    kind: CodeKind,
    layout: Layout,
) -> Result<Code, Problem> {
    let what = match kind {
        CodeKind::Status => "an HTTP status",
        CodeKind::Integer | CodeKind::String => "a code",
    };
    if row.code.is_empty() {
        return Err(problem(
            Kind::EmptyCode,
            row.code_at,
            String::new(),
            format!(
                "empty code cell: every row needs {what} in the `{}` column",
                columns.code
            ),
        ));
    }
    if is_no_code_mark(&row.code) {
        return Err(problem(
            Kind::NoCodeMark,
            row.code_at,
            row.code.clone(),
            format!(
                "the code cell `{}` says this row has no code, but every row needs {what} in \
                 the `{}` column: give it its code, or drop the row",
                row.code, columns.code
            ),
        ));
    }
    match kind {
        CodeKind::Status => parse_status(row, columns).map(Code::Status),
        CodeKind::Integer => parse_integer(row, columns).map(Code::Integer),
        CodeKind::String => parse_string(row, layout),
    }
}

/// How many HTTP statuses a cell names (`400 or 422`, `401/403`): its numbers of three
/// digits in 100..=599.
fn statuses_in(cell: &str) -> usize {
    let mut count = 0;
    for number in cell.split(|c: char| !c.is_ascii_digit()) {
        if number.len() != 3 {
            continue;
        }
        if let Ok(status) = number.parse::<u16>() {
            count += usize::from(STATUS_RANGE.contains(&status));
        }
    }
    count
}

/// How many ASCII digits `text` starts with.
fn leading_digits(text: &str) -> usize {
    let mut digits = 0;
    for byte in text.bytes() {
        if !byte.is_ascii_digit() {
            break;
        }
        digits += 1;
    }
    digits
}

/// Whether every byte of `text` is an ASCII digit (true for `""`).
fn all_digits(text: &str) -> bool {
    for byte in text.bytes() {
        if !byte.is_ascii_digit() {
            return false;
        }
    }
    true
}

/// A cell that stands for "none": dashes (`-`, `–`, `—`) or `N/A`.
fn is_no_code_mark(code: &str) -> bool {
    let dashes = !code.is_empty()
        && code
            .trim_start_matches(['-', '\u{2013}', '\u{2014}'])
            .is_empty();
    dashes || code.eq_ignore_ascii_case("n/a")
}

/// An integer code: an optional sign (`-`, `+` or the minus sign U+2212), then digits.
fn parse_integer(row: &RawRow, columns: &Columns) -> Result<i64, Problem> {
    let code = row.code.as_str();
    let (negative, digits) = match code.chars().next() {
        Some(sign @ ('-' | '\u{2212}')) => (true, code.get(sign.len_utf8()..)),
        Some('+') => (false, code.get(1..)),
        _ => (false, Some(code)),
    };
    let digits = digits.unwrap_or_default();
    let fail = |kind, message: String| Err(problem(kind, row.code_at, code.to_owned(), message));
    if is_code_range(code) {
        return fail(Kind::CodeRange, range_message(code, "code"));
    }
    if is_code_list(code) {
        return fail(Kind::CodeList, list_message(code, &columns.code));
    }
    if digits.is_empty() || !all_digits(digits) {
        return fail(
            Kind::NotAnInteger,
            format!(
                "code `{code}` is not an integer: the `{}` cell must hold an integer such as \
                 -1121 or 40400001; if the codes are strings such as `card_declined`, write \
                 `codes = \"string\"`",
                columns.code
            ),
        );
    }
    // Parsed with its sign (an ASCII one: the cell may write U+2212), so that i64::MIN fits.
    let parsed = if negative {
        format!("-{digits}").parse::<i64>()
    } else {
        digits.parse::<i64>()
    };
    match parsed {
        Ok(value) => Ok(value),
        Err(_) => fail(
            Kind::BeyondI64,
            format!(
                "code {code} is beyond i64 ({}..={}): an integer code must fit in 64 bits",
                i64::MIN,
                i64::MAX
            ),
        ),
    }
}

/// A string code: one word, no whitespace. Docs that write the code as the JSON string it
/// is (`"not_found"`, as Twirp's page does) give it without the quotes.
fn parse_string(row: &RawRow, layout: Layout) -> Result<Code, Problem> {
    let code = row.code.as_str();
    let code = match code.strip_prefix('"') {
        Some(inner) => match inner.strip_suffix('"') {
            Some(inner) if !inner.is_empty() => inner,
            _ => code,
        },
        None => code,
    };
    if crate::markdown::has_whitespace(code) {
        let fix = match layout {
            Layout::Table => {
                "keep only the code in the code column (the text belongs in the \
                 message column)"
            }
            // A sentence in a code span at a heading's start (Digital River's pages).
            Layout::Headings => {
                "a heading that starts with a code span is read as a code \
                 heading; if this one is no code, write it without the backticks in the saved \
                 page, else keep only the code in the code span"
            }
            Layout::List => {
                "a list item that starts with a code span is read as an entry; if \
                 this one is no code, write it without the backticks in the saved page, else \
                 keep only the code in the code span"
            }
        };
        return Err(problem(
            Kind::CodeWithWhitespace,
            row.code_at,
            code.to_owned(),
            format!(
                "string code `{code}` has whitespace: a code is one word such as \
                 `card_declined`; {fix}"
            ),
        ));
    }
    Ok(Code::Str(code.to_owned()))
}

/// A status column's cell (or, under a heading or list item, the field `status_column`
/// names): a status in 100..=599, then optionally its reason phrase.
fn parse_status_cell(cell: &str, at: Position, rules: &TableRules<'_>) -> Result<u16, Problem> {
    let digits = leading_digits(cell);
    let rest = cell.get(digits..).unwrap_or_default();
    let status = cell.get(..digits).unwrap_or_default().parse::<u16>().ok();
    let followed_by_text = match rest.chars().next() {
        Some(c) => !c.is_alphanumeric(),
        None => true,
    };
    let column = rules.columns.status.as_deref().unwrap_or_default();
    let what = match rules.layout {
        Layout::Table => "cell",
        Layout::Headings | Layout::List => "field",
    };
    let statuses = statuses_in(cell);
    let fail = |message: String| Err(problem(Kind::BadStatusCell, at, cell.to_owned(), message));
    match status {
        _ if cell.is_empty() && what == "field" => fail(format!(
            "no `{column}` field under this {}: with `status_column = \"{column}\"` each \
             entry gives its HTTP status as a labelled field (`**{column}:** 404 Not Found`); \
             write it, or drop `status_column`",
            rules.entry()
        )),
        // `400 or 422` would read as 400 with the text "or 422": two statuses are an error.
        _ if statuses >= 2 => fail(format!(
            "status {what} `{cell}` names {statuses} statuses, but `status()` gives one for \
             every code: keep in the `{column}` {what} the one the API answers this code with"
        )),
        Some(status) if STATUS_RANGE.contains(&status) && followed_by_text => Ok(status),
        _ if is_no_code_mark(cell) => fail(format!(
            "status {what} `{cell}` says this code has no HTTP status, but `status()` gives \
             one for every code: write the status the API answers it with in the \
             `{column}` {what}, or drop `status_column`"
        )),
        _ => fail(format!(
            "status {what} `{cell}` is no HTTP status: the `{column}` {what} must hold a \
             status in 100..=599, optionally followed by its reason phrase (`400 Bad Request`)"
        )),
    }
}

fn parse_status(row: &RawRow, columns: &Columns) -> Result<u16, Problem> {
    let code = row.code.as_str();
    let column = &columns.code;
    let fail = |kind, message: String| Err(problem(kind, row.code_at, code.to_owned(), message));
    if is_code_range(code) {
        return fail(Kind::CodeRange, range_message(code, "status"));
    }
    if is_code_list(code) {
        return fail(Kind::CodeList, list_message(code, column));
    }
    if is_status_class(code) {
        return fail(
            Kind::StatusClass,
            format!(
                "code `{code}` is a class of statuses, not one status, and a variant maps to \
                 exactly one: list each status of the class on its own row, or drop this row"
            ),
        );
    }
    let digits = leading_digits(code);
    // `200 - OK`, `400: Bad Request`, `200 OK`: a status, then a separator and text.
    let status_then_text = digits == 3
        && matches!(
            code.get(digits..).unwrap_or_default().chars().next(),
            Some(c) if !c.is_alphanumeric()
        );
    let signed_digits = match code.strip_prefix('-') {
        Some(rest) => !rest.is_empty() && all_digits(rest),
        None => false,
    };
    if digits == code.len() || signed_digits {
        return match code.parse::<u16>() {
            Ok(status) if STATUS_RANGE.contains(&status) => Ok(status),
            _ => fail(
                Kind::OutOfRange,
                format!(
                    "code {code} is outside 100..=599: only HTTP statuses can be mapped; if \
                     the codes are the API's own, write `codes = \"integer\"`"
                ),
            ),
        };
    }
    if status_then_text {
        let number = code.get(..digits).unwrap_or_default();
        return fail(
            Kind::StatusWithText,
            format!(
                "code cell `{code}` holds a status and text: keep only `{number}` in the \
                 `{column}` column; the reason belongs in the `{}` column",
                columns.message
            ),
        );
    }
    fail(
        Kind::NotANumber,
        format!(
            "code `{code}` is not a number: the `{column}` cell must hold an HTTP status such \
             as 404; if the codes are the API's own strings, write `codes = \"string\"`"
        ),
    )
}

/// `-32000 to -32099`, `10000-10099`, `500–599`, `1000~1999`: a range of codes on one row,
/// as pages write the block reserved for a category.
fn is_code_range(code: &str) -> bool {
    // A leading sign is the first bound's, not the separator.
    let skip = match code.chars().next() {
        Some(sign @ ('-' | '\u{2212}' | '+')) => sign.len_utf8(),
        _ => 0,
    };
    let rest = code.get(skip..).unwrap_or_default();
    for &separator in &[" to ", "...", "..", "~", "\u{2013}", "\u{2014}", "-"] {
        if let Some((from, to)) = rest.split_once(separator) {
            if is_bound(from) && is_bound(to) {
                return true;
            }
        }
    }
    false
}

/// Several integers in one cell, apart by `,`, `/`, `&`, `or` or `and` (`4702, 4704`).
fn is_code_list(code: &str) -> bool {
    let separators: &[&str] = &[",", "/", "&", " or ", " and "];
    for &separator in separators {
        let (mut parts, mut integers) = (0, 0);
        for part in code.split(separator) {
            parts += 1;
            if is_bound(part) {
                integers += 1;
            }
        }
        if parts > 1 && integers == parts {
            return true;
        }
    }
    false
}

fn list_message(code: &str, column: &str) -> String {
    format!(
        "code `{code}` is several codes in one `{column}` cell, and a variant maps to \
         exactly one: give each code its own row (the message may repeat)"
    )
}

/// A bound of a range of codes: an integer, its sign and spaces around it allowed.
fn is_bound(text: &str) -> bool {
    let digits = text.trim().trim_start_matches(['-', '\u{2212}', '+']);
    !digits.is_empty() && all_digits(digits)
}

fn range_message(code: &str, what: &str) -> String {
    format!(
        "code `{code}` is a range of codes, not one {what}, and a variant maps to exactly one: \
         list each {what} of the range on its own row, or drop this row"
    )
}

/// `5xx`, `50X`, `4XX`: a class row of a status table.
fn is_status_class(code: &str) -> bool {
    let &[first, second, third] = code.as_bytes() else {
        return false;
    };
    let class_digit = |b: u8| b.is_ascii_digit() || b == b'x' || b == b'X';
    (b'1'..=b'5').contains(&first)
        && class_digit(second)
        && class_digit(third)
        && (matches!(second, b'x' | b'X') || matches!(third, b'x' | b'X'))
}

fn name_problem(
    at: Position,
    text: &str,
    error: NameError,
    code: Option<&Code>,
    source: NameSource,
) -> Problem {
    let what = match error {
        NameError::NoWord => "gives no identifier: it has no letter or digit".to_owned(),
        NameError::BadStart(name) => {
            format!(
                "gives `{name}`, which is not a Rust identifier: it starts with a digit or mark"
            )
        }
        NameError::Keyword(name) => format!("gives `{name}`, a Rust keyword"),
    };
    let (subject, fix) = match source {
        NameSource::Reason => ("the reason", "reword the reason so it starts with a word"),
        NameSource::Message => ("the message", "reword the message so it starts with a word"),
        NameSource::NameColumn => ("the name", "reword the name so it starts with a word"),
        NameSource::Heading => (
            "the heading's name",
            "reword the heading after its code so it starts with a word",
        ),
        NameSource::StringCode => (
            "the code",
            "name the variants from a column with `name_column = \"...\"`",
        ),
    };
    problem(
        Kind::NoIdentifier(source),
        at,
        text.to_owned(),
        format!(
            "{subject} `{text}` {what}; {fix}, or pin a name with `rename({} = \"Name\")`",
            match code {
                Some(code) => rename_literal(code),
                None => "CODE".to_owned(),
            }
        ),
    )
}

/// Keeps each problem as its own error, except that a kind with many rows is said once.
fn summarize(problems: Vec<Problem>, rules: &TableRules<'_>) -> Vec<SpecError> {
    let problems = by_kind(problems);
    let mut errors = Vec::new();
    let mut rest = problems.as_slice();
    while let Some(first) = rest.first() {
        let mut same = 0;
        while let Some(problem) = rest.get(same) {
            if problem.kind != first.kind {
                break;
            }
            same += 1;
        }
        let (group, tail) = rest.split_at(same);
        if group.len() >= SUMMARY_THRESHOLD {
            errors.push(summary(group, rules));
        } else {
            for problem in group {
                errors.push(problem.error.clone());
            }
        }
        rest = tail;
    }
    sort_by_place(&mut errors, SpecError::place);
    errors
}

/// The problems grouped by kind in `Kind`'s order, each group in page order (those of one
/// place in the order found). Not std's stable sort: it compiled some 2,000 lines of LLVM
/// IR into this crate for this one call (BENCHMARKS.md, "Compile time"). A page's problems
/// are of a few kinds, so taking out one kind at a time is about as fast.
fn by_kind(problems: Vec<Problem>) -> Vec<Problem> {
    let mut left = Vec::with_capacity(problems.len());
    for problem in problems {
        left.push(Some(problem));
    }
    let mut ordered: Vec<Problem> = Vec::with_capacity(left.len());
    loop {
        let mut smallest: Option<Kind> = None;
        for problem in left.iter().flatten() {
            match smallest {
                Some(kind) if kind <= problem.kind => {}
                _ => smallest = Some(problem.kind),
            }
        }
        let Some(kind) = smallest else {
            return ordered;
        };
        let start = ordered.len();
        for slot in &mut left {
            if let Some(problem) = slot {
                if problem.kind == kind {
                    ordered.extend(slot.take());
                }
            }
        }
        if let Some(group) = ordered.get_mut(start..) {
            sort_by_place(group, |problem| problem.error.at);
        }
    }
}

/// What is shown of a group's first problem in its summary.
enum Shown {
    Nothing,
    /// The cell, in backticks.
    Quoted,
    /// The code as the message writes it.
    Plain,
}

/// What a group of problems of `kind` is called, what of its first is shown, and the fix.
fn wording(kind: Kind, rules: &TableRules<'_>) -> (&'static str, Shown, &'static str) {
    let one_per = match (rules.layout, rules.kind) {
        (Layout::Table, CodeKind::Status) => "keep one row per status",
        (Layout::Table, _) => "keep one row per code",
        (Layout::Headings, CodeKind::Status) => "keep one heading per status",
        (Layout::Headings, _) => "keep one heading per code",
        (Layout::List, CodeKind::Status) => "keep one list item per status",
        (Layout::List, _) => "keep one list item per code",
    };
    match kind {
        Kind::RowWithoutPipe => (
            "lines without a `|` inside a table",
            Shown::Quoted,
            "Markdown reads each as a row of its own: join each to the row above when it \
             continues that row's text (a cell broken onto two lines), or end the table before \
             it with an empty line",
        ),
        Kind::CategoryTitle => (
            "rows whose only text is their code cell",
            Shown::Quoted,
            "when they title the rows below them, make them bold (`**Order errors**`) and \
             the rows are skipped as categories' titles; otherwise give each its code (when \
             the cell is no code) and fill in the rest of its row",
        ),
        Kind::EmptyName => ("empty name cells", Shown::Nothing, "every row needs a name"),
        Kind::DuplicateCode => ("duplicate codes", Shown::Plain, one_per),
        Kind::EmptyMessage => (
            "empty messages",
            Shown::Nothing,
            "every row needs a message",
        ),
        Kind::NoIdentifier(source) => no_identifier_wording(source),
        Kind::DuplicateName => match rules.layout {
            Layout::Table => (
                "rows whose reason repeats an earlier variant name",
                Shown::Quoted,
                "reword the reasons so each gives its own name, or pin names with `rename(...)`",
            ),
            Layout::Headings => (
                "headings whose name repeats an earlier variant name",
                Shown::Quoted,
                "reword them so each gives its own name, or pin names with `rename(...)`",
            ),
            Layout::List => (
                "list items whose message repeats an earlier variant name",
                Shown::Quoted,
                "reword them so each gives its own name, or pin names with `rename(...)`",
            ),
        },
        code => code_wording(code, rules),
    }
}

/// The wording of names that are no identifier, by where the names come from.
fn no_identifier_wording(source: NameSource) -> (&'static str, Shown, &'static str) {
    let (what, fix) = match source {
        NameSource::Reason => (
            "reasons that give no Rust identifier",
            "reword the reasons so they start with a word, or pin names with `rename(...)`",
        ),
        NameSource::Message => (
            "messages that give no Rust identifier",
            "reword them so they start with a word, or pin names with `rename(...)`",
        ),
        NameSource::NameColumn => (
            "names that give no Rust identifier",
            "reword the names so they start with a word, or pin names with `rename(...)`",
        ),
        NameSource::Heading => (
            "headings whose name gives no Rust identifier",
            "reword them after the code so they start with a word, or pin names with \
             `rename(...)`",
        ),
        NameSource::StringCode => (
            "codes that give no Rust identifier",
            "name the variants from a column with `name_column = \"...\"`, or pin names with \
             `rename(...)`",
        ),
    };
    (what, Shown::Quoted, fix)
}

/// The wording of a problem with a code (or status) cell.
fn code_wording(kind: Kind, rules: &TableRules<'_>) -> (&'static str, Shown, &'static str) {
    match kind {
        Kind::EmptyCode if rules.kind == CodeKind::Status => (
            "empty code cells",
            Shown::Nothing,
            "every row needs an HTTP status",
        ),
        Kind::EmptyCode => ("empty code cells", Shown::Nothing, "every row needs a code"),
        Kind::NoCodeMark => (
            "code cells that say their row has no code",
            Shown::Quoted,
            "every row needs a code: give each its code, or drop those rows",
        ),
        Kind::NotANumber => (
            "codes that are not numbers",
            Shown::Quoted,
            "the code column must hold HTTP statuses such as 404; if the codes are the API's \
             own strings, write `codes = \"string\"`",
        ),
        Kind::StatusWithText => (
            "code cells with text after the status",
            Shown::Quoted,
            "keep only the number in the code column; the reason belongs in the message column",
        ),
        Kind::StatusClass => (
            "class rows",
            Shown::Quoted,
            "a class cannot map to one status: list each status on its own row, or drop them",
        ),
        Kind::OutOfRange => (
            "codes outside 100..=599",
            Shown::Plain,
            "these look like application codes, not HTTP statuses: point `code_column` at the \
             HTTP status column, or remove those rows; to read them as the API's own codes, \
             write `codes = \"integer\"`",
        ),
        Kind::NotAnInteger => (
            "codes that are not integers",
            Shown::Quoted,
            "the code column must hold integers such as -1121; if the codes are strings, \
             write `codes = \"string\"`",
        ),
        Kind::CodeRange => (
            "range rows",
            Shown::Quoted,
            "a range cannot map to one code: list each code on its own row, or drop them",
        ),
        Kind::CodeList => (
            "cells with several codes",
            Shown::Quoted,
            "a variant maps to one code: give each code its own row",
        ),
        Kind::BeyondI64 => (
            "codes beyond i64",
            Shown::Plain,
            "a code must fit in 64 bits",
        ),
        Kind::CodeWithWhitespace => (
            "string codes with whitespace",
            Shown::Quoted,
            "a code is one word such as `card_declined`",
        ),
        Kind::BadStatusCell if rules.layout != Layout::Table => (
            "status fields missing or no HTTP status",
            Shown::Quoted,
            "each entry gives its status in a labelled field that `status_column` names, \
             in 100..=599, optionally with its reason phrase",
        ),
        Kind::BadStatusCell => (
            "status cells that are no HTTP status",
            Shown::Quoted,
            "a status cell holds a status in 100..=599, optionally with its reason phrase",
        ),
        // `wording` words the other kinds.
        _ => ("problems", Shown::Nothing, "fix the entries at these lines"),
    }
}

fn summary(group: &[Problem], rules: &TableRules<'_>) -> SpecError {
    let Some(first) = group.first() else {
        return SpecError::whole_file("no problems");
    };
    let mut lines = Vec::with_capacity(group.len());
    for problem in group {
        if let Some(at) = problem.error.at {
            lines.push(at.line);
        }
    }
    let first_line = lines.first().copied().unwrap_or_default();
    let (what, shown, fix) = wording(first.kind, rules);
    let first_at = match shown {
        Shown::Nothing => format!("first at line {first_line}"),
        Shown::Quoted if first.sample.is_empty() && rules.layout != Layout::Table => {
            format!("first at line {first_line}, with no such field")
        }
        Shown::Quoted if first.sample.is_empty() => {
            format!("first an empty cell at line {first_line}")
        }
        Shown::Quoted => format!("first `{}` at line {first_line}", first.sample),
        Shown::Plain => format!("first {} at line {first_line}", first.sample),
    };
    let mut pairs_only = true;
    for problem in group {
        pairs_only &= problem.first_line.is_some();
    }
    let lines = if pairs_only {
        // A collision is fixed at either of its lines: both are said.
        let mut pairs = String::new();
        for problem in group {
            if let (Some(first), Some(at)) = (problem.first_line, problem.error.at) {
                let separator = if pairs.is_empty() { "" } else { ", " };
                pairs.push_str(&format!("{separator}{first} and {}", at.line));
            }
        }
        format!("each at two lines: {pairs}")
    } else {
        format!("lines {}", line_ranges(&lines))
    };
    SpecError {
        at: first.error.at,
        message: format!("{} {what}, {lines}; {first_at}: {fix}", group.len()),
        about_section: false,
    }
}

/// `[19, 20, 21, 25]` -> `19-21, 25`.
fn line_ranges(lines: &[usize]) -> String {
    let mut ranges = String::new();
    let mut i = 0;
    while let Some(&start) = lines.get(i) {
        let mut end = start;
        i += 1;
        while lines.get(i) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        if !ranges.is_empty() {
            ranges.push_str(", ");
        }
        if start == end {
            ranges.push_str(&start.to_string());
        } else {
            ranges.push_str(&format!("{start}-{end}"));
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: usize, code: &str, message: &str) -> RawRow {
        RawRow {
            code: code.into(),
            code_at: Position { line, column: 1 },
            message: message.into(),
            message_at: Position { line, column: 9 },
            detail: None,
            name: None,
            status: None,
            further_messages: Vec::new(),
            struck: false,
            without_pipe: false,
            code_only: false,
        }
    }

    fn check_status(rows: &[RawRow]) -> Result<Vec<ErrorRow>, Vec<SpecError>> {
        check_as(rows, CodeKind::Status)
    }

    fn check_as(rows: &[RawRow], kind: CodeKind) -> Result<Vec<ErrorRow>, Vec<SpecError>> {
        let columns = Columns {
            name: Some("Name".into()),
            status: Some("HTTP Status".into()),
            ..Columns::default()
        };
        check_rows(
            rows,
            &TableRules {
                columns: &columns,
                kind,
                layout: Layout::Table,
                pinned: &[],
            },
        )
    }

    fn messages(errors: &[SpecError]) -> Vec<String> {
        errors.iter().map(|e| e.render("t.md")).collect()
    }

    #[test]
    fn text_alone_in_the_code_cell_that_is_no_code_is_said_to_be_a_title() {
        let lone = |line: usize, code: &str| RawRow {
            code_only: true,
            ..row(line, code, "")
        };
        let errors = check_as(
            &[lone(3, "Order errors"), row(4, "card_declined", "x")],
            CodeKind::String,
        )
        .unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: `Order errors` is no code, and the row has no other text: when it \
              titles the rows below it, make it bold (`**Order errors**`) and the row is \
              skipped as a category's title; otherwise give the row its code and fill in the rest of it"
            ]
        );
        // A lone number is an entry without its message; a lone word may be a string
        // code or a title.
        let errors = check_as(&[lone(3, "1001")], CodeKind::Integer).unwrap_err();
        assert!(messages(&errors)[0].contains("empty"), "{errors:?}");
        let errors = check_as(&[lone(3, "Authentication")], CodeKind::String).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: `Authentication` is the row's only text: when it titles the rows \
              below it, make it bold (`**Authentication**`) and the row is skipped as a \
              category's title; when it is a code, fill in the rest of its row"
            ]
        );
        // Many are said once.
        let titles: Vec<RawRow> = (3..8).map(|line| lone(line, "Some title")).collect();
        let errors = check_status(&titles).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: 5 rows whose only text is their code cell, lines 3-7; first `Some \
              title` at line 3: when they title the rows below them, make them bold (`**Order \
              errors**`) and the rows are skipped as categories' titles; otherwise give each \
              its code (when the cell is no code) and fill in the rest of its row"
            ]
        );
    }

    #[test]
    fn a_dash_or_n_a_in_the_code_cell_says_the_row_has_no_code() {
        for (kind, mark) in [
            (CodeKind::String, "-"),
            (CodeKind::Integer, "\u{2014}"),
            (CodeKind::Status, "N/A"),
        ] {
            let first = if kind == CodeKind::String {
                "not_found"
            } else {
                "404"
            };
            let rows = [row(3, first, "Not found"), row(4, mark, "No code")];
            let errors = messages(&check_as(&rows, kind).unwrap_err());
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with(&format!(
                    "t.md:4:1: the code cell `{mark}` says this row has no code"
                )),
                "{errors:?}"
            );
        }
        assert!(!is_no_code_mark("-1121") && !is_no_code_mark("") && is_no_code_mark("--"));
        let mut rows = [row(3, "unsupported", "Not supported")];
        rows[0].status = Some(("400 or 422".into(), Position { line: 3, column: 9 }));
        let errors = messages(&check_as(&rows, CodeKind::String).unwrap_err());
        assert_eq!(
            errors,
            [
                "t.md:3:9: status cell `400 or 422` names 2 statuses, but `status()` gives one \
              for every code: keep in the `HTTP Status` cell the one the API answers this code \
              with"
            ]
        );
        assert_eq!(
            (
                statuses_in("401/403"),
                statuses_in("400 Bad Request"),
                statuses_in("1000")
            ),
            (2, 1, 0)
        );
        let mut rows = [row(3, "quota", "Quota reached")];
        rows[0].status = Some(("\u{2014}".into(), Position { line: 3, column: 9 }));
        let errors = messages(&check_as(&rows, CodeKind::String).unwrap_err());
        assert_eq!(
            errors,
            [
                "t.md:3:9: status cell `\u{2014}` says this code has no HTTP status, but \
              `status()` gives one for every code: write the status the API answers it with \
              in the `HTTP Status` cell, or drop `status_column`"
            ]
        );
    }

    #[test]
    fn a_line_without_a_pipe_is_said_as_such_not_as_its_cells_problems() {
        let mut rows = [
            row(3, "58100", "The trading product triggers risk control, and"),
            row(4, "the fund transfer-out function is suspended.", ""),
            row(5, "58101", "Transfer suspended"),
        ];
        rows[1].without_pipe = true;
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "t.md:4:1: line 4 has no `|`, yet Markdown reads it as a row of the table \
                 above, with `the fund transfer-out function is suspended.` in its first cell"
            ),
            "{errors:?}"
        );
        // Many are said once, with their lines.
        let rows: Vec<RawRow> = (0..5)
            .map(|i| RawRow {
                without_pipe: true,
                code_only: false,
                ..row(10 + 2 * i, "continued text", "")
            })
            .collect();
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "t.md:10:1: 5 lines without a `|` inside a table, lines 10, 12, 14, 16, 18; \
                 first `continued text` at line 10: Markdown reads each as a row of its own"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn good_rows_become_variants_in_order() {
        let rows = [
            row(3, "429", "Rate limit reached"),
            row(4, "500", "Internal Server Error -- Try again later."),
        ];
        let variants = check_status(&rows).unwrap();
        assert_eq!(variants[0].name, "RateLimitReached");
        assert_eq!(variants[0].detail, None);
        assert_eq!(variants[1].status, Some(500));
        assert_eq!(variants[1].code, Code::Status(500));
        assert_eq!(variants[1].reason, "Internal Server Error");
        assert_eq!(variants[1].detail.as_deref(), Some("Try again later."));
        assert_eq!(variants[1].line, 4);
    }

    #[test]
    fn a_detail_column_gives_reason_and_detail() {
        let mut rows = [
            row(3, "400", "Bad Request -- not split again"),
            row(4, "404", "Not Found"),
        ];
        rows[0].detail = Some("The request is malformed.".into());
        rows[1].detail = Some(String::new());
        let variants = check_status(&rows).unwrap();
        assert_eq!(variants[0].name, "BadRequestNotSplitAgain");
        assert_eq!(variants[0].reason, "Bad Request -- not split again");
        assert_eq!(
            variants[0].detail.as_deref(),
            Some("The request is malformed.")
        );
        assert_eq!(
            variants[0].message,
            "Bad Request -- not split again -- The request is malformed."
        );
        assert_eq!(variants[1].message, "Not Found");
        assert_eq!(variants[1].detail, None);
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let rows = [
            row(3, "40x", "Bad"),
            row(4, "", "Empty code"),
            row(5, "42", "Too low"),
            row(6, "70000", "Too high"),
            row(7, "404", "Not Found"),
            row(8, "404", "Again"),
            row(9, "405", ""),
            row(10, "406", "!!!"),
            row(11, "407", "3D Secure Required"),
            row(12, "408", "Self"),
            row(13, "409", "not found"),
            row(14, "200 - OK", "OK"),
            row(15, "5xx", "Server errors"),
        ];
        let errors = check_status(&rows).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: code `40x` is a class of statuses, not one status, and a variant maps to exactly one: list each status of the class on its own row, or drop this row",
                "t.md:4:1: empty code cell: every row needs an HTTP status in the `Error Code` column",
                "t.md:5:1: code 42 is outside 100..=599: only HTTP statuses can be mapped; if the codes are the API's own, write `codes = \"integer\"`",
                "t.md:6:1: code 70000 is outside 100..=599: only HTTP statuses can be mapped; if the codes are the API's own, write `codes = \"integer\"`",
                "t.md:8:1: duplicate code 404: line 7 has it too; keep one of the two rows",
                "t.md:9:9: empty message for code 405: the `Meaning` cell must say what the error means",
                "t.md:10:9: the reason `!!!` gives no identifier: it has no letter or digit; reword the reason so it starts with a word, or pin a name with `rename(406 = \"Name\")`",
                "t.md:11:9: the reason `3D Secure Required` gives `3dSecureRequired`, which is not a Rust identifier: it starts with a digit or mark; reword the reason so it starts with a word, or pin a name with `rename(407 = \"Name\")`",
                "t.md:12:9: the reason `Self` gives `Self`, a Rust keyword; reword the reason so it starts with a word, or pin a name with `rename(408 = \"Name\")`",
                "t.md:13:9: codes 404 (line 7) and 409 both give the variant name `NotFound`; reword one of the two reasons, or pin another name with `rename(409 = \"...\")`",
                "t.md:14:1: code cell `200 - OK` holds a status and text: keep only `200` in the `Error Code` column; the reason belongs in the `Meaning` column",
                "t.md:15:1: code `5xx` is a class of statuses, not one status, and a variant maps to exactly one: list each status of the class on its own row, or drop this row",
            ]
        );
    }

    #[test]
    fn many_rows_failing_the_same_way_are_said_once() {
        let mut rows: Vec<RawRow> = (0..125)
            .map(|i| {
                row(
                    19 + i,
                    &(10000 + i * 7).to_string(),
                    &format!("App error {i}"),
                )
            })
            .collect();
        rows.push(row(150, "404", ""));
        rows.push(row(151, "4O4", "Typo"));
        let errors = check_status(&rows).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:19:1: 125 codes outside 100..=599, lines 19-143; first 10000 at line 19: these look like application codes, not HTTP statuses: point `code_column` at the HTTP status column, or remove those rows; to read them as the API's own codes, write `codes = \"integer\"`",
                "t.md:150:9: empty message for code 404: the `Meaning` cell must say what the error means",
                "t.md:151:1: code `4O4` is not a number: the `Error Code` cell must hold an HTTP status such as 404; if the codes are the API's own strings, write `codes = \"string\"`",
            ]
        );
    }

    #[test]
    fn names_that_are_no_identifier_are_summed_up_by_where_they_come_from() {
        let reasons: Vec<RawRow> = (0..4).map(|i| row(3 + i, &format!("40{i}"), "?")).collect();
        let codes: Vec<RawRow> = (0..4)
            .map(|i| row(3 + i, &format!("{i}0"), "Bad"))
            .collect();
        let mut names = reasons.clone();
        for named in &mut names {
            named.name = Some(("1st".into(), named.message_at));
        }
        let summary = |rows: &[RawRow], kind| messages(&check_as(rows, kind).unwrap_err());
        assert_eq!(
            summary(&reasons, CodeKind::Status),
            ["t.md:3:9: 4 reasons that give no Rust identifier, lines 3-6; first `?` at line 3: reword the reasons so they start with a word, or pin names with `rename(...)`"]
        );
        assert_eq!(
            summary(&codes, CodeKind::String),
            ["t.md:3:1: 4 codes that give no Rust identifier, lines 3-6; first `00` at line 3: name the variants from a column with `name_column = \"...\"`, or pin names with `rename(...)`"]
        );
        assert_eq!(
            summary(&names, CodeKind::Status),
            ["t.md:3:9: 4 names that give no Rust identifier, lines 3-6; first `1st` at line 3: reword the names so they start with a word, or pin names with `rename(...)`"]
        );
    }

    #[test]
    fn a_range_row_is_said_to_be_one() {
        for range in [
            "-32000 to -32099",
            "10000-10099",
            "500\u{2013}599",
            "1000~1999",
            "1..9",
        ] {
            assert!(is_code_range(range), "{range}");
        }
        for other in ["-1121", "-32000", "5xx", "OAU-101", "1-", "-", "10000 - x"] {
            assert!(!is_code_range(other), "{other}");
        }
        let rows = [
            row(3, "-32000 to -32099", "Server error"),
            row(4, "-32700", "Parse error"),
        ];
        assert_eq!(
            messages(&check_as(&rows, CodeKind::Integer).unwrap_err()),
            ["t.md:3:1: code `-32000 to -32099` is a range of codes, not one code, and a variant maps to exactly one: list each code of the range on its own row, or drop this row"]
        );
        let rows = [row(3, "500-599", "Server errors")];
        assert_eq!(
            messages(&check_status(&rows).unwrap_err()),
            ["t.md:3:1: code `500-599` is a range of codes, not one status, and a variant maps to exactly one: list each status of the range on its own row, or drop this row"]
        );
    }

    #[test]
    fn status_classes_are_recognised() {
        for class in ["5xx", "5XX", "50X", "4x4", "1xx"] {
            assert!(is_status_class(class), "{class}");
        }
        for other in ["500", "xxx", "6xx", "5xxx", "x5x"] {
            assert!(!is_status_class(other), "{other}");
        }
        assert_eq!(line_ranges(&[1, 2, 3, 5, 7, 8]), "1-3, 5, 7-8");
    }

    #[test]
    fn integer_codes_take_a_sign_and_fit_i64() {
        let rows = [
            row(3, "-1121", "Invalid symbol."),
            row(4, "0", "Success"),
            row(5, "+7", "Plus seven"),
            row(6, "\u{2212}1003", "Typographic minus"),
            row(7, "40400001", "Large"),
            row(8, "9223372036854775807", "Max"),
            row(9, "-9223372036854775808", "Min"),
        ];
        let variants = check_as(&rows, CodeKind::Integer).unwrap();
        let codes: Vec<Code> = variants.iter().map(|v| v.code.clone()).collect();
        assert_eq!(
            codes,
            [
                Code::Integer(-1121),
                Code::Integer(0),
                Code::Integer(7),
                Code::Integer(-1003),
                Code::Integer(40_400_001),
                Code::Integer(i64::MAX),
                Code::Integer(i64::MIN),
            ]
        );
        assert_eq!(variants[0].status, None);
        let rows = [
            row(3, "9223372036854775808", "Too big"),
            row(4, "12a", "Typo"),
            // A lone `-` says there is no code (`a_dash_or_n_a_in_the_code_cell_...`).
            row(5, "+", "Sign only"),
            row(6, "-1121", "A"),
            row(7, "-1121", "B"),
        ];
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert!(
            errors[0].starts_with("t.md:3:1: code 9223372036854775808 is beyond i64"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("t.md:4:1: code `12a` is not an integer"),
            "{errors:?}"
        );
        assert!(
            errors[2].starts_with("t.md:5:1: code `+` is not an integer"),
            "{errors:?}"
        );
        assert_eq!(
            errors[3],
            "t.md:7:1: duplicate code -1121: line 6 has it too; keep one of the two rows"
        );
    }

    #[test]
    fn several_codes_in_one_cell_are_an_error_that_says_so() {
        let rows = [
            row(3, "4702, 4704", "Invalid client."),
            row(4, "400 / 401", "Bad"),
            row(5, "-1 or -2", "Either"),
            row(6, "10, ten", "Not a list of codes"),
            row(7, "4705", "Grant type"),
        ];
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert_eq!(
            errors[0],
            "t.md:3:1: code `4702, 4704` is several codes in one `Error Code` cell, and a \
             variant maps to exactly one: give each code its own row (the message may repeat)"
        );
        assert!(errors[1].starts_with("t.md:4:1: code `400 / 401` is several"));
        assert!(errors[2].starts_with("t.md:5:1: code `-1 or -2` is several"));
        assert!(
            errors[3].starts_with("t.md:6:1: code `10, ten` is not an integer"),
            "{errors:?}"
        );
        assert_eq!(errors.len(), 4, "{errors:?}");
        // Status codes too.
        let errors = messages(&check_as(&rows[1..2], CodeKind::Status).unwrap_err());
        assert!(
            errors[0].starts_with("t.md:4:1: code `400 / 401` is several"),
            "{errors:?}"
        );
    }

    #[test]
    fn string_codes_name_their_variants_and_lose_json_quotes() {
        let rows = [
            row(3, "card_declined", "The card was declined."),
            row(4, "\"not_found\"", "Not found"),
            row(5, "ERR_ACTOR_INSTANCE_MISSING", "Missing"),
            row(6, "OAU-101", "OAuth"),
        ];
        let variants = check_as(&rows, CodeKind::String).unwrap();
        let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "CardDeclined",
                "NotFound",
                "ErrActorInstanceMissing",
                "Oau101"
            ]
        );
        assert_eq!(variants[1].code, Code::Str("not_found".into()));
        let errors =
            messages(&check_as(&[row(3, "card declined", "x")], CodeKind::String).unwrap_err());
        assert!(
            errors[0].contains("string code `card declined` has whitespace"),
            "{errors:?}"
        );
    }

    #[test]
    fn status_fields_under_headings_are_said_to_be_fields() {
        let columns = Columns {
            status: Some("HTTP Status".into()),
            ..Columns::default()
        };
        let rules = TableRules {
            columns: &columns,
            kind: CodeKind::String,
            layout: Layout::Headings,
            pinned: &[],
        };
        let mut rows: Vec<RawRow> = (0..SUMMARY_THRESHOLD)
            .map(|i| row(3 + 4 * i, &format!("code_{i}"), "Message"))
            .collect();
        for row in &mut rows {
            row.status = Some((String::new(), row.code_at));
        }
        let errors = messages(&check_rows(&rows[..1], &rules).unwrap_err());
        assert!(
            errors[0].starts_with("t.md:3:1: no `HTTP Status` field under this heading"),
            "{errors:?}"
        );
        let errors = messages(&check_rows(&rows, &rules).unwrap_err());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("status fields missing or no HTTP status")
                && errors[0].contains("first at line 3, with no such field"),
            "{errors:?}"
        );
        rows[0].status = Some(("401 Unauthorized".into(), rows[0].code_at));
        rows[1].status = Some(("weak".into(), rows[1].code_at));
        let errors = messages(&check_rows(&rows[..2], &rules).unwrap_err());
        assert!(
            errors[0].starts_with(
                "t.md:7:1: status field `weak` is no HTTP status: the \
                 `HTTP Status` field must hold"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn status_cells_and_name_cells() {
        let mut rows = [
            row(3, "not_found", "Not found"),
            row(4, "teapot", "Short and stout"),
            row(5, "gone", "Gone"),
        ];
        rows[0].status = Some((
            "404 Not Found".into(),
            Position {
                line: 3,
                column: 20,
            },
        ));
        rows[1].status = Some((
            "418".into(),
            Position {
                line: 4,
                column: 20,
            },
        ));
        rows[2].status = Some((
            "4xx".into(),
            Position {
                line: 5,
                column: 20,
            },
        ));
        let errors = messages(&check_as(&rows, CodeKind::String).unwrap_err());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("t.md:5:20: status cell `4xx` is no HTTP status"),
            "{errors:?}"
        );
        rows[2].status = Some((
            "410 Gone".into(),
            Position {
                line: 5,
                column: 20,
            },
        ));
        let variants = check_as(&rows, CodeKind::String).unwrap();
        let statuses: Vec<Option<u16>> = variants.iter().map(|v| v.status).collect();
        assert_eq!(statuses, [Some(404), Some(418), Some(410)]);

        let mut rows = [
            row(3, "-1003", "Too many requests queued."),
            row(4, "-1004", "x"),
        ];
        rows[0].name = Some((
            "TOO_MANY_REQUESTS".into(),
            Position {
                line: 3,
                column: 10,
            },
        ));
        rows[1].name = Some((
            String::new(),
            Position {
                line: 4,
                column: 10,
            },
        ));
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert_eq!(
            errors,
            ["t.md:4:10: empty name for code -1004: the `Name` cell gives the variant's name"]
        );
        rows[1].name = Some((
            "TOO_MANY_REQUESTS".into(),
            Position {
                line: 4,
                column: 10,
            },
        ));
        let errors = messages(&check_as(&rows, CodeKind::Integer).unwrap_err());
        assert!(errors[0].contains("codes -1003 (line 3) and -1004 both give the variant name `TooManyRequests`; reword one of the two names"), "{errors:?}");
    }
}
