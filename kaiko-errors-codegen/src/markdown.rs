//! Reads the tables of a page, pipe tables and HTML `<table>`s, each cell reduced to
//! plain text.
//!
//! Plain data only (no `proc_macro` types), so that it runs in unit tests.

use crate::html;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A position in the spec file, 1-based, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One table cell: its plain text and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub at: Position,
    /// All of its text is struck through (`~~10018~~`, `<del>`): retired by the docs.
    pub struck: bool,
    /// All of its text is bold (`**Order errors**`, `<b>`): as a row's only text, a
    /// category's title.
    pub bold: bool,
}

/// Text read with its struck-through parts apart (struck text is retired wording), and
/// whether any of it is outside bold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StruckText {
    /// Every word, struck or not.
    pub all: String,
    /// The words that are not struck through.
    pub kept: String,
    depth: usize,
    bold_depth: usize,
    /// Some of the words are outside bold.
    plain: bool,
}

impl StruckText {
    pub fn push(&mut self, text: &str) {
        self.all.push_str(text);
        if self.depth == 0 {
            self.kept.push_str(text);
        }
        if self.bold_depth == 0 && !text.trim().is_empty() {
            self.plain = true;
        }
    }

    /// Bold opens (`true`) or closes.
    pub fn bold(&mut self, opens: bool) {
        if opens {
            self.bold_depth += 1;
        } else {
            self.bold_depth = self.bold_depth.saturating_sub(1);
        }
    }

    /// There are words, and every one is bold.
    pub fn is_bold(&self) -> bool {
        !self.plain && !self.all.trim().is_empty()
    }

    /// A strikethrough opens (`true`) or closes.
    pub fn strike(&mut self, opens: bool) {
        if opens {
            self.depth += 1;
        } else {
            self.depth = self.depth.saturating_sub(1);
        }
    }

    /// The plain text, whitespace collapsed: the words not struck through, or all of
    /// them when every word is (it is all there is); and whether every word is.
    pub fn finish(&self) -> (String, bool) {
        let kept = collapse_whitespace(&self.kept);
        let all = collapse_whitespace(&self.all);
        if kept.is_empty() && !all.is_empty() {
            (all, true)
        } else {
            (kept, false)
        }
    }
}

/// `<del>`, `<s>`, `<strike>` and their closing tags: `Some(true)` opens a
/// strikethrough, `Some(false)` closes one.
pub fn strike_tag(tag: &str) -> Option<bool> {
    tag_named(tag, &["del", "s", "strike"])
}

/// `<b>`, `<strong>` and their closing tags: `Some(true)` opens bold.
pub fn bold_tag(tag: &str) -> Option<bool> {
    tag_named(tag, &["b", "strong"])
}

/// `Some(true)` for an opening tag with one of `names`, `Some(false)` for a closing one.
fn tag_named(tag: &str, names: &[&str]) -> Option<bool> {
    let inner = tag.trim().strip_prefix('<')?.strip_suffix('>')?.trim();
    let (closes, name) = match inner.strip_prefix('/') {
        Some(name) => (true, name.trim()),
        None => (false, inner),
    };
    // Loops rather than adaptors with closures in this module: each closure is one more
    // instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let mut end = name.len();
    for (at, c) in name.char_indices() {
        if c.is_whitespace() || c == '/' {
            end = at;
            break;
        }
    }
    let name = name.get(..end).unwrap_or_default();
    for wanted in names {
        if name.eq_ignore_ascii_case(wanted) {
            return Some(!closes);
        }
    }
    None
}

/// One GFM table: the header cells and the body rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub at: Position,
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
    /// The rows (indices into `rows`) whose line has no `|`: Markdown reads such a line
    /// inside a table as a row of its own, which is mostly a cell's text broken onto the
    /// next line (crawled pages), not a row the docs meant.
    pub pipeless_rows: Vec<usize>,
}

/// A block whose lines Markdown does not read as Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    FrontMatter,
    Html,
    Code,
}

/// Where such a block is: its first and last line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub first_line: usize,
    pub last_line: usize,
}

/// What the parser saw in a page: its tables, and the blocks that hide Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub tables: Vec<Table>,
    pub blocks: Vec<Block>,
}

