//! Reads the HTML `<table>`s of a page (GitBook, Docusaurus and MDX pages write them for
//! merged cells or widths) into the same `Table`s as pipe tables.
//!
//! tl parses the HTML into a tree (leniently, as browsers do: unclosed cells and rows
//! are closed by the next one); entities and `&nbsp;` are decoded by the Markdown
//! parser's own decoder. This module only builds the grid: the header row gives the
//! column names, `rowspan` repeats a cell down, `colspan` leaves the spanned columns
//! empty, and a row whose one cell spans the whole table is a section title, not an
//! entry. A cell's text is plain: tags dropped, `<br>` and block tags a space,
//! whitespace collapsed.
//!
//! tl, not a WHATWG tokenizer such as html5gum: html5gum's tokenizer is generic and is
//! compiled into this crate at every use, which cost this proc-macro 2.4 s of codegen in
//! a cold build; tl's parser is compiled once, in its own crate.

use crate::markdown::{decode_entities, Cell, LineIndex, Position, StruckText, Table};

/// A `rowspan` or `colspan` above this is taken as this: no table is that large, and a
/// typo must not make a grid of millions of cells. One that is no `u16` is taken as 1
/// (read as a `u16`, whose parser this crate compiles already).
const LARGEST_SPAN: u16 = 64;

/// The outermost HTML tables of a part of a page, each with where it starts and ends.
pub struct HtmlTables {
    pub tables: Vec<(usize, usize, Table)>,
}

impl HtmlTables {
    /// Every outermost `<table>` of `page` from byte `from` on, in page order. The HTML
    /// is parsed once per page (from its first HTML block with a table): a table runs to
    /// its own `</table>`, past the blank lines that end an HTML block for Markdown.
    pub fn parse(page: &str, from: usize, index: &LineIndex<'_>) -> Self {
        let text = page.get(from..).unwrap_or_default();
        let Ok(dom) = tl::parse(text, tl::ParserOptions::default()) else {
            // Only a text beyond 4 GiB is refused.
            return HtmlTables { tables: Vec::new() };
        };
        let mut builder = Builder::default();
        let mut tables = Vec::new();
        walk(&dom, |event| {
            let event = event.offset_by(from);
            if let Some(table) = builder.event(&event, index) {
                tables.push(table);
            }
        });
        HtmlTables { tables }
    }

    /// Every table read, with the byte range of its HTML.
    pub fn all(&self) -> &[(usize, usize, Table)] {
        &self.tables
    }
}

/// What the tree walk meets, in document order.
enum Event {
    Start {
        name: String,
        at: usize,
        rowspan: Option<String>,
        colspan: Option<String>,
    },
    End {
        name: String,
        at: usize,
    },
    Text(String),
}

impl Event {
    fn offset_by(self, from: usize) -> Self {
        match self {
            Event::Start {
                name,
                at,
                rowspan,
                colspan,
            } => Event::Start {
                name,
                at: at + from,
                rowspan,
                colspan,
            },
            Event::End { name, at } => Event::End {
                name,
                at: at + from,
            },
            other => other,
        }
    }
}

/// Walks the tree depth first without recursion (a page can nest thousands of unclosed
/// tags), giving a start event, the children's events and an end event per tag.
/// The value of a tag's attribute, entities left as written.
fn attribute(tag: &tl::HTMLTag<'_>, key: &str) -> Option<String> {
    // `match` rather than adaptors with closures: each closure is one more instance of its
    // adaptor compiled into the crate (compile time, BENCHMARKS.md).
    match tag.attributes().get(key) {
        Some(Some(value)) => Some(value.as_utf8_str().into_owned()),
        _ => None,
    }
}

fn walk(dom: &tl::VDom<'_>, mut emit: impl FnMut(Event)) {
    let parser = dom.parser();
    // Each entry: a node to enter, or a tag to close (its name and end offset).
    enum Step {
        Enter(tl::NodeHandle),
        Exit(String, usize),
    }
    let mut steps = Vec::new();
    for handle in dom.children().iter().rev() {
        steps.push(Step::Enter(*handle));
    }
    while let Some(step) = steps.pop() {
        let handle = match step {
            Step::Exit(name, at) => {
                emit(Event::End { name, at });
                continue;
            }
            Step::Enter(handle) => handle,
        };
        match handle.get(parser) {
            Some(tl::Node::Tag(tag)) => {
                // tl keeps the slash of `<br/>` in the name.
                let name = tag
                    .name()
                    .as_utf8_str()
                    .trim_end_matches('/')
                    .to_ascii_lowercase();
                let (start, end) = tag.boundaries(parser);
                emit(Event::Start {
                    name: name.clone(),
                    at: start,
                    rowspan: attribute(tag, "rowspan"),
                    colspan: attribute(tag, "colspan"),
                });
                // Script and style contents are not text of the page.
                let skip = matches!(name.as_str(), "script" | "style" | "template");
                steps.push(Step::Exit(name, end + 1));
                if !skip {
                    for &child in tag.children().top().as_slice().iter().rev() {
                        steps.push(Step::Enter(child));
                    }
                }
            }
            Some(tl::Node::Raw(text)) => emit(Event::Text(decode_entities(&text.as_utf8_str()))),
            Some(tl::Node::Comment(_)) | None => {}
        }
    }
}

