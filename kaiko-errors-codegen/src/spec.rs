//! Parse stage: finds the entries of a page (table rows, code headings, code list items)
//! and reads them as plain text.

use crate::entries;
use crate::markdown::{self, Cell, LineIndex, Table};
use crate::model::{CodeKind, Columns, Layout, RawRow, SpecError, Tables};
use crate::near_miss;
use crate::outline::{self, Outline};
use crate::section::{self, Lines};

const BYTE_ORDER_MARK: char = '\u{feff}';

/// How to read a page: the attribute's arguments that say where its entries are.
pub struct PageRules<'a> {
    pub layout: Layout,
    pub kind: CodeKind,
    pub columns: &'a Columns,
    pub tables: Tables,
    /// `section = "..."`: only the part of the page under that heading is read.
    pub section: Option<&'a str>,
}

/// Whether a line is in the part of the page that is read.
struct Within(Option<Lines>);

impl Within {
    // `match` rather than `Option` adaptors with closures here and below: each closure is
    // one more instance of the adaptor compiled into the crate (compile time, BENCHMARKS.md).

    fn line(&self, line: usize) -> bool {
        match self.0 {
            Some(lines) => lines.contains(line),
            None => true,
        }
    }

    /// An error at a place in the part read, or about the whole file.
    fn error(&self, error: &SpecError) -> bool {
        match error.at {
            Some(at) => self.line(at.line),
            None => true,
        }
    }

    // What is outside the part read dropped by loops, not `retain`: `retain` is compiled
    // once per closure given to it (compile time, BENCHMARKS.md).

    fn tables(&self, tables: &mut Vec<Table>) {
        for table in std::mem::take(tables) {
            if self.line(table.at.line) {
                tables.push(table);
            }
        }
    }

    fn rows(&self, rows: &mut Vec<RawRow>) {
        for row in std::mem::take(rows) {
            if self.line(row.code_at.line) {
                rows.push(row);
            }
        }
    }

    fn errors(&self, errors: &mut Vec<SpecError>) {
        for error in std::mem::take(errors) {
            if self.error(&error) {
                errors.push(error);
            }
        }
    }
}

/// What a page gave: its entries, and the problems of the would-be entries that gave
/// none (a heading with two codes), reported with the rows' own.
#[derive(Debug)]
pub struct Entries {
    pub rows: Vec<RawRow>,
    pub problems: Vec<SpecError>,
}

/// The entries of `page` under `rules`, or why it has none: with the `table` layout the
/// tables seen and the lines that look like a header but did not become a table; with
/// every layout, the layout the page looks written in.
pub fn read_rows(page: &str, rules: &PageRules<'_>) -> Result<Entries, Vec<SpecError>> {
    // Editors put a BOM in front of UTF-8 files; it is not part of the first line.
    let page = page.strip_prefix(BYTE_ORDER_MARK).unwrap_or(page);
    let within = match rules.section {
        Some(wanted) => Within(Some(
            section::find(page, &outline::parse(page), wanted).map_err(|e| vec![e])?,
        )),
        None => Within(None),
    };
    match rules.layout {
        Layout::Table => read_tables(page, rules, &within),
        Layout::Headings | Layout::List => read_entries(page, rules, &within),
    }
}

/// The rows of the first table whose header names every wanted column (with
/// `Tables::All`, of every such table, in page order).
fn read_tables(
    page: &str,
    rules: &PageRules<'_>,
    within: &Within,
) -> Result<Entries, Vec<SpecError>> {
    let mut document = markdown::parse(page);
    within.tables(&mut document.tables);
    let mut rows = Vec::new();
    let mut matched = None;
    let mut tables = 0;
    let mut blank = 0;
    let mut swapped = Vec::new();
    for table in &document.tables {
        let Some(indices) = ColumnIndices::of(table, rules.columns) else {
            continue;
        };
        if matched.is_none() {
            matched = Some(table.at);
        }
        tables += 1;
        let first_row = rows.len();
        for (index, row) in table.rows.iter().enumerate() {
            if is_blank(row) {
                blank += 1;
            } else if !is_category_title(row) {
                rows.push(indices.read(row, table, table.pipeless_rows.contains(&index)));
            }
        }
        if rules.kind != CodeKind::String && looks_swapped(rows.get(first_row..)) {
            swapped.push(swapped_error(table.at, rules.columns));
        }
        if rules.tables == Tables::First {
            break;
        }
    }
    if !swapped.is_empty() {
        return Err(swapped);
    }
    match matched {
        // A header over nothing but blank rows: the docs list no code yet, and an enum
        // without variants would compile as if they did.
        Some(at) if rows.is_empty() => return Err(vec![no_rows_error(at, tables, blank)]),
        Some(_) => {
            return Ok(Entries {
                rows,
                problems: Vec::new(),
            })
        }
        None => {}
    }
    let wanted = wanted_columns(rules.columns);
    let outline = outline::parse(page);
    let hints = LayoutHints::of(page, &outline, rules.kind, within);
    let mut error = no_table_error(&document.tables, &wanted, rules.columns, &hints);
    if hints.headings.0 == 0 && hints.items.0 == 0 && rules.kind != CodeKind::String {
        // Cloudflare's `## Error 1000: DNS points to prohibited IP`: the layout to use,
        // once the saved page drops the word.
        let index = LineIndex::new(page);
        let line = |line| within.line(line);
        for pass in 0..2usize {
            let (items, layout) = if pass == 0 {
                (false, "headings")
            } else {
                (true, "list")
            };
            if let (count, Some((text, at))) = entries::count_where(
                &outline,
                &index,
                items,
                &line,
                &entries::has_word_before_code,
            ) {
                error.message.push_str(&format!(
                    "{}, and add `layout = \"{layout}\"`",
                    word_before_code_hint(count, &text, at, items)
                ));
                break;
            }
        }
    }
    // A section without the table: where on the page the table is.
    if let (Some(name), Some(line)) = (rules.section, table_outside(page, rules.columns, within)) {
        error.message.push_str(&format!(
            "; `section = \"{name}\"` has no table with these columns; the page has one at \
             line {line}"
        ));
    }
    let mut errors = vec![error];
    let mut near_misses = near_miss::diagnose(page, &document, &wanted);
    within.errors(&mut near_misses);
    errors.append(&mut near_misses);
    Err(errors)
}