/// Maps byte offsets of a text to line and column.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        for (i, _) in text.match_indices('\n') {
            line_starts.push(i + 1);
        }
        LineIndex { text, line_starts }
    }

    pub fn position(&self, offset: usize) -> Position {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .text
            .get(line_start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        Position { line, column }
    }
}

/// The tables of `text`, in page order, and its HTML, code and front-matter blocks.
///
/// `text` must not start with a byte-order mark; line numbers count from its first byte.
/// YAML front matter (a first line `---`, up to the next `---` or `...` line) is not
/// Markdown: it is blanked before parsing, so that line numbers stay exact.
pub fn parse(text: &str) -> Document {
    let index = LineIndex::new(text);
    let mut blocks = Vec::new();
    let (markdown, front_matter) = without_front_matter(text);
    if let Some(len) = front_matter {
        blocks.push(Block {
            kind: BlockKind::FrontMatter,
            first_line: 1,
            last_line: index.position(len.saturating_sub(1)).line,
        });
    }
    let markdown = markdown.as_ref();
    let mut reader = Reader {
        markdown,
        index: &index,
        blocks,
        tables: Vec::new(),
        table: None,
        row: Vec::new(),
        row_end: 0,
        row_has_pipe: true,
        cell: None,
        html: None,
        html_until: 0,
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        // Markdown's events up to the end of the last HTML table taken are that table's.
        if range.start >= reader.html_until {
            reader.event(event, range);
        }
    }
    Document {
        tables: reader.tables,
        blocks: reader.blocks,
    }
}

/// The tables and blocks read so far, and the table, row and cell being read.
struct Reader<'a> {
    markdown: &'a str,
    index: &'a LineIndex<'a>,
    blocks: Vec<Block>,
    tables: Vec<Table>,
    table: Option<Table>,
    row: Vec<Cell>,
    /// Where the row being read ends, trailing whitespace excluded: where an empty last
    /// cell, or one the row lacks, is said to be (Markdown puts it at the next line).
    row_end: usize,
    /// Whether the row being read has a `|` on its line.
    row_has_pipe: bool,
    cell: Option<(StruckText, usize)>,
    /// The page's HTML tables, parsed at its first HTML block with one.
    html: Option<html::HtmlTables>,
    html_until: usize,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        match event {
            Event::Start(Tag::Table(_)) => {
                self.table = Some(Table {
                    at: self.index.position(range.start),
                    header: Vec::new(),
                    rows: Vec::new(),
                    pipeless_rows: Vec::new(),
                });
            }
            Event::End(TagEnd::Table) => self.tables.extend(self.table.take()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                self.row.clear();
                let row = self.markdown.get(range.clone()).unwrap_or_default();
                self.row_end = range.start + row.trim_end().len();
                self.row_has_pipe = row.contains('|');
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = self.table.as_mut() {
                    table.header = std::mem::take(&mut self.row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = self.table.as_mut() {
                    if !self.row_has_pipe {
                        table.pipeless_rows.push(table.rows.len());
                    }
                    table.rows.push(std::mem::take(&mut self.row));
                }
            }
            Event::Start(Tag::TableCell) => {
                let start = content_start(self.markdown, range).min(self.row_end);
                self.cell = Some((StruckText::default(), start));
            }
            Event::End(TagEnd::TableCell) => {
                if let Some((raw, start)) = self.cell.take() {
                    let (text, struck) = raw.finish();
                    self.row.push(Cell {
                        text,
                        at: self.index.position(start),
                        struck,
                        bold: raw.is_bold(),
                    });
                }
            }
            Event::Start(Tag::HtmlBlock) => self.block(BlockKind::Html, range),
            Event::Start(Tag::CodeBlock(_)) => self.block(BlockKind::Code, range),
            event => {
                if let Some((raw, _)) = self.cell.as_mut() {
                    push_inline(raw, event, self.markdown, range);
                }
            }
        }
    }

    /// An HTML or code block: kept as a block, and an HTML block's tables as tables.
    fn block(&mut self, kind: BlockKind, range: std::ops::Range<usize>) {
        self.blocks.push(Block {
            kind,
            first_line: self.index.position(range.start).line,
            last_line: self.index.position(range.end.saturating_sub(1)).line,
        });
        let markdown = self.markdown;
        if kind != BlockKind::Html
            || !has_table_tag(markdown.get(range.clone()).unwrap_or_default())
        {
            return;
        }
        let index = self.index;
        let html = self
            .html
            .get_or_insert_with(|| html::HtmlTables::parse(markdown, range.start, index));
        // The tables that start inside this HTML block.
        for (start, end, table) in html.all() {
            if range.contains(start) {
                self.tables.push(table.clone());
                self.html_until = self.html_until.max(*end);
            }
        }
    }
}

