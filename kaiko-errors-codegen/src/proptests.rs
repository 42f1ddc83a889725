//! Property tests of the spec parser and the name rule over generated Markdown pages.
//!
//! A page is built from a model whose plain text is known: each cell is a list of inline
//! fragments (links, images, code spans, emphasis, inline HTML, entities, escaped pipes,
//! Unicode, very long words), each rendered to Markdown beside the text it must reduce to.
//! The pages also carry prose, decoy tables, shuffled and re-cased headers, extra columns,
//! CRLF line endings, a UTF-8 BOM and tabs.

use crate::model::{Columns, RawRow, Tables};
use crate::naming::{self, variant_name};
use crate::validate::{check_rows, TableRules};

/// The rows of the first table with `columns`, as the default attribute reads them.
fn read_rows(
    page: &str,
    columns: &Columns,
    tables: Tables,
) -> Result<Vec<RawRow>, Vec<crate::model::SpecError>> {
    let rules = crate::spec::PageRules {
        layout: crate::model::Layout::Table,
        kind: crate::model::CodeKind::Status,
        columns,
        tables,
        section: None,
    };
    crate::spec::read_rows(page, &rules).map(|entries| entries.rows)
}

fn status_rules<'a>(
    columns: &'a Columns,
    pinned: &'a [(crate::model::Code, String)],
) -> TableRules<'a> {
    TableRules {
        columns,
        kind: crate::model::CodeKind::Status,
        layout: crate::model::Layout::Table,
        pinned,
    }
}
use proptest::prelude::*;
use std::collections::BTreeSet;

/// An inline fragment: its Markdown source and the plain text it reduces to.
#[derive(Debug, Clone)]
struct Fragment {
    markdown: String,
    text: String,
}

fn fragment(markdown: impl Into<String>, text: impl Into<String>) -> Fragment {
    Fragment {
        markdown: markdown.into(),
        text: text.into(),
    }
}

/// A word that is Markdown-inert: letters and digits, ASCII or not.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z][A-Za-z0-9]{0,9}",
        1 => "[a-zé][a-zéèüßøñ]{0,6}",
        1 => "[А-Яа-я]{1,6}",
        1 => "[一-龥]{1,3}",
    ]
}

fn inline_fragment() -> impl Strategy<Value = Fragment> {
    prop_oneof![
        6 => word().prop_map(|w| fragment(w.clone(), w)),
        1 => (word(), word()).prop_map(|(t, u)| fragment(format!("[{t}](https://x.test/{u})"), t)),
        1 => (word(), word()).prop_map(|(t, u)| fragment(format!("[{t}](/{u}.md \"title\")"), t)),
        1 => (word(), word()).prop_map(|(t, u)| fragment(format!("![{t}]({u}.png)"), t)),
        1 => (word(), word()).prop_map(|(a, b)| fragment(format!("`{a} {b}`"), format!("{a} {b}"))),
        1 => (word(), word()).prop_map(|(a, b)| fragment(format!("`{a}\\|{b}`"), format!("{a}|{b}"))),
        1 => word().prop_map(|w| fragment(format!("*{w}*"), w)),
        1 => word().prop_map(|w| fragment(format!("**{w}**"), w)),
        1 => word().prop_map(|w| fragment(format!("_{w}_"), w)),
        1 => (word(), word()).prop_map(|(t, u)| fragment(format!("<a href=\"https://x.test/{u}\">{t}</a>"), t)),
        1 => word().prop_map(|w| fragment(format!("<span class=\"c\">{w}</span>"), w)),
        // The next ones glue words on both sides, so that what they reduce to matters.
        1 => (word(), prop_oneof![Just("<br>"), Just("<br/>"), Just("<br />"), Just("<BR>")], word())
            .prop_map(|(a, br, b)| fragment(format!("{a}{br}{b}"), format!("{a} {b}"))),
        1 => (
            word(),
            prop_oneof![
                Just(("&amp;", "&")),
                Just(("&lt;", "<")),
                Just(("&gt;", ">")),
                Just(("&nbsp;", " ")),
                Just(("&#169;", "\u{a9}")),
                Just(("&eacute;", "\u{e9}")),
                Just(("&quot;", "\"")),
                Just(("\\|", "|")),
                Just(("\\*", "*")),
                Just(("\\[", "[")),
                Just(("\\_", "_")),
                Just(("\\\\", "\\")),
                Just(("\u{a0}", " ")),
                Just(("\t", " ")),
                Just(("\u{a0}\u{a0} \t", " ")),
            ],
            word(),
        )
            .prop_map(|(a, (markdown, text), b)| fragment(format!("{a}{markdown}{b}"), format!("{a}{text}{b}"))),
        1 => (word(), word()).prop_map(|(a, b)| fragment(format!("{a}<b>{b}</b>"), format!("{a}{b}"))),
        1 => Just(fragment("\u{1f525}", "\u{1f525}")),
        1 => (word(), 200usize..2000).prop_map(|(w, n)| {
            let long = w.repeat(n / w.len().max(1) + 1);
            fragment(long.clone(), long)
        }),
    ]
}

