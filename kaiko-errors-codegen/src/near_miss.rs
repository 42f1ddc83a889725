//! Why a line that looks like the wanted table's header did not become a table.
//!
//! The table itself is found by the Markdown parser; this only runs once that failed. It
//! scans the lines for one that names every wanted column between `|`s and, from the
//! blocks the parser reported and the lines around it, says why in words: what the
//! rendered site shows as a table is often not one for a GFM parser.

use crate::markdown::{Block, BlockKind, Document, Position};
use crate::model::SpecError;

/// One error per header-like line that is not the header of a parsed table.
pub fn diagnose(page: &str, document: &Document, wanted: &[&str]) -> Vec<SpecError> {
    let mut rough_wanted = Vec::with_capacity(wanted.len());
    for name in wanted {
        rough_wanted.push(rough_text(name));
    }
    let wanted = rough_wanted;
    let lines: Vec<&str> = page.lines().collect();
    let mut errors = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let number = index + 1;
        // Loops and `match` rather than adaptors with closures in this module: each closure
        // is one more instance of its adaptor compiled into the crate (BENCHMARKS.md).
        let mut is_table_header = false;
        for table in &document.tables {
            is_table_header |= table.at.line == number;
        }
        if is_table_header || !names_every_column(line, &wanted) {
            continue;
        }
        let column = line.chars().count() - line.trim_start().chars().count() + 1;
        let why = explain(number, &lines, &document.blocks);
        errors.push(SpecError::at(
            Position {
                line: number,
                column,
            },
            format!("this line looks like the header of the error table but is not one: {why}"),
        ));
    }
    errors
}

fn explain(number: usize, lines: &[&str], blocks: &[Block]) -> String {
    let line_at = |n: usize| match n.checked_sub(1) {
        Some(i) => lines.get(i).copied(),
        None => None,
    };
    let header = line_at(number).unwrap_or_default();
    for block in blocks {
        if number < block.first_line || number > block.last_line {
            continue;
        }
        return match block.kind {
            BlockKind::FrontMatter => format!(
                "it is inside the YAML front matter (lines {}-{}), which is not Markdown; \
                 move the table below the closing `---`",
                block.first_line, block.last_line
            ),
            BlockKind::Html if block.first_line == number => {
                "it starts with an HTML tag, which opens an HTML block: Markdown reads it and \
                 the lines under it, up to a blank line, as HTML; start the header line with `|`"
                    .to_owned()
            }
            BlockKind::Html => format!(
                "it is inside an HTML block started at line {}: Markdown reads everything up \
                 to a blank line as HTML; leave a blank line between the HTML and the table",
                block.first_line
            ),
            BlockKind::Code => format!(
                "it is inside a code block started at line {}; take the table out of it",
                block.first_line
            ),
        };
    }
    let header_cells = cells(header).len();
    let under = line_at(number + 1).unwrap_or_default();
    if is_delimiter_row(under) {
        let delimiter_cells = cells(under).len();
        if delimiter_cells != header_cells {
            return format!(
                "the delimiter row under it (line {}) has {delimiter_cells} cells and the header \
                 has {header_cells}; give both the same number of cells",
                number + 1
            );
        }
    }
    let previous = line_at(number.wrapping_sub(1)).unwrap_or_default();
    if !previous.trim().is_empty() && !header.trim_start().starts_with('|') {
        if let Some(heading) = heading_without_space(previous) {
            return format!(
                "line {} `{}` is not a heading (Markdown needs a space after the `#`s), so it \
                 starts a paragraph, and a header without a leading `|` cannot interrupt a \
                 paragraph; write `{heading}` and leave a blank line under it",
                number - 1,
                previous.trim()
            );
        }
        return format!(
            "a header without a leading `|` cannot interrupt a paragraph (line {}); add a blank \
             line before it",
            number - 1
        );
    }
    if !is_delimiter_row(under) {
        return "no delimiter row (such as `|---|---|`) follows it".to_owned();
    }
    "it did not parse as a GFM table".to_owned()
}

/// `####Heading` -> `#### Heading`: a line of `#`s glued to its text.
fn heading_without_space(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let rest = trimmed.trim_start_matches('#');
    let hashes = trimmed.len() - rest.len();
    match rest.chars().next() {
        Some(c) if (1..=6).contains(&hashes) && !c.is_whitespace() => {
            Some(format!("{} {rest}", "#".repeat(hashes)))
        }
        _ => None,
    }
}

/// The cells of a table-like line: split on `|` not escaped by `\`, outer pipes dropped.
fn cells(line: &str) -> Vec<&str> {
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => {
                cells.push(line.get(start..at).unwrap_or_default());
                start = at + 1;
            }
            _ => escaped = false,
        }
    }
    cells.push(line.get(start..).unwrap_or_default());
    if matches!(cells.first(), Some(first) if first.trim().is_empty()) {
        cells.remove(0);
    }
    if cells.len() > 1 && matches!(cells.last(), Some(last) if last.trim().is_empty()) {
        cells.pop();
    }
    cells
}