/// A cell as written: its text, where it is, and how far it spans.
struct RawCell {
    text: StruckText,
    at: Position,
    colspan: usize,
    rowspan: usize,
}

/// A row as written, and whether it is in the `<thead>`.
struct RawRow {
    cells: Vec<RawCell>,
    in_head: bool,
}

#[derive(Default)]
struct Builder {
    /// How many `<table>`s are open; only the outermost one's rows are rows.
    depth: usize,
    /// Where the outermost open table starts in the page.
    start: usize,
    at: Option<Position>,
    rows: Vec<RawRow>,
    row: Option<(RawRow, Position)>,
    cell: Option<RawCell>,
    in_head: bool,
}

impl Builder {
    /// Takes one event; gives the table it closes, with where it starts and ends.
    fn event(&mut self, event: &Event, index: &LineIndex<'_>) -> Option<(usize, usize, Table)> {
        match event {
            Event::Start {
                name,
                at,
                rowspan,
                colspan,
            } => {
                if name == "table" && self.depth == 0 {
                    self.start = *at;
                }
                let span = |value: &Option<String>| match value {
                    Some(value) => match value.trim().parse::<u16>() {
                        Ok(span) => usize::from(span.clamp(1, LARGEST_SPAN)),
                        Err(_) => 1,
                    },
                    None => 1,
                };
                self.start_tag(
                    name.as_bytes(),
                    index.position(*at),
                    span(rowspan),
                    span(colspan),
                );
                None
            }
            Event::End { name, at } => {
                let table = self.end_tag(name.as_bytes(), index)?;
                Some((self.start, *at, table))
            }
            Event::Text(text) => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.text.push(text);
                }
                None
            }
        }
    }

    fn start_tag(&mut self, name: &[u8], at: Position, rowspan: usize, colspan: usize) {
        let is_start = true;
        match name {
            b"table" => {
                self.depth += 1;
                if self.depth == 1 {
                    self.at = Some(at);
                }
                self.space();
            }
            _ if self.depth != 1 => self.space_if_block(name),
            b"thead" => {
                self.end_row();
                self.in_head = true;
            }
            b"tbody" | b"tfoot" => {
                self.end_row();
                self.in_head = false;
            }
            b"tr" => {
                self.end_row();
                self.start_row(at);
            }
            b"td" | b"th" => {
                self.end_cell();
                if self.row.is_none() {
                    self.start_row(at);
                }
                // Each row's line is the line of its `<tr>`; a cell on that line keeps
                // its column.
                let row_at = match &self.row {
                    Some((_, row_at)) => *row_at,
                    None => at,
                };
                self.cell = Some(RawCell {
                    text: StruckText::default(),
                    at: if at.line == row_at.line { at } else { row_at },
                    colspan,
                    rowspan,
                });
            }
            b"del" | b"s" | b"strike" => self.strike(is_start),
            b"b" | b"strong" => self.bold(is_start),
            _ => self.space_if_block(name),
        }
    }

    fn end_tag(&mut self, name: &[u8], index: &LineIndex<'_>) -> Option<Table> {
        let is_start = false;
        match name {
            b"table" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    return self.finish_table(index);
                }
                self.space();
            }
            _ if self.depth != 1 => self.space_if_block(name),
            b"td" | b"th" => self.end_cell(),
            b"tr" => self.end_row(),
            b"thead" => {
                self.end_row();
                self.in_head = false;
            }
            b"del" | b"s" | b"strike" => self.strike(is_start),
            b"b" | b"strong" => self.bold(is_start),
            _ => self.space_if_block(name),
        }
        None
    }

    /// `<br>`, `<p>`, `<div>`, `<li>`...: words on both sides stay apart.
    fn space_if_block(&mut self, name: &[u8]) {
        if matches!(
            name,
            b"br"
                | b"p"
                | b"div"
                | b"li"
                | b"ul"
                | b"ol"
                | b"dl"
                | b"dt"
                | b"dd"
                | b"h1"
                | b"h2"
                | b"h3"
                | b"h4"
                | b"h5"
                | b"h6"
                | b"tr"
                | b"td"
                | b"th"
                | b"pre"
                | b"blockquote"
                | b"hr"
        ) {
            self.space();
        }
    }

    /// `<del>`, `<s>`, `<strike>`: struck text is retired wording.
    fn strike(&mut self, opens: bool) {
        if let Some(cell) = self.cell.as_mut() {
            cell.text.strike(opens);
        }
    }

    /// `<b>`, `<strong>`: a bold cell alone in its row is a category's title.
    fn bold(&mut self, opens: bool) {
        if let Some(cell) = self.cell.as_mut() {
            cell.text.bold(opens);
        }
    }

    fn space(&mut self) {
        if let Some(cell) = self.cell.as_mut() {
            cell.text.push(" ");
        }
    }

    fn start_row(&mut self, at: Position) {
        let row = RawRow {
            cells: Vec::new(),
            in_head: self.in_head,
        };
        self.row = Some((row, at));
    }

    fn end_cell(&mut self) {
        if let (Some(cell), Some((row, _))) = (self.cell.take(), self.row.as_mut()) {
            row.cells.push(cell);
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        if let Some((row, _)) = self.row.take() {
            if !row.cells.is_empty() {
                self.rows.push(row);
            }
        }
    }

    fn finish_table(&mut self, index: &LineIndex<'_>) -> Option<Table> {
        self.end_row();
        self.depth = 0;
        self.in_head = false;
        let rows = std::mem::take(&mut self.rows);
        let at = match self.at.take() {
            Some(at) => at,
            None => index.position(0),
        };
        grid(rows, at)
    }
}