/// A cell: fragments separated by spaces (so that no two of them fuse into one construct).
fn cell(fragments: &[Fragment]) -> (String, String) {
    let markdown: Vec<&str> = fragments.iter().map(|f| f.markdown.as_str()).collect();
    let text: Vec<&str> = fragments.iter().map(|f| f.text.as_str()).collect();
    (markdown.join(" "), reference_reduction(&text.join(" ")))
}

/// The reduction the parser must agree with: whitespace runs to one space, trimmed.
fn reference_reduction(text: &str) -> String {
    text.split(char::is_whitespace)
        .filter(|piece| !piece.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a code cell may be written on a real page.
fn code_markdown(code: &str, style: u8) -> String {
    match style % 5 {
        0 => code.to_owned(),
        1 => format!("`{code}`"),
        2 => format!("**{code}**"),
        3 => format!("[{code}](#e{code})"),
        _ => format!("&nbsp;{code}&nbsp;"),
    }
}

/// How a header may spell a column name.
fn header_markdown(name: &str, style: u8) -> String {
    let cased = match style % 3 {
        0 => name.to_owned(),
        1 => name.to_uppercase(),
        _ => name.to_lowercase(),
    };
    match style / 3 % 3 {
        0 => cased,
        1 => format!("**{cased}**"),
        _ => cased.replace(' ', "&nbsp;"),
    }
}

#[derive(Debug, Clone)]
struct Row {
    code: String,
    code_style: u8,
    message: Vec<Fragment>,
    extra: Vec<Fragment>,
}

#[derive(Debug, Clone)]
struct Page {
    bom: bool,
    /// YAML front matter lines, some shaped like table rows.
    front_matter: Option<Vec<String>>,
    crlf: bool,
    prose: Vec<Vec<String>>,
    decoys: Vec<(Vec<String>, Vec<Vec<String>>)>,
    /// Positions of the code, message and extra columns in the header.
    order: [usize; 3],
    header_style: [u8; 3],
    rows: Vec<Row>,
    trailing_prose: Vec<String>,
}

fn row(code: impl Strategy<Value = String>) -> impl Strategy<Value = Row> {
    (
        code,
        any::<u8>(),
        prop::collection::vec(inline_fragment(), 1..6),
        prop::collection::vec(inline_fragment(), 0..3),
    )
        .prop_map(|(code, code_style, message, extra)| Row {
            code,
            code_style,
            message,
            extra,
        })
}

fn page(code: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = Page> {
    (
        (
            any::<bool>(),
            prop::option::of(prop::collection::vec(
                prop_oneof![
                    word().prop_map(|w| format!("title: {w}")),
                    Just("table: |".to_owned()),
                    Just("  | Error Code | Meaning |".to_owned()),
                    Just("  |---|---|".to_owned()),
                    Just("  | 999 | Not a row |".to_owned()),
                    Just("# not a heading".to_owned()),
                ],
                0..6,
            )),
        ),
        any::<bool>(),
        prop::collection::vec(prop::collection::vec(word(), 1..12), 0..3),
        prop::collection::vec(
            (
                prop::collection::vec(
                    prop_oneof![
                        Just("Status"),
                        Just("Notes"),
                        Just("Code"),
                        Just("Error Code")
                    ],
                    1..3,
                )
                .prop_map(|names| names.into_iter().map(str::to_owned).collect::<Vec<_>>()),
                prop::collection::vec(prop::collection::vec(word(), 2..3), 0..3),
            ),
            0..3,
        ),
        Just([0usize, 1, 2]).prop_shuffle(),
        any::<[u8; 3]>(),
        // At least one row: a table of none is an error (`spec::tests::blank_rows_are_no_entries_and_a_table_of_none_is_an_error`).
        prop::collection::vec(row(code), 1..12),
        prop::collection::vec(word(), 0..10),
    )
        .prop_map(
            |(
                (bom, front_matter),
                crlf,
                prose,
                decoys,
                order,
                header_style,
                rows,
                trailing_prose,
            )| {
                let order = [order[0], order[1], order[2]];
                Page {
                    bom,
                    front_matter,
                    crlf,
                    prose,
                    decoys,
                    order,
                    header_style,
                    rows,
                    trailing_prose,
                }
            },
        )
}

/// The Markdown of a page, and the expected rows with the line each stands on.
fn render(page: &Page) -> (String, Vec<(String, String, usize)>) {
    let mut lines: Vec<String> = Vec::new();
    if let Some(front_matter) = &page.front_matter {
        lines.push("---".to_owned());
        lines.extend(front_matter.iter().cloned());
        lines.push("---".to_owned());
        lines.push(String::new());
    }
    for paragraph in &page.prose {
        lines.push(paragraph.join(" "));
        lines.push(String::new());
    }
    for (header, rows) in &page.decoys {
        // A decoy never has both wanted columns.
        let header: Vec<&str> = header
            .iter()
            .map(String::as_str)
            .filter(|h| *h != "Meaning")
            .collect();
        lines.push(format!("| {} |", header.join(" | ")));
        lines.push(format!("|{}", "---|".repeat(header.len())));
        for row in rows {
            let cells: Vec<&str> = row.iter().map(String::as_str).take(header.len()).collect();
            lines.push(format!("| {} |", cells.join(" | ")));
        }
        lines.push(String::new());
    }
    let names = ["Error Code", "Meaning", "Since"];
    let mut header = [""; 3].map(str::to_owned);
    for (column, &position) in page.order.iter().enumerate() {
        header[position] = header_markdown(names[column], page.header_style[column]);
    }
    lines.push(format!("| {} |", header.join(" | ")));
    lines.push("| :--- | :---: | ---: |".to_owned());
    let mut expected = Vec::new();
    for row in &page.rows {
        let (message_md, message_text) = cell(&row.message);
        let (extra_md, extra_text) = cell(&row.extra);
        let code_md = code_markdown(&row.code, row.code_style);
        let code_text = reference_reduction(&row.code);
        // An empty code span or bold run is no construct: its marks are the cell's text.
        let code_cell_text = match (row.code.is_empty(), row.code_style % 5) {
            (true, 1) => "``",
            (true, 2) => "****",
            _ => code_text.as_str(),
        };
        let mut cells = [""; 3].map(str::to_owned);
        let mut texts = [""; 3];
        cells[page.order[0]] = code_md;
        cells[page.order[1]] = message_md;
        cells[page.order[2]] = extra_md;
        texts[page.order[0]] = code_cell_text;
        texts[page.order[1]] = &message_text;
        texts[page.order[2]] = &extra_text;
        lines.push(format!("| {} |", cells.join(" | ")));
        if !is_category_title(&cells[0], &texts) {
            expected.push((code_text.clone(), message_text.clone(), lines.len()));
        }
    }
    lines.push(String::new());
    lines.push(page.trailing_prose.join(" "));
    let newline = if page.crlf { "\r\n" } else { "\n" };
    let mut text = if page.bom {
        "\u{feff}".to_owned()
    } else {
        String::new()
    };
    text.push_str(&lines.join(newline));
    text.push_str(newline);
    (text, expected)
}

/// The reference of a category's title: the first cell's text is all inside `**` (what
/// is outside of them is whitespace) and does not start with an integer, and the other
/// cells are empty.
fn is_category_title(first_markdown: &str, texts: &[&str; 3]) -> bool {
    let outside_bold_is_blank = first_markdown
        .split("**")
        .step_by(2)
        .all(|outside| outside.trim().is_empty());
    let first_word = texts[0].split(' ').next().unwrap_or_default();
    let integer = first_word.trim_start_matches('-').parse::<u64>().is_ok();
    first_markdown.contains("**")
        && outside_bold_is_blank
        && !texts[0].is_empty()
        && !integer
        && texts[1..].iter().all(|text| text.is_empty())
}

fn status() -> impl Strategy<Value = String> + Clone {
    (100u16..=599).prop_map(|s| s.to_string())
}

fn any_code() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        4 => status(),
        1 => "[0-9]{1,6}",
        1 => "[0-9]{3}[a-zA-Z -]{1,6}",
        1 => Just(String::new()),
    ]
}

/// The lines errors report: where each points, and the lines a summary lists
/// (`..., lines 19-143, 150; first ...`).
fn reported_lines(errors: &[crate::model::SpecError]) -> BTreeSet<usize> {
    let mut lines: BTreeSet<usize> = errors
        .iter()
        .filter_map(|e| e.at)
        .map(|at| at.line)
        .collect();
    for error in errors {
        let Some((_, listed)) = error.message.split_once(", lines ") else {
            continue;
        };
        let listed = listed.split(';').next().unwrap_or_default();
        for range in listed.split(", ") {
            let (start, end) = range.split_once('-').unwrap_or((range, range));
            if let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) {
                lines.extend(start..=end);
            }
        }
    }
    lines
}

