//! `section = "HEADING"`: only the part of a page under one heading is read.
//!
//! The heading is found by its plain text (whitespace collapsed, compared
//! case-insensitively), or, for pages that repeat a subsection name, by the path of
//! headings above it (`Spot Trade / Orders`). Its part runs from its line up to the next
//! heading of the same or a higher level. Positions stay those of the whole file: the
//! readers read the whole page and keep what stands on the section's lines.

use crate::markdown::LineIndex;
use crate::model::SpecError;
use crate::outline::{Block, Outline};

/// How many headings an error lists when none matches.
const LISTED: usize = 12;

/// The lines of the section: from its heading's line up to (not including) the next
/// heading of the same or a higher level, or to the end of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lines {
    pub first: usize,
    pub end: Option<usize>,
}

impl Lines {
    pub fn contains(&self, line: usize) -> bool {
        match self.end {
            Some(end) => line >= self.first && line < end,
            None => line >= self.first,
        }
    }
}

/// A heading of the page as `section` matches it.
struct PageHeading {
    level: u8,
    text: String,
    line: usize,
}

/// The lines of the section `wanted` names, or why there is not exactly one.
pub fn find(page: &str, outline: &Outline, wanted: &str) -> Result<Lines, SpecError> {
    let index = LineIndex::new(page);
    let mut headings = Vec::new();
    for block in &outline.blocks {
        if let Block::Heading(heading) = block {
            headings.push(PageHeading {
                level: heading.level,
                text: heading.text.plain(),
                line: index.position(heading.at).line,
            });
        }
    }
    let key = normalize(wanted);
    let mut found = Vec::new();
    for (i, heading) in headings.iter().enumerate() {
        if normalize(&heading.text) == key {
            found.push(i);
        }
    }
    if found.is_empty() && wanted.contains('/') {
        let mut steps = Vec::new();
        for step in wanted.split('/') {
            steps.push(normalize(step));
        }
        for i in 0..headings.len() {
            if is_at_path(&headings, i, &steps) {
                found.push(i);
            }
        }
    }
    match found.as_slice() {
        [one] => Ok(lines_of(&headings, *one)),
        [] => Err(not_found(&headings, wanted)),
        [first, second, ..] => Err(two_headings(&headings, wanted, *first, *second)),
    }
}

fn two_headings(headings: &[PageHeading], wanted: &str, first: usize, second: usize) -> SpecError {
    SpecError::about_section(format!(
        "`section = \"{wanted}\"`: two headings have this text, at lines {} and {}; name one \
         by the headings above it, such as `section = \"{} / {wanted}\"` or `section = \"{} / \
         {wanted}\"`",
        heading_line(headings, first),
        heading_line(headings, second),
        parent(headings, first),
        parent(headings, second)
    ))
}

// Plain functions and loops rather than closures and `Option` adaptors here: each closure
// is one more instance of the adaptor compiled into the crate (compile time, BENCHMARKS.md).

fn heading_line(headings: &[PageHeading], i: usize) -> usize {
    match headings.get(i) {
        Some(heading) => heading.line,
        None => 0,
    }
}

/// The heading heading `i`'s part is inside: what a path names it by.
fn parent(headings: &[PageHeading], i: usize) -> String {
    if let Some(heading) = headings.get(i) {
        for above in headings.get(..i).unwrap_or_default().iter().rev() {
            if above.level < heading.level {
                return above.text.clone();
            }
        }
    }
    "PARENT".to_owned()
}

/// Plain text as `section` compares it: whitespace collapsed, lower case.
fn normalize(text: &str) -> String {
    crate::markdown::collapse_whitespace(text).to_lowercase()
}

/// Whether heading `at` is the last step of `steps`, each earlier step a heading above it
/// whose part it is inside (of a higher level, with no heading of that level or higher
/// between them).
fn is_at_path(headings: &[PageHeading], at: usize, steps: &[String]) -> bool {
    let Some((last, before)) = steps.split_last() else {
        return false;
    };
    let Some(heading) = headings.get(at) else {
        return false;
    };
    if normalize(&heading.text) != *last {
        return false;
    }
    if before.is_empty() {
        return true;
    }
    // The headings whose part `at` is inside: walking back, each of a higher level than
    // the last one kept.
    let mut level = heading.level;
    let mut remaining = before;
    for i in (0..at).rev() {
        let Some(above) = headings.get(i) else {
            continue;
        };
        if above.level >= level {
            continue;
        }
        level = above.level;
        if let Some((step, rest)) = remaining.split_last() {
            if normalize(&above.text) == *step {
                remaining = rest;
                if remaining.is_empty() {
                    return true;
                }
            }
        }
    }
    false
}

