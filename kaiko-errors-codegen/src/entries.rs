//! The `headings` and `list` layouts: entries that start with their code.
//!
//! A heading or list item is an entry when its text starts with a code: for integer and
//! status codes a leading integer (in a code span or not) followed by whitespace or the
//! end, for string codes a leading code span. Everything else is prose, skipped.

use crate::markdown::{collapse_whitespace, LineIndex, Position};
use crate::model::{CodeKind, RawRow, SpecError};
use crate::outline::{Block, Heading, Inline, Outline};

/// The separators allowed between a heading's code and its name.
const NAME_SEPARATORS: [char; 5] = ['-', '\u{2013}', '\u{2014}', ':', '/'];

/// The code an entry starts with, and the text after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lead {
    pub code: String,
    /// Where the code starts in the inline text.
    pub code_at: usize,
    /// The rest of the text, a leading separator dropped, whitespace collapsed.
    pub rest: String,
    /// A second code right after the first (`4003 / 4004`), which no entry may have.
    pub second_code: Option<String>,
    /// The code is struck through (`~~10018~~`): the docs retired it.
    pub struck: bool,
}

/// The code `text` starts with, if it starts with one.
pub fn lead(text: &Inline, kind: CodeKind) -> Option<Lead> {
    let start = text.text.len() - text.text.trim_start().len();
    let (code, end) = code_at(text, start, kind)?;
    let second_code = second_code(text, end, kind);
    let rest = text.visible_from(end);
    let rest = rest.strip_prefix(NAME_SEPARATORS).unwrap_or(&rest);
    Some(Lead {
        code,
        code_at: start,
        rest: collapse_whitespace(rest),
        second_code,
        struck: text.is_struck(start..end),
    })
}

/// The code at byte `start` of `text` and where it ends: a code span, or for integer
/// codes an integer followed by whitespace, the end, or a `/` or `,` before another one.
fn code_at(text: &Inline, start: usize, kind: CodeKind) -> Option<(String, usize)> {
    if let Some(span) = code_span_at(text, start) {
        return span_code(text, span, kind);
    }
    if kind == CodeKind::String {
        return None;
    }
    let rest = text.text.get(start..)?;
    let len = integer_len(rest)?;
    let end = start + len;
    match rest.get(len..)?.chars().next() {
        None => Some((rest.get(..len)?.to_owned(), end)),
        Some(next) if next.is_whitespace() => Some((rest.get(..len)?.to_owned(), end)),
        Some('/' | ',') if second_code(text, end, kind).is_some() => {
            Some((rest.get(..len)?.to_owned(), end))
        }
        Some(_) => None,
    }
}

/// The length of the integer `text` starts with: a sign (`-`, `+`, U+2212), then digits.
pub fn integer_len(text: &str) -> Option<usize> {
    // Loops and `match` rather than adaptors with closures in this module: each closure is
    // one more instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let sign = match text.chars().next() {
        Some(c @ ('-' | '+' | '\u{2212}')) => c.len_utf8(),
        _ => 0,
    };
    let mut digits = 0;
    for byte in text.get(sign..)?.bytes() {
        if !byte.is_ascii_digit() {
            break;
        }
        digits += 1;
    }
    (digits > 0).then_some(sign + digits)
}

/// A code after the one that ends at `end`, past a `/`, `,`, `&`, `or` or `and`.
fn second_code(text: &Inline, end: usize, kind: CodeKind) -> Option<String> {
    let after = text.text.get(end..)?;
    let trimmed = after.trim_start();
    let mut joined = None;
    for &joint in &["/", ",", "&", "|", "or ", "and "] {
        if let Some(rest) = trimmed.strip_prefix(joint) {
            joined = Some(rest);
            break;
        }
    }
    let joined = joined?;
    let next = joined.trim_start();
    let start = text.text.len() - next.len();
    if let Some(span) = code_span_at(text, start) {
        let (code, _) = span_code(text, span, kind)?;
        return Some(code);
    }
    if kind == CodeKind::String {
        return None;
    }
    let len = integer_len(next)?;
    match next.get(len..)?.chars().next() {
        Some(c) if !c.is_whitespace() && !matches!(c, ',' | '/' | '&' | '|') => None,
        _ => Some(next.get(..len).unwrap_or_default().to_owned()),
    }
}

/// The code span that starts at byte `start` of `text`.
#[allow(clippy::manual_find)] // `find` with a closure: one more instance compiled in.
fn code_span_at(text: &Inline, start: usize) -> Option<&std::ops::Range<usize>> {
    for span in &text.code_spans {
        if span.start == start {
            return Some(span);
        }
    }
    None
}

/// A code span's code, when it holds one of `kind` (any word for string codes, an
/// integer for the others), and where the span ends.
fn span_code(
    text: &Inline,
    span: &std::ops::Range<usize>,
    kind: CodeKind,
) -> Option<(String, usize)> {
    let code = text.text.get(span.clone())?.trim();
    let fits = match kind {
        CodeKind::String => !code.is_empty(),
        CodeKind::Integer | CodeKind::Status => integer_len(code) == Some(code.len()),
    };
    fits.then(|| (code.to_owned(), span.end))
}

