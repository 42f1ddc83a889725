//! Reads the headings, paragraphs and list items of a page, each as plain text with the
//! places of its code spans: what the `headings` and `list` layouts find their entries in.
//!
//! Plain data only (no `proc_macro` types), as `markdown` is.

use crate::markdown::collapse_whitespace;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The inline text of a heading, paragraph or list item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// The plain text as written: markup dropped, whitespace not yet collapsed.
    pub text: String,
    /// Where the code spans are in `text`.
    pub code_spans: Vec<Range<usize>>,
    /// Where the struck-through text is in `text` (`~~10018~~`, `<del>`).
    pub struck: Vec<Range<usize>>,
    /// The text outside strong emphasis, to tell a label (`**Causes**:`).
    outside_strong: String,
    /// How many bytes of `text` are strong from its start on (`**Message:** ...`).
    leading_strong: usize,
    /// Where each piece of `text` starts in it and in the page, for positions.
    anchors: Vec<(usize, usize)>,
    /// Where in `text` the first line break is (a soft or hard break, `<br>`).
    first_break: Option<usize>,
}

impl Inline {
    /// The text with its whitespace collapsed and its struck-through words dropped
    /// (retired wording), unless every word is struck (then it is all there is).
    pub fn plain(&self) -> String {
        self.visible_from(0)
    }

    /// `plain()` of the text from byte `start` on.
    pub fn visible_from(&self, start: usize) -> String {
        let mut kept = String::new();
        let mut at = start;
        for range in &self.struck {
            if range.end <= start {
                continue;
            }
            kept.push_str(self.text.get(at..range.start.max(at)).unwrap_or_default());
            at = at.max(range.end);
        }
        kept.push_str(self.text.get(at..).unwrap_or_default());
        let kept = collapse_whitespace(&kept);
        if kept.is_empty() {
            collapse_whitespace(self.text.get(start..).unwrap_or_default())
        } else {
            kept
        }
    }

    /// Whether every byte of `range` is struck through.
    pub fn is_struck(&self, range: Range<usize>) -> bool {
        // Loops and `match` rather than adaptors with closures in this module: each closure
        // is one more instance of its adaptor compiled into the crate (BENCHMARKS.md).
        let mut struck = false;
        for run in &self.struck {
            struck |= run.start <= range.start && range.end <= run.end;
        }
        !range.is_empty() && struck
    }

    /// The page offset of the byte `at` of `text`.
    pub fn page_offset(&self, at: usize) -> usize {
        let piece = self.anchors.partition_point(|&(start, _)| start <= at);
        // The piece `at` is in: the last anchor at or before it, else the first anchor.
        let before = match piece.checked_sub(1) {
            Some(last) => self.anchors.get(last),
            None => None,
        };
        match (before, self.anchors.first()) {
            (Some(&(start, offset)), _) => offset + (at - start),
            (None, Some(&(_, offset))) => offset,
            (None, None) => 0,
        }
    }

    /// Bold text that ends in `:` and nothing else (`**Causes**:`, `**Example:**`): a
    /// label of what follows, not a message.
    pub fn is_label(&self) -> bool {
        let plain = self.plain();
        plain.ends_with(':')
            && plain.len() > 1
            && matches!(self.outside_strong.trim(), "" | ":")
            && self.outside_strong.len() < self.text.len()
    }

    /// Where the text after a leading label starts: bold text at the start of a paragraph
    /// that ends in `:` or is followed by one (`**Message:** Internal error`, `**Cause**:
    /// ...`), with more text after it. `None` when there is no such label.
    pub fn after_label(&self) -> Option<usize> {
        let lead = self.text.get(..self.leading_strong)?;
        let mut end = self.leading_strong;
        if !lead.trim_end().ends_with(':') {
            let colon = self.text.get(end..)?.trim_start().strip_prefix(':')?;
            end = self.text.len() - colon.len();
        }
        let more = !self.text.get(end..)?.trim().is_empty();
        if more && lead.trim().len() > 1 {
            Some(end)
        } else {
            None
        }
    }

    /// The text of the label leading this text when more text follows it: `HTTP Status`
    /// for `**HTTP Status:** 401`, `Cause` for `**Cause**: ...`.
    pub fn label(&self) -> Option<&str> {
        self.after_label()?;
        let lead = self.text.get(..self.leading_strong)?.trim();
        Some(lead.strip_suffix(':').unwrap_or(lead).trim_end())
    }

    /// Whether this label says that messages follow (`**Messages:**`, `**Error message**:`).
    pub fn names_messages(&self) -> bool {
        self.is_label() && self.plain().to_lowercase().contains("message")
    }