/// `text` with its YAML front matter blanked, and the front matter's length if it has one.
pub fn without_front_matter(text: &str) -> (std::borrow::Cow<'_, str>, Option<usize>) {
    match front_matter_len(text) {
        Some(len) => (blank_prefix(text, len).into(), Some(len)),
        None => (text.into(), None),
    }
}

/// Whether an HTML block opens a `<table>` (in any case, with attributes or not).
fn has_table_tag(block: &str) -> bool {
    for window in block.as_bytes().windows(6) {
        if window.eq_ignore_ascii_case(b"<table") {
            return true;
        }
    }
    false
}

/// The length in bytes of the YAML front matter at the very top of `text`, closing line
/// included, if the page has one.
fn front_matter_len(text: &str) -> Option<usize> {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    offset += first.len();
    for line in lines {
        offset += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return Some(offset);
        }
    }
    None
}

/// `text` with its first `len` bytes turned into spaces, line breaks kept: the same
/// offsets and lines, and nothing for Markdown to read there.
fn blank_prefix(text: &str, len: usize) -> String {
    let mut blanked = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if at < len && c != '\n' && c != '\r' {
            for _ in 0..c.len_utf8() {
                blanked.push(' ');
            }
        } else {
            blanked.push(c);
        }
    }
    blanked
}

/// Where the content of a cell begins: past the whitespace after its `|`.
fn content_start(text: &str, cell: Range<usize>) -> usize {
    let raw = text.get(cell.clone()).unwrap_or_default();
    cell.start + raw.len() - raw.trim_start().len()
}

/// Appends the plain text of one inline event of a cell.
fn push_inline(raw: &mut StruckText, event: Event<'_>, source: &str, range: Range<usize>) {
    match event {
        Event::Text(text) | Event::Code(text) => raw.push(&text),
        Event::InlineHtml(tag) | Event::Html(tag) if is_line_break(&tag) => raw.push(" "),
        Event::SoftBreak | Event::HardBreak => raw.push(" "),
        Event::Start(Tag::Strikethrough) => raw.strike(true),
        Event::End(TagEnd::Strikethrough) => raw.strike(false),
        Event::Start(Tag::Strong) => raw.bold(true),
        Event::End(TagEnd::Strong) => raw.bold(false),
        Event::InlineHtml(tag) | Event::Html(tag) => {
            // `<del>` and `<s>` strike through too, `<b>` is bold; other tags are
            // dropped, the text between them comes as `Text`.
            if let Some(opens) = strike_tag(&tag) {
                raw.strike(opens);
            } else if let Some(opens) = bold_tag(&tag) {
                raw.bold(opens);
            }
        }
        // A footnote reference keeps its visible label.
        Event::FootnoteReference(_) => raw.push(source.get(range).unwrap_or_default()),
        _ => {}
    }
}

pub fn is_line_break(tag: &str) -> bool {
    let inner = tag
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/')
        .trim();
    inner.eq_ignore_ascii_case("br")
}

/// `raw` text with its HTML character references decoded (`&nbsp;`, `&amp;`, `&#169;`,
/// every HTML5 name), by the Markdown parser's own decoder: each other ASCII punctuation
/// character is backslash-escaped first, so that nothing else in the text means anything
/// to Markdown.
pub fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut escaped = String::with_capacity(raw.len() + raw.len() / 4);
    let mut previous = ' ';
    for c in raw.chars() {
        let in_reference = matches!(c, '&' | ';') || (c == '#' && previous == '&');
        if c.is_ascii_punctuation() && !in_reference {
            escaped.push('\\');
        }
        // Line structure means something to Markdown; in HTML text it is a space.
        escaped.push(if c == '\n' || c == '\r' { ' ' } else { c });
        previous = c;
    }
    let mut decoded = String::with_capacity(raw.len());
    // Leading spaces would make an indented code block: they are kept aside.
    let trimmed = escaped.trim_start_matches(' ');
    decoded.push_str(&escaped[..escaped.len() - trimmed.len()]);
    for event in Parser::new(trimmed) {
        match event {
            Event::Text(text) => decoded.push_str(&text),
            Event::SoftBreak | Event::HardBreak => decoded.push(' '),
            _ => {}
        }
    }
    decoded.push_str(&trimmed[trimmed.trim_end_matches(' ').len()..]);
    decoded
}