fn is_delimiter_row(line: &str) -> bool {
    if !line.contains('-') {
        return false;
    }
    for cell in cells(line) {
        let inner = cell.trim().trim_start_matches(':').trim_end_matches(':');
        if inner.is_empty() || !inner.trim_start_matches('-').is_empty() {
            return false;
        }
    }
    true
}

fn names_every_column(line: &str, wanted: &[String]) -> bool {
    if !line.contains('|') {
        return false;
    }
    let mut texts = Vec::new();
    for cell in cells(line) {
        texts.push(rough_text(cell));
    }
    for name in wanted {
        if !texts.contains(name) {
            return false;
        }
    }
    true
}

/// A cell's text, roughly: tags and emphasis marks dropped, the usual spaces decoded,
/// lower case. Enough to recognise a column name on a line Markdown did not parse.
fn rough_text(cell: &str) -> String {
    let mut text = String::with_capacity(cell.len());
    let mut in_tag = false;
    for c in cell.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '*' | '_' | '`' => {}
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    // `&nbsp;` and the other references decoded (a non-breaking space collapses too).
    let text = crate::markdown::decode_entities(&text);
    crate::markdown::collapse_whitespace(&text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown;

    fn diagnose_page(page: &str) -> Vec<String> {
        let document = markdown::parse(page);
        diagnose(page, &document, &["Error Code", "Meaning"])
            .iter()
            .map(|e| e.render("p.md"))
            .collect()
    }

    #[test]
    fn explains_each_pattern() {
        let cases = [
            (
                "# E\n\n| Error Code | Meaning | Extra |\n|---|---|\n| 404 | Not Found | x |\n",
                "p.md:3:1: this line looks like the header of the error table but is not one: the delimiter row under it (line 4) has 2 cells and the header has 3; give both the same number of cells",
            ),
            (
                "Our errors:\nError Code | Meaning\n---|---\n404 | Not Found\n",
                "p.md:2:1: this line looks like the header of the error table but is not one: a header without a leading `|` cannot interrupt a paragraph (line 1); add a blank line before it",
            ),
            (
                "<div style=\"font-weight:bold\">Error Code</div> | Meaning\n---|---\n404 | Not Found\n",
                "p.md:1:1: this line looks like the header of the error table but is not one: it starts with an HTML tag, which opens an HTML block: Markdown reads it and the lines under it, up to a blank line, as HTML; start the header line with `|`",
            ),
            (
                "<div>\nIntro\n| Error Code | Meaning |\n|---|---|\n</div>\n",
                "p.md:3:1: this line looks like the header of the error table but is not one: it is inside an HTML block started at line 1: Markdown reads everything up to a blank line as HTML; leave a blank line between the HTML and the table",
            ),
            (
                "---\ntitle: Errors\ntable: |\n  | Error Code | Meaning |\n  |---|---|\n  | 404 | Not Found |\n---\n\nText.\n",
                "p.md:4:3: this line looks like the header of the error table but is not one: it is inside the YAML front matter (lines 1-7), which is not Markdown; move the table below the closing `---`",
            ),
            (
                "####Errors\nError Code | Meaning\n---|---\n404 | Not Found\n",
                "p.md:2:1: this line looks like the header of the error table but is not one: line 1 `####Errors` is not a heading (Markdown needs a space after the `#`s), so it starts a paragraph, and a header without a leading `|` cannot interrupt a paragraph; write `#### Errors` and leave a blank line under it",
            ),
            (
                "```\n| Error Code | Meaning |\n|---|---|\n```\n",
                "p.md:2:1: this line looks like the header of the error table but is not one: it is inside a code block started at line 1; take the table out of it",
            ),
            (
                "| Error Code | Meaning |\n\n| 404 | Not Found |\n",
                "p.md:1:1: this line looks like the header of the error table but is not one: no delimiter row (such as `|---|---|`) follows it",
            ),
        ];
        for (page, expected) in cases {
            assert_eq!(diagnose_page(page), [expected], "{page}");
        }
    }

    #[test]
    fn a_parsed_table_is_no_near_miss() {
        assert!(
            diagnose_page("| Error Code | Meaning |\n|---|---|\n| 404 | Not Found |\n").is_empty()
        );
        assert!(diagnose_page("| Status | Meaning |\n|---|---|\n").is_empty());
    }

    #[test]
    fn rough_text_sees_through_markup() {
        assert_eq!(rough_text(" <b>**Error&nbsp;Code**</b> "), "error code");
        assert_eq!(cells("| a \\| b | c |"), [" a \\| b ", " c "]);
        assert!(is_delimiter_row("|:---|---:|"));
        assert!(!is_delimiter_row("| a | --- |"));
    }
}