fn lines_of(headings: &[PageHeading], at: usize) -> Lines {
    let (level, first) = match headings.get(at) {
        Some(heading) => (heading.level, heading.line),
        None => (1, 1),
    };
    let mut end = None;
    for heading in headings.get(at + 1..).unwrap_or_default() {
        if heading.level <= level {
            end = Some(heading.line);
            break;
        }
    }
    Lines { first, end }
}

fn not_found(headings: &[PageHeading], wanted: &str) -> SpecError {
    if headings.is_empty() {
        return SpecError::about_section(format!(
            "`section = \"{wanted}\"`: the page has no headings; drop `section`"
        ));
    }
    let mut listed = String::new();
    for h in headings.iter().take(LISTED) {
        let separator = if listed.is_empty() { "" } else { ", " };
        listed.push_str(&format!("{separator}line {}: `{}`", h.line, h.text));
    }
    let more = headings.len().saturating_sub(LISTED);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let suggestion = match closest(headings, wanted) {
        Some(h) => format!("; did you mean `{}` (line {})?", h.text, h.line),
        None => String::new(),
    };
    SpecError::about_section(format!(
        "`section = \"{wanted}\"`: no heading has this text (compared case-insensitively); \
         the page's headings: {listed}{more}{suggestion}"
    ))
}

/// The heading nearest to `wanted`, when it is near: a few edits for a short name, about
/// one in four characters for a long one. The least far heading alone is no suggestion.
fn closest<'h>(headings: &'h [PageHeading], wanted: &str) -> Option<&'h PageHeading> {
    let wanted = normalize(wanted);
    let limit = (wanted.chars().count() / 4).clamp(1, 4);
    let mut best = None;
    let mut least = limit + 1;
    for h in headings {
        let distance = edit_distance(&normalize(&h.text), &wanted);
        // The first of the least far wins a tie, as `min_by_key` keeps it.
        if distance < least {
            best = Some(h);
            least = distance;
        }
    }
    best
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            // Both rows have `b.len() + 1` cells: these are always there.
            let (Some(&diagonal), Some(&above), Some(&left)) =
                (previous.get(j), previous.get(j + 1), current.get(j))
            else {
                continue;
            };
            let substitution = diagonal + usize::from(ca != *cb);
            let deletion = above + 1;
            let insertion = left + 1;
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = substitution.min(deletion).min(insertion);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline;

    const PAGE: &str = "# Errors\n\n## HTTP Code\n\n| Code | Description |\n\n\
        ## UTA\n\ntext\n\n### Orders\n\nuta orders\n\n## Spot Trade\n\n### Orders\n\n\
        spot orders\n\n#### Detail\n\n## Asset\n";

    fn find_in(page: &str, wanted: &str) -> Result<Lines, String> {
        find(page, &outline::parse(page), wanted).map_err(|e| e.render("p.md"))
    }

    #[test]
    fn a_section_runs_to_the_next_heading_of_its_level_or_higher() {
        assert_eq!(
            find_in(PAGE, "uta"),
            Ok(Lines {
                first: 7,
                end: Some(15)
            })
        );
        assert_eq!(
            find_in(PAGE, "  Spot   TRADE "),
            Ok(Lines {
                first: 15,
                end: Some(23)
            })
        );
        assert_eq!(
            find_in(PAGE, "Asset"),
            Ok(Lines {
                first: 23,
                end: None
            })
        );
        assert_eq!(
            find_in(PAGE, "Spot Trade / Orders"),
            Ok(Lines {
                first: 17,
                end: Some(23)
            })
        );
        assert_eq!(
            find_in(PAGE, "Errors / UTA / Orders"),
            Ok(Lines {
                first: 11,
                end: Some(15)
            })
        );
        assert!(find_in(PAGE, "UTA / Detail").is_err());
    }

    #[test]
    fn two_headings_or_none_are_errors() {
        let two = find_in(PAGE, "Orders").unwrap_err();
        assert_eq!(
            two,
            "p.md: `section = \"Orders\"`: two headings have this text, at lines 11 and 17; \
             name one by the headings above it, such as `section = \"UTA / Orders\"` or \
             `section = \"Spot Trade / Orders\"`"
        );
        let none = find_in(PAGE, "Aset").unwrap_err();
        assert!(
            none.contains("line 3: `HTTP Code`, line 7: `UTA`"),
            "{none}"
        );
        assert!(none.ends_with("did you mean `Asset` (line 23)?"), "{none}");
        let far = find_in(PAGE, "Wallet").unwrap_err();
        assert!(!far.contains("did you mean"), "{far}");
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("asset", "aset"), 1);
        assert_eq!(edit_distance("asset", "asets"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("uta", "uta"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