fn line_count(text: &str) -> usize {
    text.lines().count()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// An accepted page gives exactly its rows, in order, with the reference text of each
    /// cell and the line the row stands on, whatever the line endings and BOM.
    #[test]
    fn pages_give_exactly_their_rows(page in page(status())) {
        let (text, expected) = render(&page);
        let rows = read_rows(&text, &Columns::default(), Tables::First).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let got: Vec<(String, String, usize)> = rows
            .iter()
            .map(|row| (row.code.clone(), row.message.clone(), row.code_at.line))
            .collect();
        prop_assert_eq!(got, expected);
        for row in &rows {
            prop_assert_eq!(row.code_at.line, row.message_at.line);
        }
    }

    /// The same pages read as MDX give the same rows: nothing of a Markdown page is a
    /// component, ESM or comment line.
    #[test]
    fn pages_read_as_mdx_give_the_same_rows(page in page(status())) {
        let (text, _) = render(&page);
        let markdown = read_rows(&text, &Columns::default(), Tables::First).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let blanked = crate::mdx::blank_jsx_lines(&text);
        let mdx = read_rows(&blanked, &Columns::default(), Tables::First).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(markdown, mdx);
    }

    /// Blanking MDX lines never panics and keeps every byte offset and line break.
    #[test]
    fn mdx_blanking_keeps_offsets(text in "(\\PC|\\n|<[A-Z][a-z]* ?/?>|```|~~~|import x|\\{/\\* c \\*/\\})*") {
        let blanked = crate::mdx::blank_jsx_lines(&text);
        prop_assert_eq!(blanked.len(), text.len());
        let breaks = |s: &str| s.match_indices('\n').map(|(at, _)| at).collect::<Vec<_>>();
        prop_assert_eq!(breaks(&blanked), breaks(&text));
    }

    /// Every problem reported points at a line of the file, and at a row that has that
    /// problem; a row with a bad code is always reported.
    #[test]
    fn errors_point_at_the_rows_that_cause_them(page in page(any_code())) {
        let (text, expected) = render(&page);
        let rows = read_rows(&text, &Columns::default(), Tables::First).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let row_lines: BTreeSet<usize> = expected.iter().map(|(_, _, line)| *line).collect();
        match check_rows(&rows, &status_rules(&Columns::default(), &[])) {
            Ok(variants) => {
                for (variant, (code, _, line)) in variants.iter().zip(&expected) {
                    prop_assert_eq!(Ok(variant.status), code.parse::<u16>().map(Some));
                    prop_assert_eq!(variant.line, *line);
                }
            }
            Err(errors) => {
                for error in &errors {
                    let at = error.at.ok_or_else(|| TestCaseError::fail("a row error without a place"))?;
                    prop_assert!(at.line <= line_count(&text), "line {} of {}", at.line, line_count(&text));
                    prop_assert!(row_lines.contains(&at.line), "error at line {} is on no row", at.line);
                }
                let reported = reported_lines(&errors);
                for (code, _, line) in &expected {
                    let valid = code.parse::<u16>().is_ok_and(|s| (100..=599).contains(&s));
                    prop_assert!(valid || reported.contains(line), "bad code `{}` at line {} not reported", code, line);
                }
            }
        }
    }

    /// Whatever the text, the parser and the checks return; they never panic.
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}", columns in ("\\PC{1,12}", "\\PC{1,12}")) {
        let columns = Columns { code: columns.0, message: columns.1, ..Columns::default() };
        if let Ok(rows) = read_rows(&text, &columns, Tables::First) {
            let _ = check_rows(&rows, &status_rules(&columns, &[]));
        }
    }

    /// Markdown-shaped noise (pipes, dashes, HTML, line breaks) never panics either.
    #[test]
    fn markdown_noise_never_panics(pieces in prop::collection::vec(
        prop_oneof![
            Just("|"), Just("---"), Just(":-:"), Just("\n"), Just("\r\n"), Just(" "), Just("\t"),
            Just("Error Code"), Just("Meaning"), Just("404"), Just("<div>"), Just("</div>"),
            Just("`"), Just("*"), Just("\\"), Just("&nbsp;"), Just("[x]("), Just(")"), Just("---\n"),
            Just("\u{feff}"), Just("#"), Just("> "), Just("- "), Just("é"),
        ],
        0..200,
    )) {
        let text: String = pieces.concat();
        if let Ok(rows) = read_rows(&text, &Columns::default(), Tables::First) {
            let _ = check_rows(&rows, &status_rules(&Columns::default(), &[]));
        }
    }

    /// Every name the rule gives is a Rust identifier; otherwise it says why not.
    #[test]
    fn names_are_identifiers_or_errors(reason in "\\PC{0,40}") {
        match variant_name(&reason) {
            Ok(name) => {
                let parsed = syn::parse_str::<syn::Ident>(&name);
                prop_assert!(parsed.is_ok(), "`{}` from `{}` is not an identifier", name, reason);
            }
            Err(naming::NameError::NoWord) => {
                let has_word = reason.chars().any(|c| c != '_' && unicode_ident::is_xid_continue(c)
                    && !['\'', '\u{2019}', '\u{2bc}'].contains(&c));
                prop_assert!(!has_word, "`{}` has a word", reason);
            }
            Err(_) => {}
        }
    }

    /// A row whose reason gives no identifier gets a diagnostic on that row.
    #[test]
    fn unnamed_rows_are_reported_on_their_line(reasons in prop::collection::vec("\\PC{1,20}", 1..8)) {
        let rows: Vec<RawRow> = reasons
            .iter()
            .enumerate()
            .map(|(i, reason)| RawRow {
                code: (200 + i).to_string(),
                code_at: crate::model::Position { line: i + 3, column: 3 },
                message: reference_reduction(reason),
                message_at: crate::model::Position { line: i + 3, column: 9 },
                detail: None,
                name: None,
                status: None,
                further_messages: Vec::new(),
                struck: false,
                without_pipe: false,
                code_only: false,
            })
            .collect();
        let errors = check_rows(&rows, &status_rules(&Columns::default(), &[])).err().unwrap_or_default();
        for row in &rows {
            let (reason, _) = naming::split_message(&row.message);
            if !row.message.is_empty() && variant_name(reason).is_err() {
                prop_assert!(reported_lines(&errors).contains(&row.message_at.line), "row at line {} not reported", row.code_at.line);
            }
        }
    }
}