/// `parts` with `separator` between them: `[String]::join`, whose generic body would be
/// compiled into this crate for the three places that join (BENCHMARKS.md).
pub fn join(parts: &[String], separator: &str) -> String {
    let mut joined = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            joined.push_str(separator);
        }
        joined.push_str(part);
    }
    joined
}

/// Whether `text` has any whitespace in it (a string code has none).
pub fn has_whitespace(text: &str) -> bool {
    let mut found = false;
    for c in text.chars() {
        found |= c.is_whitespace();
    }
    found
}

/// Collapses runs of whitespace (a non-breaking space too) into one space, and trims.
pub fn collapse_whitespace(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for word in raw.split(char::is_whitespace) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &[Cell]) -> Vec<&str> {
        row.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn reduces_inline_markdown_to_plain_text() {
        let page = "| Error&nbsp;Code | Meaning |\n|---|---|\n\
            | `401` | Unauthorized -- See [Authentication](https://x.test/a)[.](/b.md) |\n\
            | [403](x) | **Forbidden** -- _no_ <a href=\"y\">access</a> |\n\
            | 404 | A \\| B &amp; C<br>D<br/>E |\n\
            | 405 | ![Method](img.png)   Not\u{a0}\u{a0}Allowed |\n";
        let tables = parse(page).tables;
        assert_eq!(tables.len(), 1);
        assert_eq!(cells(&tables[0].header), ["Error Code", "Meaning"]);
        let rows: Vec<_> = tables[0].rows.iter().map(|r| cells(r)).collect();
        assert_eq!(
            rows,
            [
                ["401", "Unauthorized -- See Authentication."],
                ["403", "Forbidden -- no access"],
                ["404", "A | B & C D E"],
                ["405", "Method Not Allowed"],
            ]
        );
    }

    #[test]
    fn positions_are_lines_and_character_columns() {
        let page = "# Title\r\n\r\nSome prose é.\r\n\r\n| Code | Meaning |\r\n| --- | --- |\r\n| 4é | x |\r\n";
        let tables = parse(page).tables;
        assert_eq!(tables[0].at, Position { line: 5, column: 1 });
        assert_eq!(tables[0].rows[0][0].at.line, 7);
        assert_eq!(tables[0].rows[0][0].at, Position { line: 7, column: 3 });
        assert_eq!(tables[0].rows[0][1].at, Position { line: 7, column: 8 });
    }

    #[test]
    fn an_empty_or_missing_cell_is_on_its_row_line() {
        let page = "Code | Status | Message  \n---|---|---  \n0 | 200 |   \n1 | 200 | Failed.  \n\
            | 2 |\n| 3 | 200 |\n";
        let rows = &parse(page).tables[0].rows;
        assert_eq!(rows[0][2].text, "");
        assert_eq!(
            rows[0][2].at,
            Position {
                line: 3,
                column: 10
            }
        );
        assert_eq!(
            rows[1][2].at,
            Position {
                line: 4,
                column: 11
            }
        );
        assert_eq!(rows[2][1].at.line, 5);
        assert_eq!(rows[2][2].at.line, 5);
        assert_eq!(
            rows[3][2].at,
            Position {
                line: 6,
                column: 12
            }
        );
    }

    #[test]
    fn rows_whose_line_has_no_pipe_are_marked() {
        let page = "Code | Message\n---|---\n1 | first part\nsecond part\n2 | x \\| y\n";
        let tables = parse(page).tables;
        assert_eq!(tables[0].rows.len(), 3);
        assert_eq!(cells(&tables[0].rows[1]), ["second part", ""]);
        assert_eq!(tables[0].pipeless_rows, [1]);
        let html =
            "<table><tr><th>Code</th><th>Message</th></tr><tr><td>1</td><td>x</td></tr></table>\n";
        assert!(parse(html).tables[0].pipeless_rows.is_empty());
    }

    #[test]
    fn finds_every_table_and_fills_short_rows() {
        let page = "| A | B |\n|---|---|\n| 1 |\n\ntext\n\n| C |\n|---|\n| 2 |\n";
        let tables = parse(page).tables;
        assert_eq!(tables.len(), 2);
        assert_eq!(cells(&tables[0].rows[0]), ["1", ""]);
        assert_eq!(tables[1].at.line, 7);
    }

    #[test]
    fn html_tables_are_tables_in_page_order() {
        let page = "# Errors\n\n| A | B |\n|---|---|\n| 1 | x |\n\n<div>\n<table>\n\
            <tr><th>Code</th><th>Message</th></tr>\n\n    <tr><td>2</td><td>y</td></tr>\n\n\
            </table>\n</div>\n\n| C | D |\n|---|---|\n| 3 | z |\n";
        let tables = parse(page).tables;
        let headers: Vec<Vec<&str>> = tables.iter().map(|t| cells(&t.header)).collect();
        assert_eq!(headers, [["A", "B"], ["Code", "Message"], ["C", "D"]]);
        // The blank line ends the HTML block for Markdown, not the table; the indented
        // row after it is the table's, not a code block.
        assert_eq!(cells(&tables[1].rows[0]), ["2", "y"]);
        assert_eq!(tables[1].rows[0][0].at.line, 11);
        assert_eq!(tables[2].rows[0][0].at.line, 18);
    }

    #[test]
    fn entities_are_decoded_and_nothing_else_changes() {
        assert_eq!(
            decode_entities("Check&nbsp;it &amp; retry &#169; &eacute;&#x27;"),
            "Check\u{a0}it & retry \u{a9} \u{e9}'"
        );
        let literal = "*a* _b_ `c` [d](e) \\ # 1. - > <x> | ~~s~~ AT&T &unknown; a&b;c";
        assert_eq!(decode_entities(literal), literal);
        assert_eq!(
            decode_entities("    # not a heading &amp;\n- nor a list  "),
            "    # not a heading & - nor a list  "
        );
        assert_eq!(decode_entities("no entity"), "no entity");
    }

    #[test]
    fn bold_cells() {
        let page = "| Code | Message |\n|---|---|\n| **Orders** | |\n| __A__ **B** | <b>c</b> |\n\
            | **a** b | <strong>x</strong> y |\n| `**1**` | *i* |\n\n\
            <table><tr><th>Code</th></tr><tr><td><b>Auth</b></td></tr><tr><td>1 <b>x</b></td></tr>\
            </table>\n";
        let tables = parse(page).tables;
        let bold = |table: &Table| -> Vec<Vec<bool>> {
            table
                .rows
                .iter()
                .map(|row| row.iter().map(|cell| cell.bold).collect())
                .collect()
        };
        // An empty cell is not bold: it has no words.
        assert_eq!(
            bold(&tables[0]),
            [[true, false], [true, true], [false, false], [false, false]]
        );
        assert_eq!(bold(&tables[1]), [[true], [false]]);
    }

    #[test]
    fn struck_cells() {
        let page = "| Code | Message |\n|---|---|\n| ~~10018~~ | ~~Exceeded.~~ |\n\
            | 4001 | ~~Not found~~ <br> Not verified |\n| <del>4003</del> | x <s>y</s> z |\n\
            | ~4002~ | a |\n";
        let table = &parse(page).tables[0];
        let read: Vec<Vec<(&str, bool)>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(|c| (c.text.as_str(), c.struck)).collect())
            .collect();
        assert_eq!(
            read,
            [
                vec![("10018", true), ("Exceeded.", true)],
                vec![("4001", false), ("Not verified", false)],
                vec![("4003", true), ("x z", false)],
                vec![("4002", true), ("a", false)],
            ]
        );
        assert_eq!(strike_tag("<DEL class=\"x\">"), Some(true));
        assert_eq!(strike_tag("</s>"), Some(false));
        assert_eq!(strike_tag("<span>"), None);
        assert_eq!(strike_tag("<strike/>"), Some(true));
    }

    #[test]
    fn line_index_handles_offsets_past_the_end() {
        let index = LineIndex::new("ab\ncd");
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.position(4), Position { line: 2, column: 2 });
        assert_eq!(index.position(99).line, 2);
    }
}