/// The entries of a page read with `layout = "headings"`, and the problems of the
/// headings that start with a code but give no entry.
pub fn from_headings(
    outline: &Outline,
    index: &LineIndex<'_>,
    kind: CodeKind,
    status: Option<&str>,
) -> (Vec<RawRow>, Vec<SpecError>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (at, block) in outline.blocks.iter().enumerate() {
        let Block::Heading(heading) = block else {
            continue;
        };
        let Some(lead) = lead(&heading.text, kind) else {
            continue;
        };
        let code_at = index.position(heading.text.page_offset(lead.code_at));
        if let Some(second) = &lead.second_code {
            problems.push(several_codes(
                "heading",
                &heading.text,
                &lead,
                second,
                code_at,
            ));
            continue;
        }
        let after = outline.blocks.get(at + 1..).unwrap_or_default();
        let mut end = 0;
        while let Some(block) = after.get(end) {
            if matches!(block, Block::Heading(_)) {
                break;
            }
            end += 1;
        }
        let content = after.get(..end).unwrap_or_default();
        let Some((messages, message_at)) = messages(outline, content) else {
            problems.push(no_message(outline, content, heading, index));
            continue;
        };
        let mut messages = messages.into_iter();
        let status = match status {
            Some(label) => {
                let mut texts = Vec::new();
                for block in content {
                    match block {
                        Block::Paragraph { text, at } => texts.push((text, *at)),
                        Block::List { items } => push_items(outline, items, &mut texts),
                        _ => {}
                    }
                }
                Some(labelled_field(&texts, label, heading.at, index))
            }
            None => None,
        };
        rows.push(RawRow {
            code: lead.code,
            code_at,
            message: messages.next().unwrap_or_default(),
            message_at: index.position(message_at),
            detail: None,
            name: if lead.rest.is_empty() {
                None
            } else {
                Some((lead.rest, code_at))
            },
            status,
            further_messages: messages.collect(),
            struck: lead.struck,
            without_pipe: false,
            code_only: false,
        });
    }
    (rows, problems)
}

/// The error of a code heading whose content gives no message: what the content lacks.
fn no_message(
    outline: &Outline,
    content: &[Block],
    heading: &Heading,
    index: &LineIndex<'_>,
) -> SpecError {
    let (fields, _) = leading_fields(outline, content);
    let message = if fields.labels.is_empty() {
        format!(
            "code heading `{}` has no message: write what the error means as a paragraph or \
             a list right under the heading (code blocks, tables and HTML are not read as \
             messages)",
            heading.text.plain()
        )
    } else {
        format!(
            "code heading `{}` has no message: its labelled fields ({}) give a status or a \
             code only; write what the error means as a `**Description:**` field or as a \
             paragraph under the fields",
            heading.text.plain(),
            fields.labels
        )
    };
    SpecError::at(index.position(heading.at), message)
}

/// A heading or list item with two codes (`4003 / 4004`): `what` is "heading" or "item".
fn several_codes(what: &str, text: &Inline, lead: &Lead, second: &str, at: Position) -> SpecError {
    let entry = if what == "item" { "list item" } else { what };
    SpecError::at(
        at,
        format!(
            "{entry} `{}` has several codes ({} and {second}): a variant maps to exactly \
             one code; give each code its own {what}",
            text.plain(),
            lead.code
        ),
    )
}

/// The messages of a heading's content and where the first is, in the order of the
/// rules: the top-level items of a list right under the heading, unless each is a
/// labelled field; else those of a list under a label that says messages follow
/// (`**Messages:**`); else, when the content starts with labelled fields (`**HTTP
/// Status:** 401`, as paragraphs or a list), the one that says the message, a plain
/// paragraph after them, or the first that is no status or code; else its first paragraph
/// that is not a label (`**Causes**:`), without the label leading it (`**Message:** ...`),
/// with the items of a list right after it when it ends in `:`; else the items of its
/// first list (one under a label, after a code block).
/// Code blocks, tables and HTML are never messages.
fn messages(outline: &Outline, content: &[Block]) -> Option<(Vec<String>, usize)> {
    match content.first() {
        Some(Block::List { items }) if !is_field_list(outline, items) => {
            return list_messages(outline, items);
        }
        Some(Block::List { .. }) => {}
        _ => {
            if let Some(messages) = labelled_list_messages(outline, content) {
                return Some(messages);
            }
        }
    }
    let (fields, end) = leading_fields(outline, content);
    if let Some((message, at)) = fields.message {
        return Some((vec![message], at));
    }
    if end > 0 {
        // Fields of other things (`**HTTP Status:** 401`) above the message.
        if is_plain_paragraph(content.get(end)) {
            return messages(outline, content.get(end..)?);
        }
        // No field says it is the message (`**When:** ...`, in any language): the first
        // that is no status or code is.
        let (message, at) = fields.other?;
        return Some((vec![message], at));
    }
    let first = first_message_paragraph(content);
    if let Some(Block::Paragraph { text, at }) = content.get(first) {
        // `**Message:** Internal server error`: the label is no part of the message.
        let mut message = text.visible_from(text.after_label().unwrap_or(0));
        if message.ends_with(':') {
            if let Some(Block::List { items }) = content.get(first + 1) {
                for &item in items {
                    message.push(' ');
                    message.push_str(&outline.full_text(item));
                }
            }
        }
        let message = collapse_whitespace(&message);
        return (!message.is_empty()).then_some((vec![message], *at));
    }
    for block in content {
        if let Block::List { items } = block {
            if let Some(messages) = list_messages(outline, items) {
                return Some(messages);
            }
        }
    }
    None
}

/// What labelled fields (`**HTTP Status:** 401`, `- **Description:** ...`) say.
#[derive(Default)]
struct Fields {
    /// The text of the field that says what the error means, and where it is.
    message: Option<(String, usize)>,
    /// The text of the first field that is no status or code (`**When:** ...`).
    other: Option<(String, usize)>,
    /// Their labels, for an error: `` `HTTP Status`, `Error code` ``.
    labels: String,
}