    /// Bold text alone, of at most four words and no sentence's end (`**Error Message**`,
    /// `**错误信息**`): the title of the paragraph after it, when one follows.
    pub fn is_title(&self) -> bool {
        if !self.outside_strong.trim().is_empty()
            || self.outside_strong.len() == self.text.len()
            || self.after_label().is_some()
        {
            return false;
        }
        let plain = self.plain();
        if matches!(
            plain.chars().last(),
            None | Some('.' | '!' | '?' | ':' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}' | '\u{ff1a}')
        ) {
            return false;
        }
        let mut words = 1;
        for byte in plain.bytes() {
            words += usize::from(byte == b' ');
        }
        words <= 4
    }

    fn push(&mut self, text: &str, offset: usize, style: Style) {
        let start = self.text.len();
        self.anchors.push((start, offset));
        self.text.push_str(text);
        if !style.strong {
            self.outside_strong.push_str(text);
        } else if start == self.leading_strong {
            self.leading_strong = self.text.len();
        }
        if style.struck {
            match self.struck.last_mut() {
                Some(last) if last.end == start => last.end = self.text.len(),
                _ => self.struck.push(start..self.text.len()),
            }
        }
    }

    fn push_code(&mut self, code: &str, offset: usize, style: Style) {
        let start = self.text.len();
        self.push(code, offset, style);
        self.code_spans.push(start..self.text.len());
    }

    fn push_space(&mut self) {
        if self.first_break.is_none() {
            self.first_break = Some(self.text.len());
        }
        self.text.push(' ');
        self.outside_strong.push(' ');
    }

    /// Where the text after the first line starts, when the first line is one code span
    /// alone, or an integer alone, and more lines follow: a term and its definition written
    /// without list markup (Matrix's `` `M_FORBIDDEN` `` over `Forbidden access, ...`,
    /// Kramdown's `400` over `: Bad request`).
    pub fn definition_at(&self) -> Option<usize> {
        let line_end = self.first_break?;
        let start = self.text.len() - self.text.trim_start().len();
        let first_line = self.text.get(start..line_end)?.trim_end();
        let alone = match self.code_spans.first() {
            Some(span) if span.start == start => {
                self.text.get(span.end..line_end)?.trim().is_empty()
            }
            _ => crate::entries::integer_len(first_line) == Some(first_line.len()),
        };
        let after = self.text.get(line_end..)?;
        let more = after.len() - after.trim_start().len();
        if alone && more < after.len() {
            Some(line_end + more)
        } else {
            None
        }
    }
}

/// A heading of the page, its level 1..=6.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub text: Inline,
    pub at: usize,
}

/// A list item: its own text (its nested lists are items of their own) and its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub own: Inline,
    pub children: Vec<usize>,
    pub at: usize,
}

/// A block at the top level of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(Heading),
    Paragraph {
        text: Inline,
        at: usize,
    },
    /// A list: its top-level items, indices into `Outline::items`.
    List {
        items: Vec<usize>,
    },
    /// A code block, table, HTML block, block quote or rule: never a message.
    Other,
}

/// The blocks of a page in order, and every list item at any depth.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    pub blocks: Vec<Block>,
    pub items: Vec<Item>,
}

impl Outline {
    /// An item's text with its nested items', whitespace collapsed.
    pub fn full_text(&self, item: usize) -> String {
        let mut raw = String::new();
        self.push_full_text(item, &mut raw, 0);
        collapse_whitespace(&raw)
    }

    fn push_full_text(&self, item: usize, raw: &mut String, depth: usize) {
        // Markdown nests deeply at will; the text of a runaway nesting is not a message.
        const DEEPEST: usize = 64;
        let Some(item) = self.items.get(item) else {
            return;
        };
        raw.push_str(&item.own.plain());
        if depth < DEEPEST {
            for &child in &item.children {
                raw.push(' ');
                self.push_full_text(child, raw, depth + 1);
            }
        }
    }
}

/// What an open container is, while the events are read.
enum Frame {
    /// A top-level heading or paragraph: its block.
    Block(usize),
    /// A list item: its index.
    Item(usize),
    /// A list; at the top level, its block.
    List(Option<usize>),
    /// A paragraph or heading inside a container: its text goes to the container.
    Through,
    /// A code block, table, HTML block, quote: its text is dropped.
    Skip,
    /// Emphasis, a link, an image: its text goes on.
    Inline,
    /// A link to an anchor of the page (`[#](#error-handling)`): its text goes on, unless
    /// it is only a permalink's glyph.
    AnchorLink,
}