/// The header and body rows of a table, spans laid out: the header is the first row of
/// the `<thead>`, or the first row when there is none.
fn grid(rows: Vec<RawRow>, at: Position) -> Option<Table> {
    let mut header_index = 0;
    for (i, row) in rows.iter().enumerate() {
        if row.in_head {
            header_index = i;
            break;
        }
    }
    let laid_out = lay_out(&rows);
    let header = laid_out.get(header_index)?.clone();
    let width = header.len();
    let mut body = Vec::new();
    for (i, (row, cells)) in rows.iter().zip(laid_out).enumerate() {
        let skipped = i == header_index || row.in_head || is_section_title(row, width);
        let mut has_text = false;
        for cell in &cells {
            has_text |= !cell.text.is_empty();
        }
        if !skipped && has_text {
            body.push(cells);
        }
    }
    Some(Table {
        at,
        header,
        rows: body,
        // An HTML row is a `<tr>`, never a line.
        pipeless_rows: Vec::new(),
    })
}

/// A row of one cell spanning the whole table (`<td colspan="3">Order errors</td>`).
fn is_section_title(row: &RawRow, width: usize) -> bool {
    matches!(row.cells.as_slice(), [only] if width > 1 && only.colspan >= width)
}

/// Each row's cells by column: a `rowspan` cell repeated in the rows below it, a
/// `colspan` cell followed by empty cells.
fn lay_out(rows: &[RawRow]) -> Vec<Vec<Cell>> {
    // Per column: the text carried down and how many more rows it covers.
    let mut carried: Vec<Option<(Cell, usize)>> = Vec::new();
    let mut laid_out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut cells: Vec<Cell> = Vec::new();
        let mut written = row.cells.iter();
        let mut column = 0;
        loop {
            if let Some(slot) = carried.get_mut(column) {
                if let Some((cell, left)) = slot.as_mut() {
                    cells.push(cell.clone());
                    *left -= 1;
                    if *left == 0 {
                        *slot = None;
                    }
                    column += 1;
                    continue;
                }
            }
            let Some(raw) = written.next() else {
                break;
            };
            let (text, struck) = raw.text.finish();
            for offset in 0..raw.colspan {
                let cell = Cell {
                    text: if offset == 0 {
                        text.clone()
                    } else {
                        String::new()
                    },
                    at: raw.at,
                    struck: struck && offset == 0,
                    bold: raw.text.is_bold() && offset == 0,
                };
                if raw.rowspan > 1 {
                    if carried.len() <= column {
                        carried.resize(column + 1, None);
                    }
                    if let Some(slot) = carried.get_mut(column) {
                        *slot = Some((cell.clone(), raw.rowspan - 1));
                    }
                }
                cells.push(cell);
                column += 1;
            }
        }
        laid_out.push(cells);
    }
    laid_out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(page: &str) -> Vec<Table> {
        let index = LineIndex::new(page);
        HtmlTables::parse(page, 0, &index)
            .tables
            .into_iter()
            .map(|(_, _, table)| table)
            .collect()
    }

    fn texts(row: &[Cell]) -> Vec<&str> {
        row.iter().map(|cell| cell.text.as_str()).collect()
    }

    #[test]
    fn header_and_rows_reduced_to_plain_text() {
        let page = "<table>\n<thead>\n<tr class=\"header\">\n<th>Error&nbsp;Code</th>\n\
            <th>Meaning</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><code>-1121</code></td>\n\
            <td><p>Invalid <em>symbol</em>.</p><p>Check&nbsp;it &amp; retry.<br/>Twice</p></td>\n\
            </tr>\n<tr><td>404</td><td>Not\n   Found</td></tr>\n</tbody>\n</table>\n";
        let tables = tables(page);
        assert_eq!(tables.len(), 1);
        assert_eq!(texts(&tables[0].header), ["Error Code", "Meaning"]);
        let rows: Vec<Vec<&str>> = tables[0].rows.iter().map(|r| texts(r)).collect();
        assert_eq!(
            rows,
            [
                vec!["-1121", "Invalid symbol. Check it & retry. Twice"],
                vec!["404", "Not Found"],
            ]
        );
        // A row's line is the line of its `<tr>`.
        assert_eq!(tables[0].rows[0][0].at, Position { line: 9, column: 1 });
        assert_eq!(
            tables[0].rows[1][1].at,
            Position {
                line: 13,
                column: 17
            }
        );
        assert_eq!(tables[0].at.line, 1);
    }

    #[test]
    fn without_thead_the_first_row_is_the_header() {
        let page = "<table width=\"100%\">\n  <tr>\n    <th>Error Code</th>\n    <th>Description</th>\n  </tr>\n  \
            <tr>\n    <td>40231301</td>\n    <td>Invalid Authorization</td>\n  </tr>\n</table>\n";
        let tables = tables(page);
        assert_eq!(texts(&tables[0].header), ["Error Code", "Description"]);
        assert_eq!(
            texts(&tables[0].rows[0]),
            ["40231301", "Invalid Authorization"]
        );
        assert_eq!(tables[0].rows[0][0].at.line, 6);
    }

    #[test]
    fn spans_titles_and_nested_tables() {
        let page = "<table><tr><th>Status</th><th>Code</th><th>Message</th></tr>\
            <tr><td colspan=\"3\">Order errors</td></tr>\
            <tr><td rowspan=\"2\">400</td><td>a</td><td>A</td></tr>\
            <tr><td>b</td><td>B <table><tr><td>inner</td></tr></table></td></tr>\
            <tr><td colspan=\"2\">c</td><td>C</td></tr>\
            <tr><td rowspan=\"999999\">x</td><td></td><td></td></tr></table>";
        let tables = tables(page);
        let rows: Vec<Vec<&str>> = tables[0].rows.iter().map(|r| texts(r)).collect();
        assert_eq!(
            rows,
            [
                vec!["400", "a", "A"],
                vec!["400", "b", "B inner"],
                vec!["c", "", "C"],
                vec!["x", "", ""],
            ]
        );
    }

    #[test]
    fn tables_run_past_blank_lines_and_give_their_ends() {
        let page =
            "<table>\n<tr><th>Code</th><th>Message</th></tr>\n\n<tr><td>1</td><td>x</td></tr>\n\
            </table>\n\ntext <b>bold</b>\n\n<div><table><tr><th>Other</th></tr></table></div>\n";
        let index = LineIndex::new(page);
        let read = HtmlTables::parse(page, 0, &index);
        assert_eq!(read.tables.len(), 2);
        let (start, end, first) = &read.tables[0];
        assert_eq!(first.rows.len(), 1);
        assert_eq!(
            &page[*start..*end],
            &page[..page.find("</table>").unwrap() + 8]
        );
        let starting_in = |block: std::ops::Range<usize>| {
            read.all()
                .iter()
                .filter(|(start, _, _)| block.contains(start))
                .count()
        };
        assert_eq!(starting_in(0..10), 1);
        let second = page.find("<div>").unwrap();
        assert_eq!(starting_in(second..page.len()), 1);
        // From an offset, positions are still the page's.
        let read = HtmlTables::parse(page, second, &index);
        assert_eq!(read.tables[0].2.at.line, 9);
    }

    #[test]
    fn an_unclosed_table_gives_what_it_has() {
        let page = "<table><tr><th>Code</th><th>Message</th></tr><tr><td>1</td><td>x";
        let unclosed = tables(page);
        assert_eq!(texts(&unclosed[0].rows[0]), ["1", "x"]);
        assert!(tables("<table>").is_empty());
        assert!(tables("</td></tr><td>").is_empty());
    }
}