/// The fields that lead a heading's content, as paragraphs or as a list whose every item
/// is one, and the index of the first block after them.
fn leading_fields(outline: &Outline, content: &[Block]) -> (Fields, usize) {
    let mut texts = Vec::new();
    let mut end = 0;
    for block in content {
        match block {
            Block::Paragraph { text, at } if text.after_label().is_some() => {
                texts.push((text, *at))
            }
            Block::List { items } if is_field_list(outline, items) => {
                push_items(outline, items, &mut texts);
            }
            _ => break,
        }
        end += 1;
    }
    (fields(&texts), end)
}

fn push_items<'a>(outline: &'a Outline, items: &[usize], texts: &mut Vec<(&'a Inline, usize)>) {
    for &item in items {
        if let Some(item) = outline.items.get(item) {
            texts.push((&item.own, item.at));
        }
    }
}

/// Whether a lowercased label or column name says it holds the message (`Description`,
/// `Error message`, `Meaning`, `Possible cause`, ...).
pub fn says_message(lower: &str) -> bool {
    let mut message = false;
    for &word in &[
        "message",
        "description",
        "meaning",
        "explanation",
        "cause",
        "reason",
    ] {
        message |= lower.contains(word);
    }
    message
}

fn fields(texts: &[(&Inline, usize)]) -> Fields {
    let mut fields = Fields::default();
    for &(text, at) in texts {
        let (Some(label), Some(start)) = (text.label(), text.after_label()) else {
            continue;
        };
        let lower = label.to_lowercase();
        let message = says_message(&lower);
        // The HTTP status or the code again (`HTTP Status`, `Error code`): never the message.
        let mut status = false;
        for &word in &["status", "http", "code"] {
            status |= lower.contains(word);
        }
        if message {
            fields.message = Some((text.visible_from(start), at));
            break;
        }
        if !status && fields.other.is_none() {
            fields.other = Some((text.visible_from(start), at));
        }
        if !fields.labels.is_empty() {
            fields.labels.push_str(", ");
        }
        fields.labels.push('`');
        fields.labels.push_str(label);
        fields.labels.push('`');
    }
    fields
}

/// The text of the field among a list entry's `items` that says what the error means,
/// else of the first that is no status or code, else nothing.
fn field_message(outline: &Outline, items: &[usize]) -> String {
    let mut texts = Vec::new();
    push_items(outline, items, &mut texts);
    let fields = fields(&texts);
    match (fields.message, fields.other) {
        (Some((message, _)), _) | (None, Some((message, _))) => message,
        (None, None) => String::new(),
    }
}

/// The text of the field labelled `label` among `texts` (`status_column = "HTTP Status"`
/// reads `**HTTP Status:** 401 Unauthorized`) and where it starts; nothing, at `entry`,
/// when no field has the label.
fn labelled_field(
    texts: &[(&Inline, usize)],
    label: &str,
    entry: usize,
    index: &LineIndex<'_>,
) -> (String, Position) {
    let wanted = label.trim().to_lowercase();
    for &(text, _) in texts {
        let (Some(found), Some(start)) = (text.label(), text.after_label()) else {
            continue;
        };
        if found.to_lowercase() == wanted {
            let after = text.text.get(start..).unwrap_or_default();
            let value_at = start + after.len() - after.trim_start().len();
            let at = index.position(text.page_offset(value_at));
            return (text.visible_from(start), at);
        }
    }
    (String::new(), index.position(entry))
}

/// Whether every item of a list is a labelled field (`- **HTTP Status:** 401`).
fn is_field_list(outline: &Outline, items: &[usize]) -> bool {
    let mut all = !items.is_empty();
    for &item in items {
        all &= match outline.items.get(item) {
            Some(item) => item.own.after_label().is_some(),
            None => false,
        };
    }
    all
}

/// The items of a list right under a label that says messages follow (`**Messages:**`),
/// wherever it is in the content (after a `**Description:**` paragraph too).
fn labelled_list_messages(outline: &Outline, content: &[Block]) -> Option<(Vec<String>, usize)> {
    for (i, block) in content.iter().enumerate() {
        let Block::Paragraph { text, .. } = block else {
            continue;
        };
        if let (true, Some(Block::List { items })) = (text.names_messages(), content.get(i + 1)) {
            return list_messages(outline, items);
        }
    }
    None
}

/// Where the first paragraph is that is no label (`**Causes**:`) and no title right above a
/// paragraph (`**Error Message**`, then the message: OpenHarmony's pages); a title with
/// no paragraph under it is the message itself (`**Invalid key**`, then a code block).
fn first_message_paragraph(content: &[Block]) -> usize {
    for (i, block) in content.iter().enumerate() {
        let Block::Paragraph { text, .. } = block else {
            continue;
        };
        if text.is_label() || (text.is_title() && is_plain_paragraph(content.get(i + 1))) {
            continue;
        }
        return i;
    }
    content.len()
}

fn is_plain_paragraph(block: Option<&Block>) -> bool {
    matches!(block, Some(Block::Paragraph { text, .. }) if !text.is_label() && !text.is_title())
}

/// A list's top-level items as messages, and where the first is.
fn list_messages(outline: &Outline, items: &[usize]) -> Option<(Vec<String>, usize)> {
    let at = outline.items.get(*items.first()?)?.at;
    let mut texts = Vec::with_capacity(items.len());
    for &item in items {
        let text = outline.full_text(item);
        if !text.is_empty() {
            texts.push(text);
        }
    }
    (!texts.is_empty()).then_some((texts, at))
}