/// Whether in every row the code cell is no integer and the message cell is one: the
/// header names the two columns the wrong way round (Bitget's `| Error message | Error
/// code |` over rows of a code, then its message).
fn looks_swapped(rows: Option<&[RawRow]>) -> bool {
    let rows = rows.unwrap_or_default();
    let mut swapped = !rows.is_empty();
    for row in rows {
        let is_integer = |text: &str| entries::integer_len(text) == Some(text.len());
        swapped &= !is_integer(&row.code) && is_integer(&row.message);
    }
    swapped
}

fn swapped_error(at: markdown::Position, columns: &Columns) -> SpecError {
    let (code, message) = (&columns.code, &columns.message);
    SpecError::at(
        at,
        format!(
            "in every row of this table the `{code}` cell is text and the `{message}` cell \
             an integer: the header names the two columns the wrong way round; write \
             `code_column = \"{message}\"` and `message_column = \"{code}\"`, or swap the \
             two header cells"
        ),
    )
}

fn no_rows_error(at: markdown::Position, tables: usize, blank: usize) -> SpecError {
    let what = match (tables, blank) {
        (2.., _) => format!(
            "the {tables} tables with these columns, this one first, have no rows but \
             blank ones ({blank})"
        ),
        (_, 0) => "this table has the columns but no rows".to_owned(),
        (_, 1) => "the one row of this table is blank".to_owned(),
        _ => format!("every row of this table is blank ({blank} rows)"),
    };
    SpecError::at(
        at,
        format!(
            "{what}: no code is documented; write the codes in its rows, or read another \
             table (`section = \"...\"`, `tables = \"all\"`)"
        ),
    )
}

/// The line of the first table outside the section read that has every wanted column.
fn table_outside(page: &str, columns: &Columns, within: &Within) -> Option<usize> {
    for table in markdown::parse(page).tables {
        if !within.line(table.at.line) && ColumnIndices::of(&table, columns).is_some() {
            return Some(table.at.line);
        }
    }
    None
}

/// The code headings or code list items of the page.
fn read_entries(
    page: &str,
    rules: &PageRules<'_>,
    within: &Within,
) -> Result<Entries, Vec<SpecError>> {
    let outline = outline::parse(page);
    let index = LineIndex::new(page);
    let status = rules.columns.status.as_deref();
    let (mut rows, mut problems) = match rules.layout {
        Layout::List => entries::from_list_items(&outline, &index, rules.kind, status),
        Layout::Table | Layout::Headings => {
            entries::from_headings(&outline, &index, rules.kind, status)
        }
    };
    within.rows(&mut rows);
    if !rows.is_empty() && rules.kind != CodeKind::String {
        let items = rules.layout == Layout::List;
        // Put in page order with the rest by the caller (`generate` sorts every problem).
        problems.extend(entries::glued_entries(&outline, &index, items));
    }
    within.errors(&mut problems);
    if rows.is_empty() && problems.is_empty() {
        let hints = LayoutHints::of(page, &outline, rules.kind, within);
        let mut tables = markdown::parse(page).tables;
        within.tables(&mut tables);
        let mut error = no_entries_error(rules, &hints, &tables);
        let items = rules.layout == Layout::List;
        let line = |line| within.line(line);
        if let (count, Some((text, at))) =
            entries::count_where(&outline, &index, items, &line, &entries::is_glued)
        {
            if rules.kind != CodeKind::String {
                error.message.push_str(&format!(
                    "; {count} {}s start with a number glued to what follows (first `{}` at \
                     line {at}): a bare code is followed by a space; write `10000 Url not \
                     found.` or put the code in a code span, `` `10000`: Url not found. ``",
                    if items { "list item" } else { "heading" },
                    shorten(&text)
                ));
            }
        }
        let bare_code = |text: &_| entries::is_bare_string_code(text, items);
        if let (count, Some((text, at))) =
            entries::count_where(&outline, &index, items, &line, &bare_code)
        {
            if rules.kind == CodeKind::String {
                error
                    .message
                    .push_str(&bare_string_code_hint(count, &text, at, items));
            }
        }
        if let (count, Some((text, at))) = entries::count_where(
            &outline,
            &index,
            items,
            &line,
            &entries::has_word_before_code,
        ) {
            if rules.kind != CodeKind::String {
                error
                    .message
                    .push_str(&word_before_code_hint(count, &text, at, items));
            }
        }
        return Err(vec![error]);
    }
    Ok(Entries { rows, problems })
}

/// The end of the "no entries" error for a string-code page whose headings (or items)
/// write their codes without a code span (`### ITEM_LOGIN_REQUIRED`).
fn bare_string_code_hint(count: usize, text: &str, at: usize, items: bool) -> String {
    let (code, rest) = text.split_once([' ', ':']).unwrap_or((text, ""));
    let rest = rest.trim_start_matches([' ', ':']);
    let rewritten = if rest.is_empty() {
        format!("`{code}`")
    } else {
        format!("`{code}`: {rest}")
    };
    format!(
        "; {count} {}s start with a code written without a code span (first `{}` at line \
         {at}): a string code is read from a code span only; write `` {rewritten} `` in the \
         saved page",
        if items { "list item" } else { "heading" },
        shorten(text)
    )
}

/// The end of the "no entries" error for a page whose headings (or items) put a word
/// before their code (`Error 1000: DNS points to prohibited IP`).
fn word_before_code_hint(count: usize, text: &str, at: usize, items: bool) -> String {
    let (word, rest) = text.split_once(' ').unwrap_or((text, ""));
    let rewritten = match rest.split_once([' ', ':']) {
        Some((code, name)) => format!("`{code}`: {}", name.trim_start_matches([' ', ':'])),
        None => format!("`{rest}`"),
    };
    format!(
        "; {count} {}s have a word before their code (first `{}` at line {at}): an entry \
         starts with its code; drop the leading `{word}` from them in the saved page, as \
         `` {rewritten} ``",
        if items { "list item" } else { "heading" },
        shorten(text)
    )
}

/// What else the page could be read as: its code headings and code list items, under
/// the kind of the attribute and under the other kind.
struct LayoutHints {
    kind: CodeKind,
    headings: (usize, Option<(String, usize)>),
    items: (usize, Option<(String, usize)>),
    definitions: (usize, Option<(String, usize)>),
    other_kind: CodeKind,
    other_headings: usize,
    other_items: usize,
}

