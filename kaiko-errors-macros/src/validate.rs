//! Validate stage: checks every row and gives the variants, or every problem at once.

use crate::model::{Columns, ErrorRow, Position, RawRow, SpecError};
use crate::naming::{self, NameError};
use std::collections::HashMap;

const STATUS_RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// The variants of the table, in spec order, or all the problems found in it.
pub fn check_rows(rows: &[RawRow], columns: &Columns) -> Result<Vec<ErrorRow>, Vec<SpecError>> {
    let mut errors = Vec::new();
    let mut checked = Vec::with_capacity(rows.len());
    let mut lines_by_status: HashMap<u16, usize> = HashMap::new();
    let mut lines_by_name: HashMap<String, (u16, usize)> = HashMap::new();

    for row in rows {
        let status = match parse_status(row, columns) {
            Ok(status) => Some(status),
            Err(error) => {
                errors.push(error);
                None
            }
        };
        if let Some(status) = status {
            if let Some(first_line) = lines_by_status.insert(status, row.code_at.line) {
                errors.push(SpecError::at(
                    row.code_at,
                    format!("duplicate code {status}: line {first_line} has it too; keep one of the two rows"),
                ));
                continue;
            }
        }
        if row.message.is_empty() {
            errors.push(SpecError::at(
                row.message_at,
                format!(
                    "empty message{}: the `{}` cell must say what the error means",
                    status.map(|s| format!(" for code {s}")).unwrap_or_default(),
                    columns.message
                ),
            ));
            continue;
        }
        let (reason, detail) = naming::split_message(&row.message);
        let name = match naming::variant_name(reason) {
            Ok(name) => name,
            Err(error) => {
                errors.push(name_error(row.message_at, reason, error));
                continue;
            }
        };
        let Some(status) = status else { continue };
        if let Some((first_status, first_line)) =
            lines_by_name.insert(name.clone(), (status, row.code_at.line))
        {
            errors.push(SpecError::at(
                row.message_at,
                format!(
                    "codes {first_status} (line {first_line}) and {status} both give the variant \
                     name `{name}`; reword one of the two reasons"
                ),
            ));
            continue;
        }
        checked.push(ErrorRow {
            status,
            name,
            reason: reason.to_owned(),
            detail: detail.map(str::to_owned),
            message: row.message.clone(),
            line: row.code_at.line,
        });
    }
    if errors.is_empty() {
        Ok(checked)
    } else {
        Err(errors)
    }
}

fn parse_status(row: &RawRow, columns: &Columns) -> Result<u16, SpecError> {
    let code = row.code.as_str();
    if code.is_empty() {
        return Err(SpecError::at(
            row.code_at,
            format!(
                "empty code cell: every row needs an HTTP status in the `{}` column",
                columns.code
            ),
        ));
    }
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(SpecError::at(
            row.code_at,
            format!(
                "code `{code}` is not a number: the `{}` cell must hold an HTTP status such as 404",
                columns.code
            ),
        ));
    }
    match code.parse::<u16>() {
        Ok(status) if STATUS_RANGE.contains(&status) => Ok(status),
        _ => Err(SpecError::at(
            row.code_at,
            format!("code {code} is outside 100..=599: only HTTP statuses can be mapped"),
        )),
    }
}

fn name_error(at: Position, reason: &str, error: NameError) -> SpecError {
    let problem = match error {
        NameError::NoWord => "gives no identifier: it has no letter or digit".to_owned(),
        NameError::BadStart(name) => {
            format!(
                "gives `{name}`, which is not a Rust identifier: it starts with a digit or mark"
            )
        }
        NameError::Keyword(name) => format!("gives `{name}`, a Rust keyword"),
    };
    SpecError::at(
        at,
        format!("the reason `{reason}` {problem}; reword the reason so it starts with a word"),
    )
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
        let variants = check_rows(&rows, &Columns::default()).unwrap();
        assert_eq!(variants[0].name, "RateLimitReached");
        assert_eq!(variants[0].detail, None);
        assert_eq!(variants[1].status, 500);
        assert_eq!(variants[1].reason, "Internal Server Error");
        assert_eq!(variants[1].detail.as_deref(), Some("Try again later."));
        assert_eq!(variants[1].line, 4);
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
        ];
        let errors = check_rows(&rows, &Columns::default()).unwrap_err();
        assert_eq!(
            messages(&errors),
            [
                "t.md:3:1: code `40x` is not a number: the `Error Code` cell must hold an HTTP status such as 404",
                "t.md:4:1: empty code cell: every row needs an HTTP status in the `Error Code` column",
                "t.md:5:1: code 42 is outside 100..=599: only HTTP statuses can be mapped",
                "t.md:6:1: code 70000 is outside 100..=599: only HTTP statuses can be mapped",
                "t.md:8:1: duplicate code 404: line 7 has it too; keep one of the two rows",
                "t.md:9:9: empty message for code 405: the `Meaning` cell must say what the error means",
                "t.md:10:9: the reason `!!!` gives no identifier: it has no letter or digit; reword the reason so it starts with a word",
                "t.md:11:9: the reason `3D Secure Required` gives `3dSecureRequired`, which is not a Rust identifier: it starts with a digit or mark; reword the reason so it starts with a word",
                "t.md:12:9: the reason `Self` gives `Self`, a Rust keyword; reword the reason so it starts with a word",
                "t.md:13:9: codes 404 (line 7) and 409 both give the variant name `NotFound`; reword one of the two reasons",
            ]
        );
    }
}