/// Whether a link's text is only a permalink's glyph: `#`, `¶`, `§`, 🔗, or nothing (blank
/// or zero-width), around which space may stand.
fn is_permalink_glyph(text: &str) -> bool {
    // A loop over chars rather than `trim_matches` with a closure: each closure pattern is
    // one more searcher compiled into the crate (compile time, BENCHMARKS.md).
    let mut glyph = None;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{200b}' {
            continue;
        }
        if glyph.is_some() {
            return false;
        }
        glyph = Some(c);
    }
    matches!(glyph, None | Some('#' | '\u{b6}' | '\u{a7}' | '\u{1f517}'))
}

/// The outline of a page; its YAML front matter is not Markdown and is skipped.
pub fn parse(page: &str) -> Outline {
    let (markdown, _) = crate::markdown::without_front_matter(page);
    let markdown = markdown.as_ref();
    let mut reader = Reader::default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        reader.event(event, range, markdown);
    }
    reader.outline
}

#[derive(Default)]
struct Reader {
    outline: Outline,
    stack: Vec<Frame>,
    strong: usize,
    struck: usize,
}

/// How the text being read is marked up, as far as entries care.
#[derive(Clone, Copy)]
struct Style {
    strong: bool,
    struck: bool,
}

impl Reader {
    fn event(&mut self, event: Event<'_>, range: Range<usize>, source: &str) {
        match event {
            Event::Start(tag) => self.start(tag, range.start),
            Event::End(end) => self.end(end),
            Event::Text(text) => self.text(&text, range.start),
            Event::Code(code) => {
                let style = self.style();
                if let Some(sink) = self.sink() {
                    sink.push_code(&code, range.start, style);
                }
            }
            Event::SoftBreak | Event::HardBreak => self.space(),
            Event::InlineHtml(tag) | Event::Html(tag) if crate::markdown::is_line_break(&tag) => {
                self.space();
            }
            Event::InlineHtml(tag) => match crate::markdown::strike_tag(&tag) {
                Some(true) => self.struck += 1,
                Some(false) => self.struck = self.struck.saturating_sub(1),
                None => {}
            },
            Event::FootnoteReference(_) => {
                self.text(source.get(range.clone()).unwrap_or_default(), range.start);
            }
            Event::Rule if self.stack.is_empty() => self.outline.blocks.push(Block::Other),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, at: usize) {
        let top = self.stack.is_empty();
        let frame = match tag {
            Tag::Heading { level, .. } if top => {
                let heading = Heading {
                    level: level as u8,
                    text: Inline::default(),
                    at,
                };
                self.outline.blocks.push(Block::Heading(heading));
                Frame::Block(self.outline.blocks.len() - 1)
            }
            Tag::Paragraph if top => {
                let text = Inline::default();
                self.outline.blocks.push(Block::Paragraph { text, at });
                Frame::Block(self.outline.blocks.len() - 1)
            }
            Tag::Heading { .. } | Tag::Paragraph => Frame::Through,
            Tag::List(_) if top => {
                self.outline.blocks.push(Block::List { items: Vec::new() });
                Frame::List(Some(self.outline.blocks.len() - 1))
            }
            Tag::List(_) => Frame::List(None),
            Tag::Item => self.start_item(at),
            Tag::Strong => {
                self.strong += 1;
                Frame::Inline
            }
            Tag::Strikethrough => {
                self.struck += 1;
                Frame::Inline
            }
            // Site generators put a permalink in each heading (`## [#](#label-list) ...`,
            // Docusaurus's `[\u{200b}](#...)` after it), which crawled pages keep.
            Tag::Link { dest_url, .. } if dest_url.starts_with('#') => Frame::AnchorLink,
            Tag::Emphasis
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript => Frame::Inline,
            _ => {
                if top {
                    self.outline.blocks.push(Block::Other);
                }
                Frame::Skip
            }
        };
        self.stack.push(frame);
    }

    fn start_item(&mut self, at: usize) -> Frame {
        let index = self.outline.items.len();
        self.outline.items.push(Item {
            own: Inline::default(),
            children: Vec::new(),
            at,
        });
        let mut parent = None;
        for frame in self.stack.iter().rev() {
            if let Frame::Item(item) = frame {
                parent = Some(*item);
                break;
            }
        }
        if let Some(parent) = parent {
            if let Some(parent) = self.outline.items.get_mut(parent) {
                parent.children.push(index);
            }
        }
        if let Some(Frame::List(Some(block))) = self.stack.last() {
            if let Some(Block::List { items }) = self.outline.blocks.get_mut(*block) {
                items.push(index);
            }
        }
        Frame::Item(index)
    }

    fn end(&mut self, end: TagEnd) {
        if end == TagEnd::Strong {
            self.strong = self.strong.saturating_sub(1);
        }
        if end == TagEnd::Strikethrough {
            self.struck = self.struck.saturating_sub(1);
        }
        if let Some(Frame::Through) = self.stack.pop() {
            // Two paragraphs of an item are two sentences, not one word.
            self.space();
        }
    }

    fn style(&self) -> Style {
        Style {
            strong: self.strong > 0,
            struck: self.struck > 0,
        }
    }

    fn text(&mut self, text: &str, at: usize) {
        if let Some(Frame::AnchorLink) = self.stack.last() {
            if is_permalink_glyph(text) {
                return;
            }
        }
        let style = self.style();
        if let Some(sink) = self.sink() {
            sink.push(text, at, style);
        }
    }

    fn space(&mut self) {
        if let Some(sink) = self.sink() {
            sink.push_space();
        }
    }

    /// Where the text of the innermost container goes, if anywhere.
    fn sink(&mut self) -> Option<&mut Inline> {
        let mut innermost = None;
        for frame in self.stack.iter().rev() {
            if !matches!(frame, Frame::Inline | Frame::AnchorLink | Frame::Through) {
                innermost = Some(frame);
                break;
            }
        }
        match *innermost? {
            Frame::Block(block) => match self.outline.blocks.get_mut(block)? {
                Block::Heading(heading) => Some(&mut heading.text),
                Block::Paragraph { text, .. } => Some(text),
                Block::List { .. } | Block::Other => None,
            },
            Frame::Item(item) => Some(&mut self.outline.items.get_mut(item)?.own),
            Frame::List(_) | Frame::Skip | Frame::Inline | Frame::AnchorLink | Frame::Through => {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(outline: &Outline) -> Vec<(u8, String)> {
        outline
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Heading(h) => Some((h.level, h.text.plain())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_headings_paragraphs_and_lists_in_order() {
        let page =
            "# Errors {#errors}\n\nSome *prose*.\n\n## 10xx - General\n### -1003 `TOO_MANY`\n \
            * Too many requests queued.\n * Too much weight;\n   - nested **detail**\n\n\
            ```json\n{}\n```\n\n> quoted\n\n---\n";
        let outline = parse(page);
        assert_eq!(
            headings(&outline),
            [
                (1, "Errors".to_owned()),
                (2, "10xx - General".to_owned()),
                (3, "-1003 TOO_MANY".to_owned())
            ]
        );
        let kinds: Vec<&str> = outline
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(_) => "h",
                Block::Paragraph { .. } => "p",
                Block::List { .. } => "l",
                Block::Other => "o",
            })
            .collect();
        assert_eq!(kinds, ["h", "p", "h", "h", "l", "o", "o", "o"]);
        let Some(Block::List { items }) = outline.blocks.get(4) else {
            panic!("a list")
        };
        assert_eq!(items.len(), 2, "top-level items only");
        assert_eq!(outline.full_text(items[0]), "Too many requests queued.");
        assert_eq!(
            outline.full_text(items[1]),
            "Too much weight; nested detail"
        );
        assert_eq!(outline.items.len(), 3);
    }

    #[test]
    fn permalinks_in_headings_are_no_text() {
        // VuePress's `#` before the text (as crawled), Docusaurus's zero-width link after
        // it, a pilcrow; a link to an anchor with words in it is still text.
        let page = "## [#](#label-list) `label` list\n\n\
            ### -1001 DISCONNECTED[\u{200b}](#-1001 \"Direct link\")\n\n\
            #### Codes [\u{b6}](#codes)\n\n\
            ## See [the limits](#limits)\n\n\
            - [#](#a) `10000` Url not found.\n";
        let outline = parse(page);
        assert_eq!(
            headings(&outline),
            [
                (2, "label list".to_owned()),
                (3, "-1001 DISCONNECTED".to_owned()),
                (4, "Codes".to_owned()),
                (2, "See the limits".to_owned()),
            ]
        );
        let Some(Block::Heading(first)) = outline.blocks.first() else {
            panic!("a heading")
        };
        let spans = &first.text.code_spans;
        assert_eq!(
            (spans.len(), spans.first()),
            (1, Some(&(1..6))),
            "{:?}",
            first.text.text
        );
        assert_eq!(first.text.page_offset(1), page.find("`label`").unwrap());
        assert_eq!(outline.full_text(0), "10000 Url not found.");
    }

    #[test]
    fn code_spans_and_offsets_are_kept() {
        let page = "## `index_not_found` here\n";
        let outline = parse(page);
        let Some(Block::Heading(heading)) = outline.blocks.first() else {
            panic!("a heading")
        };
        assert_eq!(heading.text.text, "index_not_found here");
        assert_eq!(heading.text.code_spans, vec![(0..15)]);
        assert_eq!(heading.text.page_offset(0), 3, "the backtick");
        assert_eq!(heading.text.page_offset(16), 21, "`here`");
    }

    #[test]
    fn titles_are_short_bold_text_without_a_sentence_end() {
        let title = |page: &str| match parse(page).blocks.first() {
            Some(Block::Paragraph { text, .. }) => text.is_title(),
            _ => panic!("a paragraph"),
        };
        assert!(title("**Error Message**\n"));
        assert!(title("**错误信息**\n"));
        assert!(title("__Possible Causes__\n"));
        assert!(!title("**Invalid API key.**\n"));
        assert!(!title("**参数错误。**\n"));
        assert!(!title("**Causes**:\n"), "a label");
        assert!(!title("**The key has been revoked by its owner**\n"));
        assert!(!title("**Error** Message\n"));
        assert!(
            !title("**Message:** **Invalid key**\n"),
            "a label, then the message"
        );
        assert!(!title("Error Message\n"));
    }

    #[test]
    fn a_code_span_alone_on_the_first_line_is_a_definition() {
        let definition = |page: &str| match parse(page).blocks.first() {
            Some(Block::Paragraph { text, .. }) => text
                .definition_at()
                .map(|at| text.text.get(at..).unwrap_or_default().to_owned()),
            _ => None,
        };
        // Matrix's error codes, before and after its definition-list colons.
        assert_eq!(
            definition("`M_FORBIDDEN`\nForbidden access.\n"),
            Some("Forbidden access.".to_owned())
        );
        assert_eq!(
            definition("`M_NOT_JSON`  \n: Not JSON.\n"),
            Some(": Not JSON.".to_owned())
        );
        assert_eq!(definition("`M_FORBIDDEN` is sent when\nforbidden.\n"), None);
        assert_eq!(definition("`M_FORBIDDEN`\n"), None, "no definition");
        assert_eq!(definition("See `M_FORBIDDEN`\nbelow.\n"), None);
        // Kramdown's definition lists of bare integer terms.
        assert_eq!(
            definition("400\n: Bad request.\n"),
            Some(": Bad request.".to_owned())
        );
        assert_eq!(
            definition("-1121\nInvalid symbol.\n"),
            Some("Invalid symbol.".to_owned())
        );
        assert_eq!(definition("400 Bad\nrequest.\n"), None);
        assert_eq!(definition("400\n"), None, "no definition");
    }

    #[test]
    fn labels_are_bold_text_ending_in_a_colon() {
        let label = |page: &str| match parse(page).blocks.first() {
            Some(Block::Paragraph { text, .. }) => text.is_label(),
            _ => panic!("a paragraph"),
        };
        assert!(label("**Causes**:\n"));
        assert!(label("**Example:**\n"));
        assert!(!label("**Causes**: many\n"));
        assert!(!label("The reasons are:\n"));
        assert!(!label("**Bold** text\n"));
    }

    #[test]
    fn labels_leading_a_paragraph_end_where_its_text_starts() {
        let after = |page: &str| match parse(page).blocks.first() {
            Some(Block::Paragraph { text, .. }) => text
                .after_label()
                .map(|at| text.text.get(at..).unwrap_or_default().to_owned()),
            _ => panic!("a paragraph"),
        };
        assert_eq!(
            after("**Message:** Internal error\n").as_deref(),
            Some(" Internal error")
        );
        assert_eq!(after("**Cause**: gone\n").as_deref(), Some(" gone"));
        assert_eq!(after("__Message:__ x\n").as_deref(), Some(" x"));
        assert_eq!(after("**Causes**:\n"), None, "a label alone");
        assert_eq!(after("**Bold** text\n"), None);
        assert_eq!(after("Message: text\n"), None, "not bold");
        assert_eq!(after("**:** text\n"), None, "no label text");
        assert_eq!(after("text **Message:** more\n"), None, "not leading");
    }

    #[test]
    fn items_of_loose_lists_and_html_breaks_are_spaced() {
        let page = "- `10000` Url\n  not found.\n\n  Second paragraph.<br>End\n";
        let outline = parse(page);
        assert_eq!(
            outline.full_text(0),
            "10000 Url not found. Second paragraph. End"
        );
    }
}