impl LayoutHints {
    fn of(page: &str, outline: &Outline, kind: CodeKind, within: &Within) -> Self {
        let index = LineIndex::new(page);
        let within = |line| within.line(line);
        let other_kind = match kind {
            CodeKind::String => CodeKind::Integer,
            CodeKind::Integer | CodeKind::Status => CodeKind::String,
        };
        LayoutHints {
            kind,
            headings: entries::count_where(outline, &index, false, &within, &|t| {
                entries::starts_with_code(t, kind)
            }),
            items: entries::count_where(outline, &index, true, &within, &|t| {
                entries::starts_with_code(t, kind)
            }),
            definitions: entries::count_definitions(outline, &index, &within, kind),
            other_kind,
            other_headings: entries::count_where(outline, &index, false, &within, &|t| {
                entries::starts_with_code(t, other_kind)
            })
            .0,
            other_items: entries::count_where(outline, &index, true, &within, &|t| {
                entries::starts_with_code(t, other_kind)
            })
            .0,
        }
    }

    /// "the page has 104 headings that start with a code (first `-1000 UNKNOWN` at line
    /// 13): add `layout = "headings"`", for each layout but `current` the page has entries of.
    fn sentences(&self, current: Layout) -> Vec<String> {
        let mut sentences = Vec::new();
        for &(layout, what, (count, first)) in &[
            (Layout::Headings, "headings", &self.headings),
            (Layout::List, "list items", &self.items),
            (Layout::List, "definitions", &self.definitions),
        ] {
            let Some((text, line)) = first else {
                continue;
            };
            if layout == current {
                continue;
            }
            let verb = if current == Layout::Table {
                "add"
            } else {
                "write"
            };
            // "1 heading that starts", "104 headings that start".
            let (what, start) = if *count == 1 {
                (&what[..what.len() - 1], "starts")
            } else {
                (what, "start")
            };
            sentences.push(format!(
                "the page has {count} {what} that {start} with a code (first `{}` at line \
                 {line}): {verb} `layout = \"{}\"`",
                shorten(text),
                layout.name()
            ));
        }
        sentences
    }

    /// The `codes = "..."` that would find entries of `layout`, when this one finds none.
    fn other_kind(&self, layout: Layout) -> Option<String> {
        let (found, other) = match layout {
            Layout::List => (self.items.0, self.other_items),
            Layout::Table | Layout::Headings => (self.headings.0, self.other_headings),
        };
        if found > 0 || other == 0 {
            return None;
        }
        let name = match self.other_kind {
            CodeKind::String => "string",
            CodeKind::Integer | CodeKind::Status => "integer",
        };
        let noun = if layout == Layout::List {
            "list items"
        } else {
            "headings"
        };
        Some(format!(
            "{other} {noun} start with a {}: if those are the codes, write `codes = \"{name}\"`",
            if self.other_kind == CodeKind::String {
                "code span (string codes)"
            } else {
                "number (integer codes)"
            }
        ))
    }
}

/// A heading or item as a hint quotes it: its first 60 characters.
fn shorten(text: &str) -> String {
    const LONGEST: usize = 60;
    match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}...", text.get(..cut).unwrap_or(text)),
        None => text.to_owned(),
    }
}

fn no_entries_error(rules: &PageRules<'_>, hints: &LayoutHints, tables: &[Table]) -> SpecError {
    let (what, example) = match (rules.layout, hints.kind) {
        (Layout::List, CodeKind::String) => {
            ("list item", "- `card_declined` The card was declined.")
        }
        (Layout::List, _) => ("list item", "- `10000` Url not found."),
        (_, CodeKind::String) => ("heading", "## `index_not_found`"),
        (_, _) => ("heading", "### -1003 TOO_MANY_REQUESTS"),
    };
    // An example with code spans in it is quoted as Markdown quotes such text.
    let example = if example.contains('`') {
        format!("`` {example} ``")
    } else {
        format!("`{example}`")
    };
    let mut sentences = vec![format!(
        "no {what} starts with a code: with `layout = \"{}\"` an entry is a {what} such as \
         {example}",
        rules.layout.name()
    )];
    sentences.extend(hints.other_kind(rules.layout));
    sentences.extend(hints.sentences(rules.layout));
    if !tables.is_empty() {
        sentences.push(format!(
            "the page has tables ({}): read them with `layout = \"table\"`",
            tables_seen(tables)
        ));
    }
    SpecError::whole_file(markdown::join(&sentences, "; "))
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
        Some(ColumnIndices {
            code: column_index(&table.header, &columns.code)?,
            message: column_index(&table.header, &columns.message)?,
            detail: optional_column(&table.header, &columns.detail)?,
            name: optional_column(&table.header, &columns.name)?,
            status: optional_column(&table.header, &columns.status)?,
        })
    }

    fn read(&self, row: &[Cell], table: &Table, without_pipe: bool) -> RawRow {
        let (code, code_at) = cell_or_empty(row, self.code, table);
        let (message, message_at) = cell_or_empty(row, self.message, table);
        let (struck, bold) = match row.get(self.code) {
            Some(cell) => (cell.struck, cell.bold),
            None => (false, false),
        };
        RawRow {
            code,
            code_at,
            message,
            message_at,
            detail: optional_text(row, self.detail, table),
            name: optional_cell(row, self.name, table),
            status: optional_cell(row, self.status, table),
            further_messages: Vec::new(),
            struck,
            without_pipe,
            // A bold one that is no title (`**404 Not Found**`) gets its cells' errors.
            code_only: is_only_text(row, self.code) && !bold,
        }
    }
}

/// A row whose every cell is empty (`|   |   |   |`): a placeholder that renders as an
/// empty line of the table (GitBook leaves them under a table's last row), no entry.
fn is_blank(row: &[Cell]) -> bool {
    let mut blank = true;
    for cell in row {
        blank &= cell.text.is_empty();
    }
    blank
}

/// A row whose only text is its first cell, in bold (`| **Order errors** | | |`): a pipe
/// table has no `colspan`, so pages title the rows of a category so (an HTML table's row
/// of one spanning cell is skipped when it is read). Bold text that starts with a number
/// (`**404**`, `**404 Not Found**`) is still a code, and bold text in another cell still
/// an entry, whose empty cells are then reported.
fn is_category_title(row: &[Cell]) -> bool {
    let Some(first) = row.first() else {
        return false;
    };
    let starts_with_integer = match entries::integer_len(&first.text) {
        Some(len) => matches!(
            first.text.get(len..),
            Some(rest) if rest.is_empty() || rest.starts_with(' ')
        ),
        None => false,
    };
    first.bold && !starts_with_integer && is_only_text(row, 0)
}

