//! Parse stage: finds the error table of a page and reads its rows.

use crate::markdown::{self, Cell, Table};
use crate::model::{Columns, RawRow, SpecError};

const BYTE_ORDER_MARK: char = '\u{feff}';

/// The rows of the first table whose header names both columns.
pub fn read_rows(page: &str, columns: &Columns) -> Result<Vec<RawRow>, SpecError> {
    // Editors put a BOM in front of UTF-8 files; it is not part of the first line.
    let page = page.strip_prefix(BYTE_ORDER_MARK).unwrap_or(page);
    let tables = markdown::tables(page);
    for table in &tables {
        if let (Some(code), Some(message)) = (
            column_index(&table.header, &columns.code),
            column_index(&table.header, &columns.message),
        ) {
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
                    }
                })
                .collect());
        }
    }
    Err(no_table_error(&tables, columns))
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

fn no_table_error(tables: &[Table], columns: &Columns) -> SpecError {
    let wanted = format!(
        "no Markdown table has both columns `{}` and `{}`",
        columns.code, columns.message
    );
    let fix = "name the columns with `code_column = \"...\"` and `message_column = \"...\"`";
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
    }

    #[test]
    fn custom_columns_are_matched_after_reduction() {
        let page = "| **Status** | Description |\n|--|--|\n| 429 | Slow down |\n";
        let rows = read_rows(page, &columns("status", "DESCRIPTION")).unwrap();
        assert_eq!(rows[0].message, "Slow down");
    }

    #[test]
    fn no_table_lists_the_tables_seen() {
        let page = "text\n\n| Status | Description |\n|--|--|\n| 1 | x |\n";
        let err = read_rows(page, &Columns::default()).unwrap_err();
        assert_eq!(err.at, None);
        assert!(
            err.message.contains("line 3: `Status`, `Description`"),
            "{}",
            err.message
        );
        let err = read_rows("no tables here", &Columns::default()).unwrap_err();
        assert!(err.message.contains("no table at all"), "{}", err.message);
    }
}