/// The entries of a page read with `layout = "list"`: every list item, at any depth,
/// that starts with a code. Its message is the rest of it, with its nested items that
/// are not entries themselves.
pub fn from_list_items(
    outline: &Outline,
    index: &LineIndex<'_>,
    kind: CodeKind,
    status: Option<&str>,
) -> (Vec<RawRow>, Vec<SpecError>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for item in &outline.items {
        let Some(lead) = lead(&item.own, kind) else {
            continue;
        };
        let code_at = index.position(item.own.page_offset(lead.code_at));
        if let Some(second) = &lead.second_code {
            problems.push(several_codes("item", &item.own, &lead, second, code_at));
            continue;
        }
        let mut message = lead.rest;
        if is_field_list(outline, &item.children) {
            // `- **HTTP Status:** 401` and `- **Description:** ...` under the code: the
            // message is the item's own text, else the field that says it.
            if message.trim().is_empty() {
                message = field_message(outline, &item.children);
            }
        } else {
            for &child in &item.children {
                let is_entry = match outline.items.get(child) {
                    Some(child) => self::lead(&child.own, kind).is_some(),
                    None => false,
                };
                if !is_entry {
                    message.push(' ');
                    message.push_str(&outline.full_text(child));
                }
            }
        }
        let rest_at = item.own.text.len() - item.own.text.trim_start().len();
        let status = match status {
            Some(label) => {
                let mut texts = Vec::new();
                push_items(outline, &item.children, &mut texts);
                Some(labelled_field(&texts, label, item.at, index))
            }
            None => None,
        };
        rows.push(RawRow {
            code: lead.code,
            code_at,
            message: collapse_whitespace(&message),
            message_at: index.position(item.own.page_offset(rest_at)),
            detail: None,
            name: None,
            status,
            further_messages: Vec::new(),
            struck: lead.struck,
            without_pipe: false,
            code_only: false,
        });
    }
    let items = rows.len();
    // Matrix's error codes: a paragraph whose first line is the code span alone and whose
    // next lines say what it means, a definition list written without list markup.
    for block in &outline.blocks {
        let Block::Paragraph { text, .. } = block else {
            continue;
        };
        let Some((message_at, lead)) = definition(text, kind) else {
            continue;
        };
        rows.push(RawRow {
            code: lead.code,
            code_at: index.position(text.page_offset(lead.code_at)),
            message: lead.rest,
            message_at: index.position(text.page_offset(message_at)),
            detail: None,
            name: None,
            status: None,
            further_messages: Vec::new(),
            struck: lead.struck,
            without_pipe: false,
            code_only: false,
        });
    }
    if items > 0 && rows.len() > items {
        crate::model::sort_by_place(&mut rows, row_place);
    }
    (rows, problems)
}

/// A paragraph that is a code over its definition: where the definition starts, and the
/// code. A code span of several words over a paragraph (`` `GET /orders` ``) is prose, not
/// a definition: only list items and headings get the error of a code with whitespace.
fn definition(text: &Inline, kind: CodeKind) -> Option<(usize, Lead)> {
    let (Some(message_at), Some(lead)) = (text.definition_at(), lead(text, kind)) else {
        return None;
    };
    if crate::markdown::has_whitespace(&lead.code) {
        return None;
    }
    Some((message_at, lead))
}

fn row_place(row: &RawRow) -> Option<Position> {
    Some(row.code_at)
}

/// The headings of a page (or, for `items`, its list items at any depth): their text
/// and where each starts.
fn texts(outline: &Outline, items: bool) -> Vec<(&Inline, usize)> {
    let mut texts = Vec::new();
    if items {
        for item in &outline.items {
            texts.push((&item.own, item.at));
        }
    } else {
        for block in &outline.blocks {
            if let Block::Heading(heading) = block {
                texts.push((&heading.text, heading.at));
            }
        }
    }
    texts
}

/// How many headings (or, for `items`, list items at any depth) stand on a line `within`
/// keeps and pass `keep`, and the first of them with its line: what a hint says.
pub fn count_where(
    outline: &Outline,
    index: &LineIndex<'_>,
    items: bool,
    within: &dyn Fn(usize) -> bool,
    keep: &dyn Fn(&Inline) -> bool,
) -> (usize, Option<(String, usize)>) {
    count_texts(&texts(outline, items), index, within, keep)
}

/// How many of `texts` stand on a line `within` keeps and pass `keep`, and the first.
fn count_texts(
    texts: &[(&Inline, usize)],
    index: &LineIndex<'_>,
    within: &dyn Fn(usize) -> bool,
    keep: &dyn Fn(&Inline) -> bool,
) -> (usize, Option<(String, usize)>) {
    let mut count = 0;
    let mut first = None;
    for &(text, at) in texts {
        let line = index.position(at).line;
        if within(line) && keep(text) {
            count += 1;
            if first.is_none() {
                first = Some((text.plain(), line));
            }
        }
    }
    (count, first)
}

/// Whether `text` starts with an integer glued to a `:`, `.` or `)` (`10000: Url not
/// found.`), which is no code.
pub fn is_glued(text: &Inline) -> bool {
    let plain = text.text.trim_start();
    let Some(len) = integer_len(plain) else {
        return false;
    };
    matches!(
        plain.get(len..).unwrap_or_default().chars().next(),
        Some(':' | '.' | ')')
    )
}