/// Whether the cell at `index` is the only one of `row` with text (loops, not iterator
/// adaptors: each adaptor's closure is compiled anew into the proc-macro, BENCHMARKS.md).
fn is_only_text(row: &[Cell], index: usize) -> bool {
    let mut only = None;
    for (i, cell) in row.iter().enumerate() {
        if !cell.text.is_empty() {
            if only.is_some() {
                return false;
            }
            only = Some(i);
        }
    }
    only == Some(index)
}

fn wanted_columns(columns: &Columns) -> Vec<&str> {
    let mut names = Vec::new();
    for (_, name) in wanted_arguments(columns) {
        names.push(name);
    }
    names
}

/// Each wanted column with the argument that names it.
fn wanted_arguments(columns: &Columns) -> Vec<(&'static str, &str)> {
    let mut wanted = vec![
        ("code_column", columns.code.as_str()),
        ("message_column", columns.message.as_str()),
    ];
    for &(argument, name) in &[
        ("detail_column", &columns.detail),
        ("name_column", &columns.name),
        ("status_column", &columns.status),
    ] {
        if let Some(name) = name {
            wanted.push((argument, name.as_str()));
        }
    }
    wanted
}

/// The first table that has every wanted column but one, and what to write for it: its
/// column that shares a word with the missing name (`Code` for `Error Code`), or its only
/// column that no other argument names.
fn one_column_short(tables: &[Table], columns: &Columns) -> Option<String> {
    let wanted = wanted_arguments(columns);
    for table in tables {
        let mut missing = Vec::new();
        for wanted in &wanted {
            if column_index(&table.header, wanted.1).is_none() {
                missing.push(wanted);
            }
        }
        let [(argument, name)] = missing.as_slice() else {
            continue;
        };
        let mut others = Vec::new();
        let mut sharing = None;
        for cell in &table.header {
            let mut named = false;
            for &(_, wanted) in &wanted {
                named |= names_column(cell, wanted);
            }
            if !named {
                others.push(cell);
                if sharing.is_none() && shares_a_word(&cell.text, name) {
                    sharing = Some(cell);
                }
            }
        }
        let candidate = match (sharing, others.as_slice()) {
            (Some(cell), _) => cell,
            (None, [cell]) => *cell,
            (None, _) => continue,
        };
        return Some(format!(
            "the table at line {} has every column but `{name}`: if its `{}` column is that \
             one, write `{argument} = \"{}\"`",
            table.at.line, candidate.text, candidate.text
        ));
    }
    None
}

/// The columns to name, when only the code and message columns are wanted: in the first
/// table with a column named for codes and one named for messages (`| Event | Code |
/// Description |`, `| Code | HTTP Status | Message Code | Description |`), or of two
/// columns, the first named for codes (`| Code | Description |`, the most common error
/// table); else in the first table of two columns whose first one holds code-like words.
fn two_columns(tables: &[Table], columns: &Columns) -> Option<String> {
    if columns.detail.is_some() || columns.name.is_some() || columns.status.is_some() {
        return None;
    }
    // Square's `| Name | Description |` over `INTERNAL_SERVER_ERROR`, ... is the second pass.
    for pass in 0..2usize {
        for table in tables {
            let found = if pass == 0 {
                named_columns(&table.header)
            } else {
                match table.header.as_slice() {
                    [code, message] if first_cells_are_words(table) => Some((code, message)),
                    _ => None,
                }
            };
            if let Some((code, message)) = found {
                return Some(format!(
                    "if the table at line {} is the one, write `code_column = \"{}\"` and \
                     `message_column = \"{}\"`",
                    table.at.line, code.text, message.text
                ));
            }
        }
    }
    None
}

/// A header's column named for codes (not an HTTP status code's, when another is named for
/// codes) and its column named for messages (not for codes: `Message Code`), or in a
/// header of two, the other one.
fn named_columns(header: &[Cell]) -> Option<(&Cell, &Cell)> {
    let (mut code, mut any_code, mut message) = (None, None, None);
    for cell in header {
        let name = cell.text.to_lowercase();
        if name.contains("code") {
            if any_code.is_none() {
                any_code = Some(cell);
            }
            if code.is_none() && !name.contains("status") && !name.contains("http") {
                code = Some(cell);
            }
        } else if message.is_none() && entries::says_message(&name) {
            message = Some(cell);
        }
    }
    // `| Status Code | Description |`: the status is the code of a status table.
    let code = match (code, any_code) {
        (Some(code), _) | (None, Some(code)) => code,
        (None, None) => return None,
    };
    match (message, header) {
        (Some(message), _) => Some((code, message)),
        (None, [first, second]) if std::ptr::eq(code, first) => Some((first, second)),
        _ => None,
    }
}

/// Whether a table has rows, each starts with one word, and one of these words has a
/// `_`, `.`, `-` or `:` in it, as a column of codes does and of plain names does not. (Not
/// a digit: a first column of statuses under another name, `| Status | Description |`,
/// keeps the error Kaiko's users have always had.)
fn first_cells_are_words(table: &Table) -> bool {
    let mut code_like = false;
    for row in &table.rows {
        let Some(cell) = row.first() else {
            return false;
        };
        if cell.text.is_empty() || markdown::has_whitespace(&cell.text) {
            return false;
        }
        for byte in cell.text.bytes() {
            code_like |= matches!(byte, b'_' | b'.' | b'-' | b':');
        }
    }
    code_like
}

/// Whether two column names share a word other than "error" (`Code`, `Error Code`).
fn shares_a_word(a: &str, b: &str) -> bool {
    let b = words(b);
    for word in words(a) {
        if b.contains(&word) {
            return true;
        }
    }
    false
}

/// A column name's words, lowercased, without "error".
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let word = word.to_lowercase();
        if !word.is_empty() && word != "error" {
            words.push(word);
        }
    }
    words
}

fn column_index(header: &[Cell], wanted: &str) -> Option<usize> {
    for (index, cell) in header.iter().enumerate() {
        if names_column(cell, wanted) {
            return Some(index);
        }
    }
    None
}

/// Whether a header cell is the column an argument names: whitespace collapsed, any case.
fn names_column(cell: &Cell, wanted: &str) -> bool {
    cell.text.to_lowercase() == markdown::collapse_whitespace(wanted).to_lowercase()
}

