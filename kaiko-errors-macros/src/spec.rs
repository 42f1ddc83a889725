//! Parse stage: finds the error table of a page and reads its rows.

use crate::markdown::{self, Cell, Table};
use crate::model::{Columns, RawRow, SpecError};
use crate::near_miss;

const BYTE_ORDER_MARK: char = '\u{feff}';

/// The rows of the first table whose header names every wanted column, or why there is
/// no such table: the tables seen, and the lines that look like its header but did not
/// become a table.
pub fn read_rows(page: &str, columns: &Columns) -> Result<Vec<RawRow>, Vec<SpecError>> {
    // Editors put a BOM in front of UTF-8 files; it is not part of the first line.
    let page = page.strip_prefix(BYTE_ORDER_MARK).unwrap_or(page);
    let document = markdown::parse(page);
    for table in &document.tables {
        let (Some(code), Some(message)) = (
            column_index(&table.header, &columns.code),
            column_index(&table.header, &columns.message),
        ) else {
            continue;
        };
        let detail = match &columns.detail {
            Some(name) => match column_index(&table.header, name) {
                Some(index) => Some(index),
                None => continue,
            },
            None => None,
        };
        return Ok(table
            .rows
            .iter()
            .map(|row| {
                let (code, code_at) = cell_or_empty(row, code, table);
                let (message, message_at) = cell_or_empty(row, message, table);
                RawRow {
                    code,
                    code_at,
                    message,
                    message_at,
                    detail: detail.map(|index| cell_or_empty(row, index, table).0),
                }
            })
            .collect());
    }
    let wanted = wanted_columns(columns);
    let mut errors = vec![no_table_error(&document.tables, &wanted)];
    errors.extend(near_miss::diagnose(page, &document, &wanted));
    Err(errors)
}

fn wanted_columns(columns: &Columns) -> Vec<&str> {
    let mut wanted = vec![columns.code.as_str(), columns.message.as_str()];
    wanted.extend(columns.detail.as_deref());
    wanted
}

fn column_index(header: &[Cell], wanted: &str) -> Option<usize> {
    let wanted = markdown::collapse_whitespace(wanted).to_lowercase();
    header
        .iter()
        .position(|cell| cell.text.to_lowercase() == wanted)
}

fn cell_or_empty(row: &[Cell], index: usize, table: &Table) -> (String, markdown::Position) {
    match row.get(index) {
        Some(cell) => (cell.text.clone(), cell.at),
        None => (
            String::new(),
            row.first().map_or(table.at, |first| first.at),
        ),
    }
}

fn no_table_error(tables: &[Table], wanted: &[&str]) -> SpecError {
    let names: Vec<String> = wanted.iter().map(|name| format!("`{name}`")).collect();
    let with_detail = wanted.len() > 2;
    let wanted = format!(
        "no Markdown table has all of the columns {}",
        names.join(", ")
    );
    let fix = if with_detail {
        "name the columns with `code_column`, `message_column` and `detail_column`"
    } else {
        "name the columns with `code_column = \"...\"` and `message_column = \"...\"`"
    };
    if tables.is_empty() {
        return SpecError::whole_file(format!("{wanted}; the page has no table at all"));
    }
    let seen: Vec<String> = tables
        .iter()
        .map(|table| {
            let header: Vec<String> = table
                .header
                .iter()
                .map(|cell| format!("`{}`", cell.text))
                .collect();
            format!("line {}: {}", table.at.line, header.join(", "))
        })
        .collect();
    SpecError::whole_file(format!("{wanted}; tables seen: {}; {fix}", seen.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(code: &str, message: &str) -> Columns {
        Columns {
            code: code.into(),
            message: message.into(),
            detail: None,
        }
    }

    #[test]
    fn takes_the_first_table_with_both_columns_in_any_order_and_case() {
        let page = "\u{feff}| Code | Text |\n|--|--|\n| 1 | x |\n\n\
            | MEANING | Extra | error code |\n|--|--|--|\n| Gone | y | 410 |\n\n\
            | Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        let rows = read_rows(page, &Columns::default()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].code, "410");
        assert_eq!(rows[0].message, "Gone");
        assert_eq!(rows[0].code_at.line, 7);
        assert_eq!(rows[0].detail, None);
    }

    #[test]
    fn custom_columns_are_matched_after_reduction() {
        let page = "| **Status** | Description |\n|--|--|\n| 429 | Slow down |\n";
        let rows = read_rows(page, &columns("status", "DESCRIPTION")).unwrap();
        assert_eq!(rows[0].message, "Slow down");
    }

    #[test]
    fn a_detail_column_must_be_in_the_same_table() {
        let page = "| Code | Name |\n|--|--|\n| 1 | x |\n\n\
            | Code | Name | Description |\n|--|--|--|\n| 404 | Not Found | No such thing. |\n";
        let mut columns = columns("Code", "Name");
        columns.detail = Some("description".into());
        let rows = read_rows(page, &columns).unwrap();
        assert_eq!(rows[0].message, "Not Found");
        assert_eq!(rows[0].detail.as_deref(), Some("No such thing."));
        columns.detail = Some("Details".into());
        let errors = read_rows(page, &columns).unwrap_err();
        assert!(
            errors[0].message.contains("`Code`, `Name`, `Details`"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn front_matter_is_skipped_with_exact_lines() {
        let page = "---\ntitle: Errors\nlayout: api\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        let rows = read_rows(page, &Columns::default()).unwrap();
        assert_eq!(rows[0].code_at.line, 8);
        // A `---` block further down is ordinary Markdown (a rule and a heading).
        let page = "# Errors\n\n---\ntitle: x\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        assert_eq!(
            read_rows(page, &Columns::default()).unwrap()[0]
                .code_at
                .line,
            9
        );
    }

    #[test]
    fn no_table_lists_the_tables_seen() {
        let page = "text\n\n| Status | Description |\n|--|--|\n| 1 | x |\n";
        let errors = read_rows(page, &Columns::default()).unwrap_err();
        assert_eq!(errors[0].at, None);
        assert!(
            errors[0]
                .message
                .contains("line 3: `Status`, `Description`"),
            "{}",
            errors[0].message
        );
        let errors = read_rows("no tables here", &Columns::default()).unwrap_err();
        assert!(
            errors[0].message.contains("no table at all"),
            "{}",
            errors[0].message
        );
    }
}