/// Property tests of the `headings` and `list` readers over generated pages whose
/// entries are known: section titles, prose, code blocks and labels between them.
mod layouts {
    use super::{cell, inline_fragment, reference_reduction, word, Fragment};
    use crate::entries::{from_headings, from_list_items};
    use crate::markdown::LineIndex;
    use crate::model::{CodeKind, RawRow};
    use crate::outline;
    use proptest::prelude::*;

    /// Fragments that mean the same outside a table (`\|` is a table's escape only).
    fn message_fragment() -> impl Strategy<Value = Fragment> {
        inline_fragment().prop_filter("a table-only escape", |f| !f.markdown.contains("\\|"))
    }

    /// An entry as read: code, name, messages, line.
    type Expected = (String, Option<String>, Vec<String>, usize);

    #[derive(Debug, Clone)]
    struct Entry {
        code: i64,
        /// How the code is written: bare or in a code span.
        span: bool,
        /// The separator before the name: ` `, ` - `, ` – `.
        separator: u8,
        name: Vec<String>,
        messages: Vec<Vec<Fragment>>,
        /// As bullets, or as one paragraph (then only the first message).
        bullets: bool,
        /// What comes between the heading and its messages.
        before: u8,
        level: u8,
    }

    fn entry() -> impl Strategy<Value = Entry> {
        (
            (any::<i64>(), any::<bool>(), any::<u8>()),
            prop::collection::vec("[A-Z][A-Z_]{0,8}|[A-Za-z][a-z]{0,8}", 0..4),
            prop::collection::vec(prop::collection::vec(message_fragment(), 1..5), 1..4),
            (any::<bool>(), any::<u8>(), 1u8..=6),
        )
            .prop_map(
                |((code, span, separator), name, messages, (bullets, before, level))| Entry {
                    code,
                    span,
                    separator,
                    name,
                    messages,
                    bullets,
                    before,
                    level,
                },
            )
    }