fn cell_or_empty(row: &[Cell], index: usize, table: &Table) -> (String, markdown::Position) {
    match (row.get(index), row.first()) {
        (Some(cell), _) => (cell.text.clone(), cell.at),
        (None, Some(first)) => (String::new(), first.at),
        (None, None) => (String::new(), table.at),
    }
}

fn optional_cell(
    row: &[Cell],
    index: Option<usize>,
    table: &Table,
) -> Option<(String, markdown::Position)> {
    Some(cell_or_empty(row, index?, table))
}

fn optional_text(row: &[Cell], index: Option<usize>, table: &Table) -> Option<String> {
    Some(cell_or_empty(row, index?, table).0)
}

/// `Some(None)` for a column not asked for, `None` for one the header lacks.
fn optional_column(header: &[Cell], wanted: &Option<String>) -> Option<Option<usize>> {
    match wanted {
        Some(name) => Some(Some(column_index(header, name)?)),
        None => Some(None),
    }
}

fn no_table_error(
    tables: &[Table],
    wanted: &[&str],
    columns: &Columns,
    hints: &LayoutHints,
) -> SpecError {
    let mut names = String::new();
    for name in wanted {
        let separator = if names.is_empty() { "" } else { ", " };
        names.push_str(&format!("{separator}`{name}`"));
    }
    let wanted = format!("no Markdown table has all of the columns {names}");
    // A table one column short of the wanted ones says more than entries of another layout
    // (Gate.io's `| `label` | Meaning |` tables under a page whose list items start with a
    // string code).
    let short = one_column_short(tables, columns);
    let layouts = hints.sentences(Layout::Table);
    if !layouts.is_empty() && short.is_none() {
        let seen = if tables.is_empty() {
            String::new()
        } else {
            format!("; tables seen: {}", tables_seen(tables))
        };
        return SpecError::whole_file(format!(
            "{wanted}; {}{seen}",
            markdown::join(&layouts, "; ")
        ));
    }
    let mut arguments = vec!["`code_column`", "`message_column`"];
    for &(given, argument) in &[
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
            let mut listed = String::new();
            for argument in rest {
                let separator = if listed.is_empty() { "" } else { ", " };
                listed.push_str(&format!("{separator}{argument}"));
            }
            format!("name the columns with {listed} and {last}")
        }
        _ => "name the columns with `code_column = \"...\"` and `message_column = \"...\"`"
            .to_owned(),
    };
    if tables.is_empty() {
        return SpecError::whole_file(format!("{wanted}; the page has no table at all"));
    }
    let fix = match (short, two_columns(tables, columns)) {
        (Some(hint), _) | (None, Some(hint)) => format!("{fix}; {hint}"),
        (None, None) => fix,
    };
    SpecError::whole_file(format!(
        "{wanted}; tables seen: {}; {fix}",
        tables_seen(tables)
    ))
}

/// How many headers an error lists when no table has the columns: a whole API reference
/// crawled into one page has hundreds of tables.
const HEADERS_LISTED: usize = 12;

