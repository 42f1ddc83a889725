//! Validate stage: checks every row and gives the variants, or every problem at once.
//!
//! Each distinct problem is its own error; when many rows fail the same way (a page of
//! application codes such as 10000-99913), they are said once, with the count and lines.

use crate::model::{Columns, ErrorRow, Position, RawRow, SpecError};
use crate::naming::{self, NameError};
use std::collections::HashMap;

const STATUS_RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// From this many rows failing the same way, one summary replaces their errors.
const SUMMARY_THRESHOLD: usize = 4;

/// The kinds of row problem, in the order their errors are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    EmptyCode,
    NotANumber,
    StatusWithText,
    StatusClass,
    OutOfRange,
    DuplicateCode,
    EmptyMessage,
    NoIdentifier,
    DuplicateName,
}

/// A problem of one row: its error, and what a summary of its kind needs.
struct Problem {
    kind: Kind,
    error: SpecError,
    /// The offending value (the code or the reason), for a summary.
    sample: String,
}

/// The variants of the table, in spec order, or all the problems found in it. `pinned`
/// holds the names given by `rename(...)`, by code: they replace the names of the reasons.
pub fn check_rows(
    rows: &[RawRow],
    columns: &Columns,
    pinned: &HashMap<u16, String>,
) -> Result<Vec<ErrorRow>, Vec<SpecError>> {
    let mut problems = Vec::new();
    let mut checked = Vec::with_capacity(rows.len());
    let mut lines_by_status: HashMap<u16, usize> = HashMap::new();
    let mut lines_by_name: HashMap<String, (u16, usize)> = HashMap::new();

    for row in rows {
        let status = match parse_status(row, columns) {
            Ok(status) => Some(status),
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        if let Some(status) = status {
            if let Some(first_line) = lines_by_status.insert(status, row.code_at.line) {
                problems.push(problem(
                    Kind::DuplicateCode,
                    row.code_at,
                    status.to_string(),
                    format!("duplicate code {status}: line {first_line} has it too; keep one of the two rows"),
                ));
                continue;
            }
        }
        if row.message.is_empty() {
            problems.push(problem(
                Kind::EmptyMessage,
                row.message_at,
                String::new(),
                format!(
                    "empty message{}: the `{}` cell must say what the error means",
                    status.map(|s| format!(" for code {s}")).unwrap_or_default(),
                    columns.message
                ),
            ));
            continue;
        }
        let (reason, detail) = match &row.detail {
            // With a detail column the message cell is the whole reason.
            Some(detail) => (
                row.message.as_str(),
                Some(detail.as_str()).filter(|d| !d.is_empty()),
            ),
            None => naming::split_message(&row.message),
        };
        let pinned_name = status.and_then(|status| pinned.get(&status));
        let name = match (pinned_name, naming::variant_name(reason)) {
            (Some(name), _) => name.clone(),
            (None, Ok(name)) => name,
            (None, Err(error)) => {
                problems.push(name_problem(row.message_at, reason, error, status));
                continue;
            }
        };
        let Some(status) = status else { continue };
        if let Some((first_status, first_line)) =
            lines_by_name.insert(name.clone(), (status, row.code_at.line))
        {
            problems.push(problem(
                Kind::DuplicateName,
                row.message_at,
                name.clone(),
                format!(
                    "codes {first_status} (line {first_line}) and {status} both give the variant \
                     name `{name}`{}; reword one of the two reasons, or pin another name with \
                     `rename({status} = \"...\")`",
                    if pinned.contains_key(&status) || pinned.contains_key(&first_status) {
                        " (one of them pinned by `rename`)"
                    } else {
                        ""
                    }
                ),
            ));
            continue;
        }
        let message = match (&row.detail, detail) {
            (Some(_), Some(detail)) => format!("{reason} -- {detail}"),
            _ => row.message.clone(),
        };
        checked.push(ErrorRow {
            status,
            name,
            reason: reason.to_owned(),
            detail: detail.map(str::to_owned),
            message,
            line: row.code_at.line,
        });
    }
    if problems.is_empty() {
        Ok(checked)
    } else {
        Err(summarize(problems))
    }
}

fn problem(kind: Kind, at: Position, sample: String, message: String) -> Problem {
    Problem {
        kind,
        error: SpecError::at(at, message),
        sample,
    }
}

fn parse_status(row: &RawRow, columns: &Columns) -> Result<u16, Problem> {
    let code = row.code.as_str();
    let column = &columns.code;
    let fail = |kind, message: String| Err(problem(kind, row.code_at, code.to_owned(), message));
    if code.is_empty() {
        return fail(
            Kind::EmptyCode,
            format!("empty code cell: every row needs an HTTP status in the `{column}` column"),
        );
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
    let digits = code.bytes().take_while(u8::is_ascii_digit).count();
    // `200 - OK`, `400: Bad Request`, `200 OK`: a status, then a separator and text.
    let status_then_text = digits == 3
        && code
            .get(digits..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| !c.is_alphanumeric());
    if digits == code.len() {
        return match code.parse::<u16>() {
            Ok(status) if STATUS_RANGE.contains(&status) => Ok(status),
            _ => fail(
                Kind::OutOfRange,
                format!("code {code} is outside 100..=599: only HTTP statuses can be mapped"),
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
        format!("code `{code}` is not a number: the `{column}` cell must hold an HTTP status such as 404"),
    )
}

/// `5xx`, `50X`, `4XX`: a class row of a status table.
fn is_status_class(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 3
        && bytes.first().is_some_and(|b| (b'1'..=b'5').contains(b))
        && bytes.iter().any(|b| matches!(b, b'x' | b'X'))
        && bytes
            .iter()
            .skip(1)
            .all(|b| b.is_ascii_digit() || matches!(b, b'x' | b'X'))
}

fn name_problem(at: Position, reason: &str, error: NameError, status: Option<u16>) -> Problem {
    let what = match error {
        NameError::NoWord => "gives no identifier: it has no letter or digit".to_owned(),
        NameError::BadStart(name) => {
            format!(
                "gives `{name}`, which is not a Rust identifier: it starts with a digit or mark"
            )
        }
        NameError::Keyword(name) => format!("gives `{name}`, a Rust keyword"),
    };
    problem(
        Kind::NoIdentifier,
        at,
        reason.to_owned(),
        format!(
            "the reason `{reason}` {what}; reword the reason so it starts with a word, or pin \
             a name with `rename({} = \"Name\")`",
            status.map_or_else(|| "CODE".to_owned(), |s| s.to_string())
        ),
    )
}

/// Keeps each problem as its own error, except that a kind with many rows is said once.
fn summarize(mut problems: Vec<Problem>) -> Vec<SpecError> {
    problems.sort_by_key(|p| (p.kind, p.error.at));
    let mut errors = Vec::new();
    let mut rest = problems.as_slice();
    while let Some(first) = rest.first() {
        let same = rest.iter().take_while(|p| p.kind == first.kind).count();
        let (group, tail) = rest.split_at(same);
        if group.len() >= SUMMARY_THRESHOLD {
            errors.push(summary(group));
        } else {
            errors.extend(group.iter().map(|p| p.error.clone()));
        }
        rest = tail;
    }
    errors.sort_by_key(|e| e.at);
    errors
}

fn summary(group: &[Problem]) -> SpecError {
    let Some(first) = group.first() else {
        return SpecError::whole_file("no problems");
    };
    let lines: Vec<usize> = group
        .iter()
        .filter_map(|p| p.error.at.map(|at| at.line))
        .collect();
    let first_line = lines.first().copied().unwrap_or_default();
    let sample = &first.sample;
    let quoted = format!("`{sample}`");
    let (what, sample, fix) = match first.kind {
        Kind::EmptyCode => ("empty code cells", "", "every row needs an HTTP status"),
        Kind::NotANumber => (
            "codes that are not numbers",
            quoted.as_str(),
            "the code column must hold HTTP statuses such as 404",
        ),
        Kind::StatusWithText => (
            "code cells with text after the status",
            quoted.as_str(),
            "keep only the number in the code column; the reason belongs in the message column",
        ),
        Kind::StatusClass => (
            "class rows",
            quoted.as_str(),
            "a class cannot map to one status: list each status on its own row, or drop them",
        ),
        Kind::OutOfRange => (
            "codes outside 100..=599",
            sample.as_str(),
            "these look like application codes, not HTTP statuses: point `code_column` at the \
             HTTP status column, or remove those rows",
        ),
        Kind::DuplicateCode => (
            "duplicate codes",
            sample.as_str(),
            "keep one row per status",
        ),
        Kind::EmptyMessage => ("empty messages", "", "every row needs a message"),
        Kind::NoIdentifier => (
            "reasons that give no Rust identifier",
            quoted.as_str(),
            "reword the reasons so they start with a word",
        ),
        Kind::DuplicateName => (
            "rows whose reason repeats an earlier variant name",
            quoted.as_str(),
            "reword the reasons so each gives its own name",
        ),
    };
    let first_at = if sample.is_empty() {
        format!("first at line {first_line}")
    } else {
        format!("first {sample} at line {first_line}")
    };
    SpecError {
        at: first.error.at,
        message: format!(
            "{} {what}, lines {}; {first_at}: {fix}",
            group.len(),
            line_ranges(&lines)
        ),
    }
}

/// `[19, 20, 21, 25]` -> `19-21, 25`.
fn line_ranges(lines: &[usize]) -> String {
    let mut ranges: Vec<String> = Vec::new();
    let mut iter = lines.iter().copied().peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end += 1;
            iter.next();
        }
        ranges.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
    }
    ranges.join(", ")
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
        }
    }

    fn messages(errors: &[SpecError]) -> Vec<String> {
        errors.iter().map(|e| e.render("t.md")).collect()
    }

    #[test]
    fn good_rows_become_variants_in_order() {
        let rows = [
            row(3, "429", "Rate limit reached"),
            row(4, "500", "Internal Server Error -- Try again later."),
        ];
        let variants = check_rows(&rows, &Columns::default(), &HashMap::new()).unwrap();
        assert_eq!(variants[0].name, "RateLimitReached");
        assert_eq!(variants[0].detail, None);
        assert_eq!(variants[1].status, 500);
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
        let variants = check_rows(&rows, &Columns::default(), &HashMap::new()).unwrap();
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
        let errors = check_rows(&rows, &Columns::default(), &HashMap::new()).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: code `40x` is a class of statuses, not one status, and a variant maps to exactly one: list each status of the class on its own row, or drop this row",
                "t.md:4:1: empty code cell: every row needs an HTTP status in the `Error Code` column",
                "t.md:5:1: code 42 is outside 100..=599: only HTTP statuses can be mapped",
                "t.md:6:1: code 70000 is outside 100..=599: only HTTP statuses can be mapped",
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
        let errors = check_rows(&rows, &Columns::default(), &HashMap::new()).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:19:1: 125 codes outside 100..=599, lines 19-143; first 10000 at line 19: these look like application codes, not HTTP statuses: point `code_column` at the HTTP status column, or remove those rows",
                "t.md:150:9: empty message for code 404: the `Meaning` cell must say what the error means",
                "t.md:151:1: code `4O4` is not a number: the `Error Code` cell must hold an HTTP status such as 404",
            ]
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
}