    fn code_text(entry: &Entry) -> String {
        if entry.span {
            format!("`{}`", entry.code)
        } else {
            entry.code.to_string()
        }
    }

    /// The page, and per entry its code, name and messages as the reader must give them.
    fn render(titles: &[(u8, Vec<String>)], entries: &[Entry]) -> (String, Vec<Expected>) {
        let mut lines = vec![
            "# Error codes".to_owned(),
            String::new(),
            "Some prose.".to_owned(),
        ];
        let mut expected = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            if let Some((level, words)) = titles.get(i) {
                lines.push(String::new());
                lines.push(format!(
                    "{} {}xx - {}",
                    "#".repeat(usize::from(*level)),
                    i + 1,
                    words.join(" ")
                ));
            }
            let name = entry.name.join(" ");
            // `: ` only after a code span: a bare integer must be followed by whitespace.
            let separators = [" ", " - ", " \u{2013} ", " / ", ": "];
            let choices = if entry.span { 5 } else { 4 };
            let separator = separators[usize::from(entry.separator) % choices];
            let heading = if name.is_empty() {
                format!(
                    "{} {}",
                    "#".repeat(usize::from(entry.level)),
                    code_text(entry)
                )
            } else {
                format!(
                    "{} {}{separator}{name}",
                    "#".repeat(usize::from(entry.level)),
                    code_text(entry)
                )
            };
            lines.push(String::new());
            lines.push(heading);
            let line = lines.len();
            // 4: the message paragraph starts with a label (`**Message:** ...`).
            let labelled = entry.before % 5 == 4;
            match entry.before % 5 {
                1 => lines.extend([
                    "```json".to_owned(),
                    "{\"code\": 1}".to_owned(),
                    "```".to_owned(),
                ]),
                2 => lines.extend(["**Causes**:".to_owned(), String::new()]),
                3 => lines.extend(["<!-- generated -->".to_owned(), String::new()]),
                _ => {}
            }
            let texts: Vec<(String, String)> = entry.messages.iter().map(|m| cell(m)).collect();
            let messages = if entry.bullets {
                for (markdown, _) in &texts {
                    lines.push(format!(" * {markdown}"));
                }
                texts.iter().map(|(_, text)| text.clone()).collect()
            } else {
                let second = "A second paragraph is not a message.";
                if labelled {
                    lines.push(format!("**Message:** {}", texts[0].0));
                } else {
                    lines.push(texts[0].0.clone());
                }
                lines.push(String::new());
                lines.push(second.to_owned());
                // A short bold paragraph right above another is the title of that one.
                if !labelled && is_title(&texts[0].0, &texts[0].1) {
                    vec![second.to_owned()]
                } else {
                    vec![texts[0].1.clone()]
                }
            };
            let name = Some(reference_reduction(&name)).filter(|n| !n.is_empty());
            expected.push((entry.code.to_string(), name, messages, line));
        }
        (lines.join("\n") + "\n", expected)
    }

    /// The reference of a paragraph's title: all of it inside `**` (what is outside them
    /// is whitespace), at most four words, no sentence end.
    fn is_title(markdown: &str, text: &str) -> bool {
        let all_bold = markdown.contains("**")
            && markdown
                .split("**")
                .step_by(2)
                .all(|outside| outside.trim().is_empty());
        let sentence_end = text.ends_with([
            '.', '!', '?', ':', '\u{3002}', '\u{ff01}', '\u{ff1f}', '\u{ff1a}',
        ]);
        all_bold && !sentence_end && !text.is_empty() && text.split(' ').count() <= 4
    }

    fn summary(rows: &[RawRow]) -> Vec<Expected> {
        rows.iter()
            .map(|row| {
                let mut messages = vec![row.message.clone()];
                messages.extend(row.further_messages.iter().cloned());
                (
                    row.code.clone(),
                    row.name.as_ref().map(|(n, _)| n.clone()),
                    messages,
                    row.code_at.line,
                )
            })
            .collect()
    }

    fn title() -> impl Strategy<Value = (u8, Vec<String>)> {
        (1u8..=6, prop::collection::vec(word(), 1..4))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// A generated heading page gives exactly its entries: code, name, every message
        /// and the heading's line, whatever stands between them.
        #[test]
        fn heading_pages_give_exactly_their_entries(
            titles in prop::collection::vec(title(), 0..4),
            entries in prop::collection::vec(entry(), 0..10),
        ) {
            let (page, expected) = render(&titles, &entries);
            let (rows, problems) = from_headings(&outline::parse(&page), &LineIndex::new(&page), CodeKind::Integer, None);
            prop_assert!(problems.is_empty(), "{:?}", problems);
            prop_assert_eq!(summary(&rows), expected);
        }

        /// A generated list page gives exactly its code items, at any depth, and skips
        /// the items that are prose.
        #[test]
        fn list_pages_give_exactly_their_entries(
            items in prop::collection::vec(
                (any::<i64>(), any::<u8>(), prop::collection::vec(message_fragment(), 1..5), any::<bool>()),
                0..12,
            ),
            prose in prop::collection::vec(prop::collection::vec(word(), 1..4), 0..4),
        ) {
            let mut lines = vec!["# Errors".to_owned(), String::new(), "## SYSTEM_ERROR".to_owned(), String::new()];
            for words in &prose {
                lines.push(format!("- [{}](#toc)", words.join(" ")));
            }
            lines.push(String::new());
            let mut expected = Vec::new();
            for (code, style, message, nested) in &items {
                let (markdown, text) = cell(message);
                let item = match style % 5 {
                    0 => format!("- `{code}` {markdown}"),
                    1 => format!("- {code} {markdown}"),
                    2 => format!("* `{code}`: {markdown}"),
                    3 => format!("- {code} - {markdown}"),
                    _ => format!("1. `{code}` \u{2013} {markdown}"),
                };
                if *nested {
                    lines.push("- Orders".to_owned());
                    lines.push(format!("  {item}"));
                } else {
                    lines.push(item);
                }
                expected.push((code.to_string(), text, lines.len()));
                lines.push(String::new());
            }
            let page = lines.join("\n") + "\n";
            let (rows, problems) = from_list_items(&outline::parse(&page), &LineIndex::new(&page), CodeKind::Integer, None);
            prop_assert!(problems.is_empty(), "{:?}", problems);
            let got: Vec<(String, String, usize)> = rows.iter().map(|r| (r.code.clone(), r.message.clone(), r.code_at.line)).collect();
            prop_assert_eq!(got, expected);
        }

        /// Whatever the Markdown, both readers (and the outline under them) return.
        #[test]
        fn layout_readers_never_panic(pieces in prop::collection::vec(
            prop_oneof![
                Just("#"), Just("## "), Just("### -1003 "), Just("`"), Just("`-1` "), Just("- "),
                Just("* "), Just("1. "), Just("  "), Just("\n"), Just("\r\n"), Just("**"), Just(":"),
                Just("-"), Just("/"), Just(" 4004"), Just("```"), Just("<table>"), Just("<tr><td>"),
                Just("</td>"), Just("</table>"), Just("> "), Just("---\n"), Just("x"), Just("é"),
                Just("{#id}"), Just("[a](b)"), Just("\u{2212}7 "), Just("<br>"), Just("\t"),
            ],
            0..200,
        ), kind in prop_oneof![Just(CodeKind::Integer), Just(CodeKind::String), Just(CodeKind::Status)]) {
            let page: String = pieces.concat();
            let outline = outline::parse(&page);
            let index = LineIndex::new(&page);
            let (rows, _) = from_headings(&outline, &index, kind, None);
            for row in rows.iter().chain(&from_list_items(&outline, &index, kind, None).0) {
                prop_assert!(row.code_at.line <= page.lines().count().max(1));
            }
            let _ = crate::markdown::parse(&page);
        }
    }
}