/// The headings (or, for `items`, list items) that start with an integer glued to a `:`
/// (`10002: Improper Json format.`), each an error at its code: on a page whose other
/// headings or items are entries, such a one is a code written without its space, and
/// reading it as prose would drop it from the table without a word. (`.` and `)` are not
/// counted here: `## 1. Introduction` is a numbered title, `3.5 seconds` a number.)
pub fn glued_entries(outline: &Outline, index: &LineIndex<'_>, items: bool) -> Vec<SpecError> {
    let what = if items { "list item" } else { "heading" };
    let mut problems = Vec::new();
    for (text, _) in texts(outline, items) {
        let start = text.text.len() - text.text.trim_start().len();
        let Some(plain) = text.text.get(start..) else {
            continue;
        };
        let Some(len) = integer_len(plain) else {
            continue;
        };
        if code_span_at(text, start).is_some() || plain.get(len..len + 1) != Some(":") {
            continue;
        }
        let code = plain.get(..len).unwrap_or_default();
        let rest = collapse_whitespace(plain.get(len + 1..).unwrap_or_default());
        problems.push(SpecError::at(
            index.position(text.page_offset(start)),
            format!(
                "{what} `{}` starts with the number `{code}` glued to a `:`, so it is no \
                 entry, while other {what}s of the page are: a bare code is followed by a \
                 space; write `{code} {rest}` or put the code in a code span, \
                 `` `{code}`: {rest} ``",
                text.plain()
            ),
        ));
    }
    problems
}

/// Whether `text` has one word before an integer code (`Error 1000: DNS points to
/// prohibited IP`, `HTTP 404 Not Found`), which is no entry.
pub fn has_word_before_code(text: &Inline) -> bool {
    let plain = text.text.trim_start();
    let Some((word, rest)) = plain.split_once(' ') else {
        return false;
    };
    let len = integer_len(rest).unwrap_or(0);
    let ends =
        matches!(rest.get(len..), Some(after) if after.is_empty() || after.starts_with([' ', ':']));
    !word.is_empty() && word.chars().all(char::is_alphabetic) && len > 0 && ends
}

/// Whether `text` looks like a string code written without its code span: a heading that
/// is one word of capitals, digits and `_` (`ITEM_LOGIN_REQUIRED`, `FORBIDDEN`), or, for
/// `items`, an item whose first word has a `_` (`card_declined: The card was declined.`).
pub fn is_bare_string_code(text: &Inline, items: bool) -> bool {
    let plain = text.text.trim();
    if code_span_at(text, text.text.len() - text.text.trim_start().len()).is_some() {
        return false;
    }
    let word = plain
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches(':');
    let is_code_like = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    if word.is_empty() || !word.chars().all(is_code_like) {
        return false;
    }
    if items {
        word.contains('_')
    } else {
        let capitals = word.chars().all(|c| !c.is_ascii_lowercase());
        word == plain && (word.contains('_') || (capitals && word.len() >= 3))
    }
}

/// Whether `text` starts with a code of `kind`: an entry.
pub fn starts_with_code(text: &Inline, kind: CodeKind) -> bool {
    lead(text, kind).is_some()
}

