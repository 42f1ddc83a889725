//! Parse stage: finds the error table of a page and reads its rows.

use crate::markdown::{self, Cell, Table};
use crate::model::{Columns, RawRow, SpecError, Tables};
use crate::near_miss;

const BYTE_ORDER_MARK: char = '\u{feff}';

/// The rows of the first table whose header names every wanted column (with
/// `Tables::All`, of every such table, in page order), or why there is no such table: the
/// tables seen, and the lines that look like its header but did not become a table.
pub fn read_rows(
    page: &str,
    columns: &Columns,
    tables: Tables,
) -> Result<Vec<RawRow>, Vec<SpecError>> {
    // Editors put a BOM in front of UTF-8 files; it is not part of the first line.
    let page = page.strip_prefix(BYTE_ORDER_MARK).unwrap_or(page);
    let document = markdown::parse(page);
    let mut rows = Vec::new();
    let mut matched = false;
    for table in &document.tables {
        let Some(indices) = ColumnIndices::of(table, columns) else {
            continue;
        };
        matched = true;
        rows.extend(table.rows.iter().map(|row| indices.read(row, table)));
        if tables == Tables::First {
            break;
        }
    }
    if matched {
        return Ok(rows);
    }
    let wanted = wanted_columns(columns);
    let mut errors = vec![no_table_error(&document.tables, &wanted, columns)];
    errors.extend(near_miss::diagnose(page, &document, &wanted));
    Err(errors)
}

/// Where the wanted columns are in one table's header.
struct ColumnIndices {
    code: usize,
    message: usize,
    detail: Option<usize>,
    name: Option<usize>,
    status: Option<usize>,
}

impl ColumnIndices {
    /// `None` unless the header has every wanted column.
    fn of(table: &Table, columns: &Columns) -> Option<Self> {
        let optional = |wanted: &Option<String>| match wanted {
            Some(name) => column_index(&table.header, name).map(Some),
            None => Some(None),
        };
        Some(ColumnIndices {
            code: column_index(&table.header, &columns.code)?,
            message: column_index(&table.header, &columns.message)?,
            detail: optional(&columns.detail)?,
            name: optional(&columns.name)?,
            status: optional(&columns.status)?,
        })
    }

    fn read(&self, row: &[Cell], table: &Table) -> RawRow {
        let (code, code_at) = cell_or_empty(row, self.code, table);
        let (message, message_at) = cell_or_empty(row, self.message, table);
        RawRow {
            code,
            code_at,
            message,
            message_at,
            detail: self.detail.map(|index| cell_or_empty(row, index, table).0),
            name: self.name.map(|index| cell_or_empty(row, index, table)),
            status: self.status.map(|index| cell_or_empty(row, index, table)),
        }
    }
}