/// `line 3: `Status`, `Description`; line 9: ...`: each header once, at its first table,
/// at most `HEADERS_LISTED` of them; how many more tables there are is counted.
fn tables_seen(tables: &[Table]) -> String {
    // Kept short: every line here is compiled into each build of the macro (BENCHMARKS.md).
    let mut seen = String::new();
    let (mut listed, mut repeats, mut unlisted) = (0, 0, 0);
    for table in tables {
        let mut header = String::new();
        for (i, cell) in table.header.iter().enumerate() {
            header.push_str(if i == 0 { "`" } else { ", `" });
            header.push_str(&cell.text);
            header.push('`');
        }
        let listing = format!(": {header}; ");
        if seen.contains(listing.as_str()) {
            repeats += 1;
        } else if listed == HEADERS_LISTED {
            unlisted += 1;
        } else {
            listed += 1;
            seen.push_str(&format!("line {}{listing}", table.at.line));
        }
    }
    seen.truncate(seen.len().saturating_sub(2));
    if repeats > 0 {
        seen.push_str(&format!(" (and {repeats} more with these headers)"));
    }
    if unlisted > 0 {
        seen.push_str(&format!("; and {unlisted} more with other headers"));
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_rows(
        page: &str,
        columns: &Columns,
        tables: Tables,
    ) -> Result<Vec<RawRow>, Vec<SpecError>> {
        rows_of_kind(page, columns, tables, CodeKind::Status)
    }

    fn rows_of_kind(
        page: &str,
        columns: &Columns,
        tables: Tables,
        kind: CodeKind,
    ) -> Result<Vec<RawRow>, Vec<SpecError>> {
        let rules = PageRules {
            layout: Layout::Table,
            kind,
            columns,
            tables,
            section: None,
        };
        read_rows(page, &rules).map(|entries| entries.rows)
    }

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
        let rows = table_rows(page, &Columns::default(), Tables::First).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].code, "410");
        assert_eq!(rows[0].message, "Gone");
        assert_eq!(rows[0].code_at.line, 7);
        assert_eq!(rows[0].detail, None);
    }

    #[test]
    fn a_bold_first_cell_alone_in_its_row_titles_a_category() {
        let page = "| Code | Meaning | Status |\n|--|--|--|\n| **Auth errors** | | |\n\
            | AUTH | Bad key | 401 |\n| **404** | | |\n| | **Bold message** | |\n\
            | **a** b | | |\n| <b>Orders</b> |\n| Plain title | | |\n| **404 Not Found** | | |\n";
        let string_columns = Columns {
            code: "Code".into(),
            message: "Meaning".into(),
            status: Some("Status".into()),
            ..Columns::default()
        };
        let rows = table_rows(page, &string_columns, Tables::First).unwrap();
        let read: Vec<(&str, usize, bool)> = rows
            .iter()
            .map(|row| (row.code.as_str(), row.code_at.line, row.code_only))
            .collect();
        // Lines 3 and 8 are skipped. A bold number is still a code, bold text in another
        // cell or text partly bold still an entry: their empty cells are then reported
        // (the bold ones without the hint to make them bold).
        assert_eq!(
            read,
            [
                ("AUTH", 4, false),
                ("404", 5, false),
                ("", 6, false),
                ("a b", 7, true),
                ("Plain title", 9, true),
                ("404 Not Found", 10, false),
            ]
        );
    }

    #[test]
    fn a_table_one_column_short_names_the_argument_to_write() {
        let error = |page: &str, columns: &Columns| {
            table_rows(page, columns, Tables::First).unwrap_err()[0].render("t.md")
        };
        // A column sharing a word with the missing one wins over the others.
        let page = "| Code | Message | Description |\n|--|--|--|\n| 1 | `a` | A |\n";
        let mut wanted = columns("Error Code", "Description");
        wanted.name = Some("Message".into());
        assert!(
            error(page, &wanted).ends_with(
                "; the table at line 1 has every column but `Error Code`: if its `Code` \
                 column is that one, write `code_column = \"Code\"`"
            ),
            "{}",
            error(page, &wanted)
        );
        // Else the only column no argument names; with two such, no guess.
        let page = "| Status | Text |\n|--|--|\n| 404 | x |\n";
        assert!(error(page, &columns("Code", "Text"))
            .ends_with("if its `Status` column is that one, write `code_column = \"Status\"`"));
        let page = "| Status | Extra | Text |\n|--|--|--|\n| 404 | y | x |\n";
        let two = error(page, &columns("Code", "Text"));
        assert!(two.ends_with("and `message_column = \"...\"`"), "{two}");
        // "Error" alone is no shared word: `Error Message` is not the code column.
        let page = "| Error Message | Status | Text |\n|--|--|--|\n| m | 404 | x |\n";
        let not_error = error(page, &columns("Error Code", "Text"));
        assert!(!not_error.contains("if its"), "{not_error}");
    }

    #[test]
    fn custom_columns_are_matched_after_reduction() {
        let page = "| **Status** | Description |\n|--|--|\n| 429 | Slow down |\n";
        let rows = table_rows(page, &columns("status", "DESCRIPTION"), Tables::First).unwrap();
        assert_eq!(rows[0].message, "Slow down");
    }

    #[test]
    fn a_detail_column_must_be_in_the_same_table() {
        let page = "| Code | Name |\n|--|--|\n| 1 | x |\n\n\
            | Code | Name | Description |\n|--|--|--|\n| 404 | Not Found | No such thing. |\n";
        let mut columns = columns("Code", "Name");
        columns.detail = Some("description".into());
        let rows = table_rows(page, &columns, Tables::First).unwrap();
        assert_eq!(rows[0].message, "Not Found");
        assert_eq!(rows[0].detail.as_deref(), Some("No such thing."));
        columns.detail = Some("Details".into());
        let errors = table_rows(page, &columns, Tables::First).unwrap_err();
        assert!(
            errors[0].message.contains("`Code`, `Name`, `Details`"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn front_matter_is_skipped_with_exact_lines() {
        let page = "---\ntitle: Errors\nlayout: api\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        let rows = table_rows(page, &Columns::default(), Tables::First).unwrap();
        assert_eq!(rows[0].code_at.line, 8);
        // A `---` block further down is ordinary Markdown (a rule and a heading).
        let page = "# Errors\n\n---\ntitle: x\n---\n\n| Error Code | Meaning |\n|--|--|\n| 404 | Not Found |\n";
        assert_eq!(
            table_rows(page, &Columns::default(), Tables::First).unwrap()[0]
                .code_at
                .line,
            9
        );
    }

    #[test]
    fn no_table_lists_the_tables_seen() {
        let page = "text\n\n| Status | Description |\n|--|--|\n| 1 | x |\n";
        let errors = table_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert_eq!(errors[0].at, None);
        assert!(
            errors[0]
                .message
                .contains("line 3: `Status`, `Description`"),
            "{}",
            errors[0].message
        );
        let errors = table_rows("no tables here", &Columns::default(), Tables::First).unwrap_err();
        assert!(
            errors[0].message.contains("no table at all"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn tables_seen_list_each_header_once_and_at_most_twelve() {
        let mut page = String::new();
        for i in 0..15 {
            page.push_str(&format!("| Name{i} | Type |\n|--|--|\n| a | b |\n\n"));
            page.push_str("| Field | Type |\n|--|--|\n| a | b |\n\n");
        }
        page.push_str("| label | Meaning |\n|--|--|\n| X | y |\n");
        let errors = table_rows(&page, &Columns::default(), Tables::First).unwrap_err();
        let message = &errors[0].message;
        assert!(
            message.contains("tables seen: line 1: `Name0`, `Type`; line 5: `Field`, `Type`; line 9: `Name1`, `Type`;"),
            "{message}"
        );
        assert_eq!(message.matches("`Field`").count(), 1, "{message}");
        // 17 headers, twelve listed: `Name10` is the last; `Name11` to `Name14` and
        // `label` are counted, as are the 14 more `Field` tables.
        assert!(
            message.contains(
                "`Name10`, `Type` (and 14 more with these headers); and 5 more with other headers"
            ),
            "{message}"
        );
        assert!(!message.contains("`Name11`"), "{message}");
    }

    #[test]
    fn all_tables_with_the_columns_in_page_order() {
        let page = "## General\n\n| Code | Message |\n|--|--|\n| 1 | a |\n\n\
            | Other | Table |\n|--|--|\n| x | y |\n\n\
            ## Account\n\n| Message | Code | Status |\n|--|--|--|\n| b | 2 | 400 |\n| c | 3 | 401 |\n";
        let rows = table_rows(page, &columns("Code", "Message"), Tables::All).unwrap();
        let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["1", "2", "3"]);
        assert_eq!(rows[1].code_at.line, 15);
        let first = table_rows(page, &columns("Code", "Message"), Tables::First).unwrap();
        assert_eq!(first.len(), 1);
        let mut with_status = columns("Code", "Message");
        with_status.status = Some("Status".into());
        let rows = table_rows(page, &with_status, Tables::All).unwrap();
        assert_eq!(rows.len(), 2, "only the table that has the status column");
        assert_eq!(
            rows[0].status.as_ref().map(|(s, _)| s.as_str()),
            Some("400")
        );
    }

    #[test]
    fn a_section_is_read_alone_with_the_whole_file_s_lines() {
        let page = "# Errors\n\n## HTTP Code\n\n| Code | Description |\n|--|--|\n| 400 | Bad |\n\n\
            ## UTA\n\n| Code | Description |\n|--|--|\n| 10001 | Params |\n\n\
            ### UTA orders\n\n| Code | Description |\n|--|--|\n| 110001 | No order |\n\n\
            ## Spot\n\n| Code | Description |\n|--|--|\n| 10001 | Spot params |\n";
        let columns = columns("Code", "Description");
        let read = |section: &str, tables: Tables| {
            let rules = PageRules {
                layout: Layout::Table,
                kind: CodeKind::Integer,
                columns: &columns,
                tables,
                section: Some(section),
            };
            read_rows(page, &rules).map(|entries| {
                entries
                    .rows
                    .iter()
                    .map(|row| (row.code.clone(), row.code_at.line))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            read("uta", Tables::First),
            Ok(vec![("10001".to_owned(), 13)])
        );
        assert_eq!(
            read("UTA", Tables::All),
            Ok(vec![("10001".to_owned(), 13), ("110001".to_owned(), 19)]),
            "its subsections' tables too"
        );
        assert_eq!(
            read("Spot", Tables::All),
            Ok(vec![("10001".to_owned(), 25)])
        );
        assert_eq!(
            read("UTA orders", Tables::First),
            Ok(vec![("110001".to_owned(), 19)])
        );
    }

    #[test]
    fn a_section_without_the_table_points_at_the_table_elsewhere() {
        let page = "# API\n\n## Errors\n\nSee below.\n\n## `label` list\n\n\
                    | `label` | Meaning |\n|--|--|\n| INVALID_KEY | Bad key |\n";
        let columns = Columns {
            code: "label".to_owned(),
            message: "Meaning".to_owned(),
            ..Columns::default()
        };
        let rules = |section| PageRules {
            layout: Layout::Table,
            kind: CodeKind::String,
            columns: &columns,
            tables: Tables::First,
            section,
        };
        let errors = read_rows(page, &rules(Some("Errors"))).unwrap_err();
        assert!(
            errors[0].message.ends_with(
                "; `section = \"Errors\"` has no table with these columns; the page has one \
                 at line 9"
            ),
            "{}",
            errors[0].message
        );
        assert!(read_rows(page, &rules(Some("label list"))).is_ok());
    }

    #[test]
    fn a_header_naming_the_columns_the_wrong_way_round_is_one_error() {
        let page =
            "| Message | Code |\n|--|--|\n| 429 | Too many requests |\n| 00001 | Bad time |\n";
        let columns = Columns {
            code: "Code".to_owned(),
            message: "Message".to_owned(),
            ..Columns::default()
        };
        let errors = rows_of_kind(page, &columns, Tables::First, CodeKind::Integer).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].at.map(|at| at.line), Some(1));
        assert!(
            errors[0].message.ends_with(
                "write `code_column = \"Message\"` and `message_column = \"Code\"`, or swap \
                 the two header cells"
            ),
            "{}",
            errors[0].message
        );
        // One row whose code is an integer: no swap, the row errors are the user's.
        let page = "| Message | Code |\n|--|--|\n| 429 | Too many requests |\n| 7 | 8 |\n";
        assert!(rows_of_kind(page, &columns, Tables::First, CodeKind::Integer).is_ok());
        // String codes can be anything: never said to be swapped.
        let page = "| Message | Code |\n|--|--|\n| 429 | Too many requests |\n";
        assert!(rows_of_kind(page, &columns, Tables::First, CodeKind::String).is_ok());
    }

    #[test]
    fn a_two_column_code_table_is_named_as_the_fix() {
        let page = "| Name | Text | More |\n|--|--|--|\n| a | b | c |\n\n\
            | **Code** | Description |\n|--|--|\n| `a` | b |\n";
        let errors = table_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert!(
            errors[0].message.ends_with(
                "if the table at line 5 is the one, write `code_column = \"Code\"` and \
                 `message_column = \"Description\"`"
            ),
            "{}",
            errors[0].message
        );
        // Not when more columns are wanted, nor for a first column named otherwise.
        let mut with_status = columns("Status", "Meaning");
        with_status.status = Some("HTTP".to_owned());
        let errors = table_rows(page, &with_status, Tables::First).unwrap_err();
        assert!(
            !errors[0].message.contains("is the one"),
            "{}",
            errors[0].message
        );
        let page = "| Error | Description |\n|--|--|\n| a | b |\n| c d | e |\n";
        let errors = table_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert!(
            !errors[0].message.contains("is the one"),
            "{}",
            errors[0].message
        );
        // A status table's `Status Code` is its code column.
        let page = "| Status Code | Text |\n|--|--|\n| 404 | Gone |\n";
        let errors = table_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert!(
            errors[0]
                .message
                .ends_with("write `code_column = \"Status Code\"` and `message_column = \"Text\"`"),
            "{}",
            errors[0].message
        );
        // A column named for codes and one named for messages, in a header of more
        // (Bitfinex's, Crypto.com's): not `Message Code`, nor an HTTP status code's.
        for (header, said) in [
            (
                "| Event | Code | Description |\n|--|--|--|\n| ERR_UNK | 10000 | Unknown |\n",
                "write `code_column = \"Code\"` and `message_column = \"Description\"`",
            ),
            (
                "| HTTP status code | Code | Message Code | Description |\n|--|--|--|--|\n\
                 | 500 | 201 | NO_POSITION | No position |\n",
                "write `code_column = \"Code\"` and `message_column = \"Description\"`",
            ),
        ] {
            let errors = table_rows(header, &Columns::default(), Tables::First).unwrap_err();
            assert!(errors[0].message.ends_with(said), "{}", errors[0].message);
        }
        // A first column of single words that look like codes, under any name (Square's
        // `| Name | Description |`), when no first column is named for codes.
        let page = "| Key | Text |\n|--|--|\n| a b | c |\n\n\
            | Name | Description |\n|--|--|\n| `INTERNAL_SERVER_ERROR` | A server error. |\n\
            | `GONE` | Gone. |\n";
        let errors = table_rows(page, &Columns::default(), Tables::First).unwrap_err();
        assert!(
            errors[0].message.ends_with(
                "if the table at line 5 is the one, write `code_column = \"Name\"` and \
                 `message_column = \"Description\"`"
            ),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn headings_with_a_word_before_their_code_are_named_by_the_table_error() {
        let page = "# Errors\n\n## Error 1000: DNS points to prohibited IP\nText.\n\n\
            ## Error 1001: DNS resolution error\nText.\n";
        let errors =
            rows_of_kind(page, &Columns::default(), Tables::First, CodeKind::Integer).unwrap_err();
        assert!(
            errors[0].message.ends_with(
                "2 headings have a word before their code (first `Error 1000: DNS points to \
                 prohibited IP` at line 3): an entry starts with its code; drop the leading \
                 `Error` from them in the saved page, as `` `1000`: DNS points to prohibited \
                 IP ``, and add `layout = \"headings\"`"
            ),
            "{}",
            errors[0].message
        );
        // String codes have no such hint: a word before a code span is no code heading.
        let errors =
            rows_of_kind(page, &Columns::default(), Tables::First, CodeKind::String).unwrap_err();
        assert!(
            !errors[0].message.contains("word before"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn blank_rows_are_no_entries_and_a_table_of_none_is_an_error() {
        let columns = columns("Code", "Text");
        let page = "| Code | Text |\n|--|--|\n| 404 | Gone |\n|  |  |\n| | |\n\n\
            | Code | Text |\n|--|--|\n|   |   |\n";
        let rows = table_rows(page, &columns, Tables::All).unwrap();
        let codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
        assert_eq!(codes, ["404"]);
        // A header over blank rows only, or over none: no code is documented.
        for (page, said) in [
            (
                "# E\n\n| Code | Text |\n|--|--|\n|  |  |\n| | |\n",
                "every row of this table is blank (2 rows)",
            ),
            (
                "| Code | Text |\n|--|--|\n| | |\n",
                "the one row of this table is blank",
            ),
            (
                "| Code | Text |\n|--|--|\n",
                "this table has the columns but no rows",
            ),
            (
                "| Code | Text |\n|--|--|\n| | |\n\n| Code | Text |\n|--|--|\n",
                "the 2 tables with these columns, this one first, have no rows but blank ones (1)",
            ),
        ] {
            let errors = table_rows(page, &columns, Tables::All).unwrap_err();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(errors[0].message.starts_with(said), "{}", errors[0].message);
            let line = usize::from(page.starts_with('#')) * 2 + 1;
            assert_eq!(errors[0].at.map(|at| at.line), Some(line));
        }
    }

    #[test]
    fn a_permalink_before_a_code_heading_is_no_part_of_it() {
        let page = "## [#](#general) General\n\n### [#](#-1000) -1000 UNKNOWN\n\n\
                    An unknown error occurred.\n";
        let columns = Columns::default();
        let rules = PageRules {
            layout: Layout::Headings,
            kind: CodeKind::Integer,
            columns: &columns,
            tables: Tables::First,
            section: Some("General"),
        };
        let entries = read_rows(page, &rules).unwrap();
        let mut read = Vec::new();
        for row in &entries.rows {
            read.push((row.code.as_str(), row.code_at.line, row.code_at.column));
        }
        assert_eq!(read, [("-1000", 3, 17)]);
        assert_eq!(entries.rows[0].message, "An unknown error occurred.");
    }

    #[test]
    fn a_table_one_column_short_is_named_before_other_layouts() {
        // A list item starting with a string code, and a table whose code column has
        // another name: the table is what the user meant.
        let page = "# Errors\n\n- `label`: the error type\n\n\
                    | `label` | Meaning |\n|--|--|\n| INVALID_KEY | Bad key |\n";
        let columns = Columns {
            message: "Meaning".to_owned(),
            ..Columns::default()
        };
        let rules = PageRules {
            layout: Layout::Table,
            kind: CodeKind::String,
            columns: &columns,
            tables: Tables::First,
            section: None,
        };
        let errors = read_rows(page, &rules).unwrap_err();
        let message = &errors[0].message;
        assert!(
            message.ends_with("if its `label` column is that one, write `code_column = \"label\"`"),
            "{message}"
        );
        assert!(!message.contains("layout = \"list\""), "{message}");
        // Without that table, the list item is the hint, in the singular.
        let page = "# Errors\n\n- `label`: the error type\n";
        let errors = read_rows(page, &rules).unwrap_err();
        assert!(
            errors[0]
                .message
                .contains("the page has 1 list item that starts with a code"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn inside_a_section_the_tables_seen_are_its_own() {
        let page =
            "## A\n\n| X | Y |\n|--|--|\n| 1 | a |\n\n## B\n\n| P | Q |\n|--|--|\n| 2 | b |\n";
        let columns = Columns::default();
        let rules = PageRules {
            layout: Layout::Table,
            kind: CodeKind::Status,
            columns: &columns,
            tables: Tables::First,
            section: Some("B"),
        };
        let errors = read_rows(page, &rules).unwrap_err();
        assert!(
            errors[0].message.contains("line 9: `P`, `Q`"),
            "{}",
            errors[0].message
        );
        assert!(!errors[0].message.contains("`X`"), "{}", errors[0].message);
    }

    #[test]
    fn codes_glued_to_a_colon_are_pointed_out() {
        let page = "# Errors\n\n- 10000: Url not found.\n- 10001: System error.\n";
        let columns = Columns::default();
        let rules = PageRules {
            layout: Layout::List,
            kind: CodeKind::Integer,
            columns: &columns,
            tables: Tables::First,
            section: None,
        };
        let errors = read_rows(page, &rules).unwrap_err();
        assert!(
            errors[0].message.contains(
                "2 list items start with a number glued to what follows (first `10000: Url \
                 not found.` at line 3)"
            ),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn a_code_glued_to_a_colon_among_entries_is_an_error_at_its_line() {
        let page = "# Errors\n\n- 10000 Url not found.\n- 10001: System error.\n\
                    - `10002`: Malformed request.\n- 3.5 seconds is the timeout.\n";
        let columns = Columns::default();
        let rules = |kind| PageRules {
            layout: Layout::List,
            kind,
            columns: &columns,
            tables: Tables::First,
            section: None,
        };
        let read = read_rows(page, &rules(CodeKind::Integer)).expect("two entries");
        assert_eq!(read.rows.len(), 2);
        let messages: Vec<_> = read
            .problems
            .iter()
            .map(|e| (e.at.map(|at| at.line), &e.message))
            .collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert_eq!(messages[0].0, Some(4));
        assert!(
            messages[0].1.starts_with(
                "list item `10001: System error.` starts with the number `10001` glued to a `:`"
            ),
            "{messages:?}"
        );
        // A code span before the `:` is a code; string codes have no bare codes to glue.
        let page = "- 10000 Url not found.\n- `10002`: Malformed request.\n";
        let read = read_rows(page, &rules(CodeKind::Integer)).expect("two entries");
        assert_eq!((read.rows.len(), read.problems.len()), (2, 0));
        let page = "- `not_found` Missing.\n- 10001: System error.\n";
        let read = read_rows(page, &rules(CodeKind::String)).expect("one entry");
        assert_eq!((read.rows.len(), read.problems.len()), (1, 0));
    }
}