/// How many paragraphs on lines `within` keeps are a code over its definition (what
/// `layout = "list"` reads besides list items), and the first with its line.
pub fn count_definitions(
    outline: &Outline,
    index: &LineIndex<'_>,
    within: &dyn Fn(usize) -> bool,
    kind: CodeKind,
) -> (usize, Option<(String, usize)>) {
    let mut paragraphs = Vec::new();
    for block in &outline.blocks {
        if let Block::Paragraph { text, at } = block {
            paragraphs.push((text, *at));
        }
    }
    count_texts(&paragraphs, index, within, &|text| {
        definition(text, kind).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline;

    fn heading_lead(text: &str, kind: CodeKind) -> Option<Lead> {
        let outline = outline::parse(&format!("## {text}\n"));
        match outline.blocks.first() {
            Some(Block::Heading(heading)) => lead(&heading.text, kind),
            _ => panic!("a heading"),
        }
    }

    fn code_and_rest(text: &str, kind: CodeKind) -> Option<(String, String)> {
        heading_lead(text, kind).map(|lead| (lead.code, lead.rest))
    }

    fn pair(code: &str, rest: &str) -> Option<(String, String)> {
        Some((code.to_owned(), rest.to_owned()))
    }

    #[test]
    fn integer_codes_lead_when_followed_by_whitespace_or_the_end() {
        let int = CodeKind::Integer;
        assert_eq!(
            code_and_rest("-1003 TOO_MANY_REQUESTS", int),
            pair("-1003", "TOO_MANY_REQUESTS")
        );
        assert_eq!(
            code_and_rest("`-1003` TOO_MANY", int),
            pair("-1003", "TOO_MANY")
        );
        assert_eq!(
            code_and_rest("-2022 Order cancel-replace failed.", int),
            pair("-2022", "Order cancel-replace failed.")
        );
        assert_eq!(code_and_rest("40400001", int), pair("40400001", ""));
        assert_eq!(
            code_and_rest("429 - Slow down", int),
            pair("429", "Slow down")
        );
        assert_eq!(code_and_rest("429 \u{2013} Slow", int), pair("429", "Slow"));
        assert_eq!(
            code_and_rest("1 Margin Borrowing", int),
            pair("1", "Margin Borrowing")
        );
        assert_eq!(code_and_rest("10xx - General issues", int), None);
        assert_eq!(code_and_rest("Messages for -1010 ERROR", int), None);
        assert_eq!(code_and_rest("-1003: colon", int), None);
        assert_eq!(code_and_rest("`index_not_found`", int), None);
        assert_eq!(code_and_rest("- bare sign", int), None);
    }

    #[test]
    fn string_codes_lead_as_code_spans() {
        let string = CodeKind::String;
        assert_eq!(
            code_and_rest("`index_not_found`", string),
            pair("index_not_found", "")
        );
        assert_eq!(
            code_and_rest("`OAU-101`: Token expired", string),
            pair("OAU-101", "Token expired")
        );
        assert_eq!(code_and_rest("index_not_found", string), None);
        assert_eq!(code_and_rest("Errors of `x`", string), None);
    }

    #[test]
    fn a_second_code_is_found() {
        let second = |text: &str, kind| heading_lead(text, kind).and_then(|l| l.second_code);
        assert_eq!(
            second("4003 / 4004 - Subscription Unavailable", CodeKind::Integer),
            Some("4004".into())
        );
        assert_eq!(
            second("4003/4004 Unavailable", CodeKind::Integer),
            Some("4004".into())
        );
        assert_eq!(second("`a`, `b` - two", CodeKind::String), Some("b".into()));
        assert_eq!(second("4003 / month limit", CodeKind::Integer), None);
        assert_eq!(second("-1003 TOO_MANY", CodeKind::Integer), None);
    }

    fn read(page: &str, kind: CodeKind, headings: bool) -> (Vec<RawRow>, Vec<String>) {
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let (rows, problems) = if headings {
            from_headings(&outline, &index, kind, None)
        } else {
            from_list_items(&outline, &index, kind, None)
        };
        (rows, problems.iter().map(|p| p.render("t.md")).collect())
    }

    #[test]
    fn heading_entries_take_their_bullets_or_first_paragraph() {
        let page = "# Errors\n\n## 10xx - General\n### -1003 TOO_MANY_REQUESTS\n \
            * Too many requests queued.\n * Too much weight;\n   * nested.\n\n\
            ### -1006\n```\ncode\n```\n**Causes**:\n\nAn unexpected response.\n\nMore prose.\n\n\
            ### `-1007` TIMEOUT\nThe reasons are:\n- one\n- two\n\n\
            ## Other notes\nNot an entry.\n";
        let (rows, problems) = read(page, CodeKind::Integer, true);
        assert!(problems.is_empty(), "{problems:?}");
        type Summary<'a> = (&'a str, &'a str, Vec<String>, Option<&'a str>, usize);
        let summary: Vec<Summary<'_>> = rows
            .iter()
            .map(|r| {
                (
                    r.code.as_str(),
                    r.message.as_str(),
                    r.further_messages.clone(),
                    r.name.as_ref().map(|(n, _)| n.as_str()),
                    r.code_at.line,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "-1003",
                    "Too many requests queued.",
                    vec!["Too much weight; nested.".to_owned()],
                    Some("TOO_MANY_REQUESTS"),
                    4
                ),
                ("-1006", "An unexpected response.", vec![], None, 9),
                (
                    "-1007",
                    "The reasons are: one two",
                    vec![],
                    Some("TIMEOUT"),
                    19
                ),
            ]
        );
        assert_eq!(rows[0].message_at.line, 5);
        assert_eq!(rows[1].message_at.line, 15);
    }

    /// Each row's messages, the first and the further ones.
    fn all_messages(rows: &[RawRow]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|row| {
                let mut all = vec![row.message.as_str()];
                all.extend(row.further_messages.iter().map(String::as_str));
                all
            })
            .collect()
    }

    #[test]
    fn messages_follow_the_rules_in_their_order() {
        let page = "### 1 A\n- one\n- two\n\nProse.\n\n\
            ### 2 B\n```json\n{}\n```\n**Causes**:\n- a cause\n\n**Solution**: Retry.\n\n\
            ### 3 C\nOne of:\n- x\n- y\n\n\
            ### 4 D\nOne of:\n\n```\nz\n```\n\n- w\n\n\
            ### 5 E\n```json\n{}\n```\n- first\n- second\n";
        let (rows, problems) = read(page, CodeKind::Integer, true);
        assert_eq!(problems, Vec::<String>::new());
        let messages = all_messages(&rows);
        assert_eq!(
            messages,
            [
                vec!["one", "two"],
                // The label leading the paragraph is no part of the message.
                vec!["Retry."],
                vec!["One of: x y"],
                vec!["One of:"],
                vec!["first", "second"],
            ]
        );
    }

    #[test]
    fn a_list_after_a_label_is_the_message() {
        let page = "## `not_found`\n**Causes**:\n- The index does not exist.\n- Gone.\n";
        let (rows, _) = read(page, CodeKind::String, true);
        assert_eq!(rows[0].message, "The index does not exist.");
        assert_eq!(rows[0].further_messages, ["Gone."]);
    }

    #[test]
    fn labels_leading_a_paragraph_are_no_part_of_its_message() {
        let page = "### -1000 INTERNAL_ERROR\n\n**Message:** Internal server error\n\n\
            **Description:** An internal error occurred.\n\n\
            ### -1001\n\n**Cause**: the key is gone.\n\n\
            ### -1002\n\n**Description:** Invalid data.\n\n**Messages:**\n\n\
            - Invalid transaction\n- Not a transfer\n\n\
            ### -1003\n\n**Causes**:\n\n- a cause\n\nThe message.\n\n\
            ### -1004\n\n**Note:**\n\n**Bold** then text.\n";
        let (rows, problems) = read(page, CodeKind::Integer, true);
        assert!(problems.is_empty(), "{problems:?}");
        let messages = all_messages(&rows);
        assert_eq!(
            messages,
            [
                vec!["Internal server error"],
                vec!["the key is gone."],
                // A label that says messages follow takes the list under it, wherever it is.
                vec!["Invalid transaction", "Not a transfer"],
                // Any other label's list is no message when a paragraph is one.
                vec!["The message."],
                vec!["Bold then text."],
            ]
        );
        assert_eq!(rows[0].message_at.line, 3);
    }

    #[test]
    fn labelled_fields_give_the_one_that_says_the_message() {
        // A heading per code over its fields, as bullets or paragraphs.
        let page = "## `INVALID_TOKEN`\n\n- **HTTP Status:** 401 Unauthorized\n\
            - **Description:** The token is invalid.\n- **Client action:** Log in.\n\n\
            ## `TOKEN_EXPIRED`\n\n**HTTP Status:** 401\n\n**Meaning:** It expired.\n\n\
            ## `BAD`\n\n**Status:** 400\n\nThe request is bad.\n\n\
            ## `GONE`\n\n- **Status:** 410\n- **Cuándo:** Any call.\n\n\
            ## `WHEN`\n\n**Cuándo:** Login failed.\n\n```json\n{}\n```\n\n\
            ## `STATUS_ONLY`\n\n- **HTTP Status:** 400\n- **Error code:** 7\n";
        let (rows, problems) = read(page, CodeKind::String, true);
        let messages = all_messages(&rows);
        assert_eq!(
            messages,
            [
                vec!["The token is invalid."],
                vec!["It expired."],
                // The fields of other things above the message are no part of it.
                vec!["The request is bad."],
                // No field says it is the message: the first that is no status or code.
                vec!["Any call."],
                vec!["Login failed."],
            ]
        );
        assert_eq!(rows[0].message_at.line, 4);
        assert_eq!(
            problems,
            [
                "t.md:32:1: code heading `STATUS_ONLY` has no message: its labelled fields \
              (`HTTP Status`, `Error code`) give a status or a code only; write what the \
              error means as a `**Description:**` field or as a paragraph under the fields"
            ]
        );
    }

    #[test]
    fn the_status_field_is_read_where_status_column_names_it() {
        let page = "## `INVALID_TOKEN`\n\n- **HTTP Status:** 401 Unauthorized\n\
            - **Description:** Invalid.\n\n## `GONE`\n\n**http status:**  410\n\nGone.\n\n\
            ## `NONE`\n\nNo status.\n";
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let (rows, _) = from_headings(&outline, &index, CodeKind::String, Some("HTTP Status"));
        let statuses: Vec<_> = rows
            .iter()
            .map(|row| {
                row.status
                    .as_ref()
                    .map(|(text, at)| (text.as_str(), at.line, at.column))
            })
            .collect();
        assert_eq!(
            statuses,
            [
                Some(("401 Unauthorized", 3, 20)),
                Some(("410", 8, 19)),
                // No such field: nothing, at the heading, for the error to say so.
                Some(("", 12, 1)),
            ]
        );
        let page = "- `EXPIRED` It expired.\n  - **HTTP Status:** 401\n";
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let (rows, _) = from_list_items(&outline, &index, CodeKind::String, Some("HTTP Status"));
        assert_eq!(
            rows[0].status,
            Some((
                "401".to_owned(),
                Position {
                    line: 2,
                    column: 22
                }
            ))
        );
        assert_eq!(rows[0].message, "It expired.");
    }

    #[test]
    fn definitions_are_list_entries_in_page_order() {
        let page = "## Errors\n\n`M_FORBIDDEN`\n: Forbidden access.\n\n\
            - `M_LISTED` A list item.\n\n`M_NOT_JSON`\nNot JSON, on\nthree lines.\n\n\
            : A second definition is no entry.\n\n`M_PROSE` on one line is no entry.\n\n\
            `GET /rooms`\nA request in a code span, over its text, is no entry.\n";
        let (rows, problems) = read(page, CodeKind::String, false);
        assert!(problems.is_empty(), "{problems:?}");
        let entries: Vec<(&str, &str, usize, usize)> = rows
            .iter()
            .map(|row| {
                (
                    row.code.as_str(),
                    row.message.as_str(),
                    row.code_at.line,
                    row.message_at.line,
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                ("M_FORBIDDEN", "Forbidden access.", 3, 4),
                ("M_LISTED", "A list item.", 6, 6),
                ("M_NOT_JSON", "Not JSON, on three lines.", 8, 9),
            ]
        );
    }

    #[test]
    fn integer_definitions_are_list_entries() {
        // Kramdown's definition lists: a bare integer term, then `: ` and its meaning.
        let page =
            "# Errors\n\n400\n: Bad request.\n\n- 401 A list item.\n\n`404`\n: Not found.\n\n\
            2024 was a year\nof prose.\n";
        let (rows, problems) = read(page, CodeKind::Integer, false);
        assert!(problems.is_empty(), "{problems:?}");
        let entries: Vec<(&str, &str, usize)> = rows
            .iter()
            .map(|row| (row.code.as_str(), row.message.as_str(), row.code_at.line))
            .collect();
        assert_eq!(
            entries,
            [
                ("400", "Bad request.", 3),
                ("401", "A list item.", 6),
                ("404", "Not found.", 8)
            ]
        );
        // Under string codes a bare integer is no code.
        let (rows, _) = read(page, CodeKind::String, false);
        let codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
        assert_eq!(codes, ["404"]);
    }

    #[test]
    fn labelled_fields_under_a_list_entry() {
        let page = "- `INVALID_TOKEN`\n  - **HTTP Status:** 401\n  - **Description:** Invalid.\n\
            - `EXPIRED` It expired.\n  - **HTTP Status:** 401\n\
            - `OTHER` Other.\n  - a detail\n";
        let (rows, problems) = read(page, CodeKind::String, false);
        assert!(problems.is_empty(), "{problems:?}");
        let messages = all_messages(&rows);
        assert_eq!(
            messages,
            [
                vec!["Invalid."],
                vec!["It expired."],
                vec!["Other. a detail"]
            ]
        );
    }

    #[test]
    fn heading_problems_are_at_their_lines() {
        let page = "# Errors\n\n#### 4003 / 4004 - Subscription Unavailable\nText.\n\n\
            ### -1003 TOO_MANY\n```json\n{}\n```\n\n### -1004 NEXT\nFine.\n";
        let (rows, problems) = read(page, CodeKind::Integer, true);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            problems,
            [
                "t.md:3:6: heading `4003 / 4004 - Subscription Unavailable` has several codes \
                 (4003 and 4004): a variant maps to exactly one code; give each code its own heading",
                "t.md:6:1: code heading `-1003 TOO_MANY` has no message: write what the error \
                 means as a paragraph or a list right under the heading (code blocks, tables \
                 and HTML are not read as messages)",
            ]
        );
    }

    #[test]
    fn list_entries_at_any_depth() {
        let page = "## SYSTEM_ERROR\n\n- `10000` Url not found.\n- 10001 System error.\n  \
            - a detail\n- [SYSTEM](#system)\n- Orders\n  - `20001` - Auth failed.\n";
        let (rows, problems) = read(page, CodeKind::Integer, false);
        assert!(problems.is_empty());
        let entries: Vec<(&str, &str, usize)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str(), r.code_at.line))
            .collect();
        assert_eq!(
            entries,
            [
                ("10000", "Url not found.", 3),
                ("10001", "System error. a detail", 4),
                ("20001", "Auth failed.", 8),
            ]
        );
        assert_eq!(rows[0].code_at.column, 3);
    }

    #[test]
    fn struck_codes_and_words() {
        let page = "- ~~`10018`~~ ~~Exceeded.~~\n- `10019` ~~Old wording~~ New wording.\n\
            - 10020 ~~struck message~~\n";
        let (rows, _) = read(page, CodeKind::Integer, false);
        let entries: Vec<(&str, &str, bool)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str(), r.struck))
            .collect();
        assert_eq!(
            entries,
            [
                ("10018", "Exceeded.", true),
                ("10019", "New wording.", false),
                ("10020", "struck message", false),
            ]
        );
        let page = "## ~~-1003~~ TOO_MANY\n* ~~Gone.~~ Still here.\n";
        let (rows, _) = read(page, CodeKind::Integer, true);
        assert!(rows[0].struck);
        assert_eq!(rows[0].message, "Still here.");
        assert_eq!(
            rows[0].name.as_ref().map(|(n, _)| n.as_str()),
            Some("TOO_MANY")
        );
    }

    #[test]
    fn counts_for_the_layout_hints() {
        let page = "## -1000 UNKNOWN\nx\n## 10xx\n### -1001 Y\ny\n- `1` a\n";
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let all = |_| true;
        assert_eq!(
            count_where(&outline, &index, false, &all, &|t| starts_with_code(
                t,
                CodeKind::Integer
            )),
            (2, Some(("-1000 UNKNOWN".to_owned(), 1)))
        );
        assert_eq!(
            count_where(&outline, &index, true, &all, &|t| starts_with_code(
                t,
                CodeKind::Integer
            )),
            (1, Some(("1 a".to_owned(), 6)))
        );
        assert_eq!(
            count_where(&outline, &index, false, &all, &|t| starts_with_code(
                t,
                CodeKind::String
            ))
            .0,
            0
        );
        let from_line_3 = |line| line >= 3;
        assert_eq!(
            count_where(&outline, &index, false, &from_line_3, &|t| {
                starts_with_code(t, CodeKind::Integer)
            }),
            (1, Some(("-1001 Y".to_owned(), 4)))
        );
    }

    #[test]
    fn string_codes_without_their_code_span_are_counted_for_the_hint() {
        let page = "## ITEM_LOGIN_REQUIRED\nx\n## FORBIDDEN\n## Overview\n## `not_found`\n\
                    ## ERROR CODES\n## OK\n- card_declined: The card was declined.\n\
                    - Retry later.\n";
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let all = |_| true;
        assert_eq!(
            count_where(&outline, &index, false, &all, &|t| is_bare_string_code(
                t, false
            )),
            (2, Some(("ITEM_LOGIN_REQUIRED".to_owned(), 1)))
        );
        assert_eq!(
            count_where(&outline, &index, true, &all, &|t| is_bare_string_code(
                t, true
            )),
            (
                1,
                Some(("card_declined: The card was declined.".to_owned(), 8))
            )
        );
    }

    #[test]
    fn a_word_before_a_code_is_counted_for_the_hint() {
        let page = "## Error 1000: DNS points to prohibited IP\nx\n## Errors 1009 Access Denied\n\
                    ## HTTP 404\n## Error codes\n## Error 1000ms\n## 2 Errors 1000\n- Code -5 x\n";
        let outline = outline::parse(page);
        let index = LineIndex::new(page);
        let all = |_| true;
        assert_eq!(
            count_where(&outline, &index, false, &all, &has_word_before_code),
            (
                3,
                Some(("Error 1000: DNS points to prohibited IP".to_owned(), 1))
            )
        );
        assert_eq!(
            count_where(&outline, &index, true, &all, &has_word_before_code),
            (1, Some(("Code -5 x".to_owned(), 8)))
        );
    }
}