/// The HTML table reader on tag soup: it returns, and every table it gives is inside the
/// page.
mod html_tables {
    use crate::html::HtmlTables;
    use crate::markdown::LineIndex;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn tag_soup_never_panics(pieces in prop::collection::vec(
            prop_oneof![
                Just("<table>"), Just("</table>"), Just("<tr>"), Just("</tr>"), Just("<td>"),
                Just("</td>"), Just("<th rowspan=\"3\">"), Just("<td colspan=\"999999\">"),
                Just("<td rowspan=x>"), Just("<thead>"), Just("</thead>"), Just("<tbody>"),
                Just("<br/>"), Just("<del>"), Just("</del>"), Just("<s>"), Just("<!--"), Just("-->"),
                Just("<"), Just(">"), Just("/"), Just("\""), Just("&nbsp;"), Just("&amp"), Just("&#"),
                Just("x"), Just(" "), Just("\n"), Just("é"), Just("<script>"), Just("</script>"),
                Just("<p>"), Just("</"), Just("<TABLE>"), Just("<Td>"),
            ],
            0..160,
        ), from in 0usize..40) {
            let page: String = pieces.concat();
            let from = (0..=from.min(page.len())).rev().find(|&i| page.is_char_boundary(i)).unwrap_or(0);
            let index = LineIndex::new(&page);
            let read = HtmlTables::parse(&page, from, &index);
            for (start, end, table) in &read.tables {
                prop_assert!(start <= end && *end <= page.len() + 1, "{} {} {}", start, end, page.len());
                prop_assert!(table.at.line <= page.lines().count().max(1));
            }
        }
    }
}