fn wanted_columns(columns: &Columns) -> Vec<&str> {
    let mut wanted = vec![columns.code.as_str(), columns.message.as_str()];
    wanted.extend(columns.detail.as_deref());
    wanted.extend(columns.name.as_deref());
    wanted.extend(columns.status.as_deref());
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

fn no_table_error(tables: &[Table], wanted: &[&str], columns: &Columns) -> SpecError {
    let names: Vec<String> = wanted.iter().map(|name| format!("`{name}`")).collect();
    let wanted = format!(
        "no Markdown table has all of the columns {}",
        names.join(", ")
    );
    let mut arguments = vec!["`code_column`", "`message_column`"];
    for (given, argument) in [
        (&columns.detail, "`detail_column`"),
        (&columns.name, "`name_column`"),
        (&columns.status, "`status_column`"),
    ] {
        if given.is_some() {
            arguments.push(argument);
        }
    }
    let fix = match arguments.split_last() {
        Some((last, rest)) if !rest.is_empty() && arguments.len() > 2 => {
            format!("name the columns with {} and {last}", rest.join(", "))
        }
        _ => "name the columns with `code_column = \"...\"` and `message_column = \"...\"`"
            .to_owned(),
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
            ..Columns::default()
        }
    }

    #[test]
    fn takes_the_first_table_with_both_columns_in_any_order_and_case() {
        let page = "\u{feff}| Code | Text |\n|--|--|\n| 1 | x |\n\n\
            | MEANING | Extra | error code |\n|--|--|--|\n| Gone | y | 410 |\n\n\
            | Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        let rows = read_rows(page, &Columns::default(), Tables::First).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].code, "410");
        assert_eq!(rows[0].message, "Gone");
        assert_eq!(rows[0].code_at.line, 7);
        assert_eq!(rows[0].detail, None);
    }

    #[test]
    fn custom_columns_are_matched_after_reduction() {
        let page = "| **Status** | Description |\n|--|--|\n| 429 | Slow down |\n";
        let rows = read_rows(page, &columns("status", "DESCRIPTION"), Tables::First).unwrap();
        assert_eq!(rows[0].message, "Slow down");
    }

    #[test]
    fn a_detail_column_must_be_in_the_same_table() {
        let page = "| Code | Name |\n|--|--|\n| 1 | x |\n\n\
            | Code | Name | Description |\n|--|--|--|\n| 404 | Not Found | No such thing. |\n";
        let mut columns = columns("Code", "Name");
        columns.detail = Some("description".into());
        let rows = read_rows(page, &columns, Tables::First).unwrap();
        assert_eq!(rows[0].message, "Not Found");
        assert_eq!(rows[0].detail.as_deref(), Some("No such thing."));
        columns.detail = Some("Details".into());
        let errors = read_rows(page, &columns, Tables::First).unwrap_err();
        assert!(
            errors[0].message.contains("`Code`, `Name`, `Details`"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn front_matter_is_skipped_with_exact_lines() {
        let page = "---\ntitle: Errors\nlayout: api\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        let rows = read_rows(page, &Columns::default(), Tables::First).unwrap();
        assert_eq!(rows[0].code_at.line, 8);
        // A `---` block further down is ordinary Markdown (a rule and a heading).
        let page = "# Errors\n\n---\ntitle: x\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        assert_eq!(
            read_rows(page, &Columns::default(), Tables::First).unwrap()[0]
                .code_at
                .line,
            9
        );
    }

    #[test]
    fn no_table_lists_the_tables_seen() {
        let page = "text\n\n| Status | Description |\n|--|--|\n| 1 | x |\n";
        let errors = read_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert_eq!(errors[0].at, None);
        assert!(
            errors[0]
                .message
                .contains("line 3: `Status`, `Description`"),
            "{}",
            errors[0].message
        );
        let errors = read_rows("no tables here", &Columns::default(), Tables::First).unwrap_err();
        assert!(
            errors[0].message.contains("no table at all"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn all_tables_with_the_columns_in_page_order() {
        let page = "## General\n\n| Code | Message |\n|--|--|\n| 1 | a |\n\n\
            | Other | Table |\n|--|--|\n| x | y |\n\n\
            ## Account\n\n| Message | Code | Status |\n|--|--|--|\n| b | 2 | 400 |\n| c | 3 | 401 |\n";
        let rows = read_rows(page, &columns("Code", "Message"), Tables::All).unwrap();
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["1", "2", "3"]);
        assert_eq!(rows[1].code_at.line, 15);
        let first = read_rows(page, &columns("Code", "Message"), Tables::First).unwrap();
        assert_eq!(first.len(), 1);
        let mut with_status = columns("Code", "Message");
        with_status.status = Some("Status".into());
        let rows = read_rows(page, &with_status, Tables::All).unwrap();
        assert_eq!(rows.len(), 2, "only the table that has the status column");
        assert_eq!(
            rows[0].status.as_ref().map(|(s, _)| s.as_str()),
            Some("400")
        );
    }
}
