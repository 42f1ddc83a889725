//! MDX pages (`.mdx`: Docusaurus, Mintlify, Nextra): the lines that are JSX or ESM, not
//! Markdown.
//!
//! In MDX a line that is one component tag (`<ManualAnchor id="x" />`, `<Tabs>`,
//! `</TabItem>`), an `import` / `export` line that starts a block or a `{/* comment */}` is a
//! block of its own. To a CommonMark parser such a tag opens an HTML block that runs to the
//! next blank line and swallows the heading or the table header under it (Discord's page puts
//! an anchor component right above each `######` heading). Those lines are blanked, as the front
//! matter is, so that the rest reads as the site renders it with the same line numbers.
//! Lowercase tags are HTML (`<table>`, `<br/>`) and are left to the HTML reader; the JSX
//! space `{' '}` in text (in a cell of such a table) is a space; fenced code is left alone.

use std::borrow::Cow;

/// Whether `path` names an MDX page.
pub fn is_mdx(path: &std::path::Path) -> bool {
    // `match` rather than adaptors with closures in this module: each closure is one more
    // instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    match path.extension() {
        Some(extension) => extension.eq_ignore_ascii_case("mdx"),
        None => false,
    }
}

/// `page` with its JSX and ESM lines turned into spaces (line breaks kept).
pub fn blank_jsx_lines(page: &str) -> Cow<'_, str> {
    let mut blanked: Option<String> = None;
    let mut fence: Option<(u8, usize)> = None;
    let mut at = 0;
    // Whether the line starts a block: ESM does, never a paragraph's next line.
    let mut block_start = true;
    for line in page.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        fence = next_fence(fence, content);
        let blank = fence.is_none() && (is_jsx(content) || (block_start && is_esm(content)));
        if blank {
            let spaces = " ".repeat(content.len());
            copy(&mut blanked, page).replace_range(at..at + content.len(), &spaces);
        } else if fence.is_none() {
            for start in jsx_spaces(content) {
                copy(&mut blanked, page).replace_range(at + start..at + start + 5, "     ");
            }
        }
        block_start = blank || content.trim().is_empty();
        at += line.len();
    }
    match blanked {
        Some(blanked) => Cow::Owned(blanked),
        None => Cow::Borrowed(page),
    }
}

/// The page being blanked, copied at its first change.
fn copy<'a>(blanked: &'a mut Option<String>, page: &str) -> &'a mut String {
    blanked.get_or_insert_with(|| page.to_owned())
}

/// Where `line` has the JSX space `{' '}` or `{" "}` (Prettier writes one where a line of
/// JSX text is broken): five bytes each, replaced by five spaces.
fn jsx_spaces(line: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    for &expression in &["{' '}", "{\" \"}"] {
        for (start, _) in line.match_indices(expression) {
            starts.push(start);
        }
    }
    starts
}

/// The fence open after `line` (its character and length), given the one open before it.
fn next_fence(open: Option<(u8, usize)>, line: &str) -> Option<(u8, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = line.trim_start_matches(' ');
    let marker = match rest.bytes().next() {
        Some(b @ (b'`' | b'~')) => Some(b),
        _ => None,
    };
    let run = match marker {
        Some(m) => rest.len() - rest.trim_start_matches(char::from(m)).len(),
        None => 0,
    };
    let is_fence = indent <= 3 && run >= 3;
    match (open, marker) {
        // A closing fence: the same character, at least as long, nothing after it.
        (Some((c, len)), _) => {
            let tail_is_empty = rest.get(run..).unwrap_or_default().trim().is_empty();
            let closes = is_fence && marker == Some(c) && run >= len && tail_is_empty;
            (!closes).then_some((c, len))
        }
        (None, Some(m)) if is_fence => Some((m, run)),
        (None, _) => None,
    }
}

/// An `import` or `export` statement, when it starts a block.
fn is_esm(line: &str) -> bool {
    line.starts_with("import ") || line.starts_with("export ")
}

/// A line that MDX reads as a JSX flow element alone or a comment.
fn is_jsx(line: &str) -> bool {
    let trimmed = line.trim();
    (trimmed.starts_with("{/*") && trimmed.ends_with("*/}")) || is_component_tag(trimmed)
}

/// `<Name ...>`, `<Name ... />` or `</Name>` with a capitalized (component) name, and
/// nothing else on the line.
fn is_component_tag(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('<') else {
        return false;
    };
    let Some(inner) = inner.strip_suffix('>') else {
        return false;
    };
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let starts_capitalized = matches!(name.bytes().next(), Some(b'A'..=b'Z'));
    // One tag: no other tag opens or closes inside it.
    starts_capitalized && !inner.contains(['<', '>'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn component_lines_are_blanked_with_their_lengths() {
        let page =
            "import X from '/x.jsx'\n\n<Anchor id=\"a\" />\n###### Codes\n\n| Code | Meaning |\n";
        let blanked = blank_jsx_lines(page);
        assert_eq!(blanked.len(), page.len());
        let lines: Vec<&str> = blanked.lines().collect();
        assert_eq!(lines[0].trim(), "");
        assert_eq!(lines[2].trim(), "");
        assert_eq!(lines[3], "###### Codes");
        assert_eq!(lines[5], "| Code | Meaning |");
    }

    #[test]
    fn html_prose_and_fenced_code_are_kept() {
        let page = "<table>\n<br/>\nText <Inline /> here\n```mdx\n<Tabs>\n```\n<Tabs>\n</Tabs>\n{/* note */}\n";
        let blanked = blank_jsx_lines(page);
        let lines: Vec<&str> = blanked.lines().collect();
        assert_eq!(
            &lines[..6],
            [
                "<table>",
                "<br/>",
                "Text <Inline /> here",
                "```mdx",
                "<Tabs>",
                "```"
            ]
        );
        assert!(
            lines[6..].iter().all(|line| line.trim().is_empty()),
            "{lines:?}"
        );
        assert!(matches!(blank_jsx_lines("| 1 | a |\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_fence_closes_only_on_its_own_character_and_length() {
        let page = "````\n```\n<Tabs>\n````\n<Tabs>\n~~~\n<Tabs>\n```\n~~~\n<Tabs>\n";
        let blanked = blank_jsx_lines(page);
        let kept: Vec<usize> = blanked
            .lines()
            .enumerate()
            .filter(|(_, line)| *line == "<Tabs>")
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(kept, [3, 7]);
    }

    #[test]
    fn jsx_spaces_are_spaces() {
        let page = "<td>Service unavailable{' '}<br/>retry{\" \"}later</td>\n```\n{' '}\n```\n";
        let blanked = blank_jsx_lines(page);
        assert_eq!(blanked.len(), page.len());
        let lines: Vec<&str> = blanked.lines().collect();
        assert_eq!(
            lines[0],
            "<td>Service unavailable     <br/>retry     later</td>"
        );
        assert_eq!(lines[2], "{' '}", "fenced code is left alone");
    }

    #[test]
    fn esm_only_where_a_block_starts() {
        let page = "import A from 'a'\nimport B from 'b'\n\nCheck the\nimport settings.\n";
        let blanked = blank_jsx_lines(page);
        let lines: Vec<&str> = blanked.lines().collect();
        assert!(lines[0].trim().is_empty() && lines[1].trim().is_empty());
        assert_eq!(&lines[3..], ["Check the", "import settings."]);
    }

    #[test]
    fn only_mdx_files() {
        assert!(is_mdx(std::path::Path::new("docs/errors.MDX")));
        assert!(!is_mdx(std::path::Path::new("docs/errors.md")));
    }
}
