//! What an edit of the docs does to the generated API: the entries of the old and the new
//! spec, matched by code (and by name, for a code that moved).

use kaiko_errors_codegen::{Code, ErrorRow};

/// One change, and whether it breaks callers.
pub struct Change {
    pub text: String,
    pub breaks: bool,
}

/// The changes from `old` to `new`, in the new page's order, removals last.
pub fn changes(old: &[ErrorRow], new: &[ErrorRow], non_exhaustive: bool) -> Vec<Change> {
    let mut changes = Vec::new();
    for row in new {
        match old.iter().find(|old| old.code == row.code) {
            Some(before) => changes.extend(edits(before, row)),
            None => match old
                .iter()
                .find(|old| old.name == row.name && !new.iter().any(|n| n.code == old.code))
            {
                Some(before) => changes.push(Change {
                    text: format!(
                        "moved    `{}`: code {} -> {} (callers matching on the code or \
                         sending it get another variant)",
                        row.name,
                        code(&before.code),
                        code(&row.code)
                    ),
                    breaks: true,
                }),
                None => changes.push(added(row, non_exhaustive)),
            },
        }
    }
    for row in old {
        let kept = new
            .iter()
            .any(|new| new.code == row.code || new.name == row.name);
        if !kept {
            changes.push(Change {
                text: format!(
                    "removed  `{}` (code {}): callers naming it no longer compile",
                    row.name,
                    code(&row.code)
                ),
                breaks: true,
            });
        }
    }
    changes
}

fn added(row: &ErrorRow, non_exhaustive: bool) -> Change {
    let consequence = if non_exhaustive {
        "compatible: the enum is #[non_exhaustive]"
    } else {
        "breaks exhaustive matches (compatible if the enum is #[non_exhaustive]: pass \
         --non-exhaustive)"
    };
    Change {
        text: format!(
            "added    `{}` (code {}): {consequence}",
            row.name,
            code(&row.code)
        ),
        breaks: !non_exhaustive,
    }
}

/// The changes of one code present in both.
fn edits(before: &ErrorRow, after: &ErrorRow) -> Vec<Change> {
    let code = code(&after.code);
    let mut changes = Vec::new();
    if before.name != after.name {
        changes.push(Change {
            text: format!(
                "renamed  code {code}: `{}` -> `{}`: callers naming `{}` no longer compile; \
                 keep the old name with `rename({} = \"{}\")` (CLI: `--rename {}={}`)",
                before.name,
                after.name,
                before.name,
                rename_literal(&after.code),
                before.name,
                code,
                before.name
            ),
            breaks: true,
        });
    }
    if before.status != after.status {
        changes.push(Change {
            text: format!(
                "status   `{}` (code {code}): HTTP {} -> {}: `status()` returns another \
                 status, and callers that map statuses to it see another",
                after.name,
                status(before.status),
                status(after.status)
            ),
            breaks: true,
        });
    }
    changes.extend(text_edit(before, after, &code));
    if before.deprecated != after.deprecated {
        let now = if after.deprecated {
            "struck through: now #[deprecated] (callers get a warning)"
        } else {
            "no longer struck through: no longer #[deprecated]"
        };
        changes.push(Change {
            text: format!("retired  `{}` (code {code}): {now}: compatible", after.name),
            breaks: false,
        });
    }
    changes
}

/// An edit of what the docs say of a code (compatible): its first message, else another
/// of its messages (heading and list pages have several), else its detail; said by what
/// differs, so that the two sides of a line never read the same.
fn text_edit(before: &ErrorRow, after: &ErrorRow, code: &str) -> Option<Change> {
    let name = &after.name;
    let text = if before.message != after.message {
        format!(
            "message  `{name}` (code {code}): {:?} -> {:?}",
            before.message, after.message
        )
    } else if before.messages != after.messages {
        let (old, new) = (&before.messages, &after.messages);
        let at = old.iter().zip(new).position(|(a, b)| a != b);
        match at {
            Some(i) => format!(
                "message  `{name}` (code {code}): message {} of {}: {:?} -> {:?}",
                i + 1,
                new.len(),
                old.get(i).map_or("", String::as_str),
                new.get(i).map_or("", String::as_str)
            ),
            // One list is the other with more at its end.
            None if new.len() > old.len() => format!(
                "message  `{name}` (code {code}): message {} added: {:?}",
                old.len() + 1,
                new.get(old.len()).map_or("", String::as_str)
            ),
            None => format!(
                "message  `{name}` (code {code}): message {} removed: {:?}",
                new.len() + 1,
                old.get(new.len()).map_or("", String::as_str)
            ),
        }
    } else if before.detail != after.detail {
        format!(
            "detail   `{name}` (code {code}): {:?} -> {:?}",
            before.detail.as_deref().unwrap_or_default(),
            after.detail.as_deref().unwrap_or_default()
        )
    } else {
        return None;
    };
    Some(Change {
        text: format!("{text}: compatible"),
        breaks: false,
    })
}

/// The last line: the verdict.
pub fn verdict(changes: &[Change]) -> String {
    let breaking = changes.iter().filter(|change| change.breaks).count();
    match (changes.len(), breaking) {
        (0, _) => "compatible: no change to the generated API".to_owned(),
        (all, 0) => format!("compatible: {all} change(s), none breaks callers"),
        (all, breaking) => format!("breaking: {breaking} of {all} change(s) break callers"),
    }
}

fn code(code: &Code) -> String {
    match code {
        Code::Str(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A code as a literal of `rename(...)`.
fn rename_literal(code: &Code) -> String {
    match code {
        Code::Str(text) => format!("{text:?}"),
        other => other.to_string(),
    }
}

fn status(status: Option<u16>) -> String {
    status.map_or_else(|| "none".to_owned(), |status| status.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(messages: &[&str], detail: Option<&str>) -> ErrorRow {
        ErrorRow {
            code: Code::Integer(-1128),
            status: None,
            name: "BadCombo".into(),
            message: messages.first().copied().unwrap_or_default().into(),
            messages: messages.iter().map(|m| (*m).to_owned()).collect(),
            reason: String::new(),
            detail: detail.map(str::to_owned),
            line: 1,
            deprecated: false,
        }
    }

    fn edit(before: &ErrorRow, after: &ErrorRow) -> Option<String> {
        text_edit(before, after, "-1128").map(|change| change.text)
    }

    #[test]
    fn a_text_edit_says_what_differs() {
        let base = row(&["A.", "B."], None);
        assert_eq!(edit(&base, &base), None);
        assert_eq!(
            edit(&base, &row(&["A!", "B."], None)).as_deref(),
            Some("message  `BadCombo` (code -1128): \"A.\" -> \"A!\": compatible")
        );
        assert_eq!(
            edit(&base, &row(&["A.", "C."], None)).as_deref(),
            Some("message  `BadCombo` (code -1128): message 2 of 2: \"B.\" -> \"C.\": compatible")
        );
        assert_eq!(
            edit(&base, &row(&["A.", "B.", "C."], None)).as_deref(),
            Some("message  `BadCombo` (code -1128): message 3 added: \"C.\": compatible")
        );
        assert_eq!(
            edit(&base, &row(&["A."], None)).as_deref(),
            Some("message  `BadCombo` (code -1128): message 2 removed: \"B.\": compatible")
        );
        assert_eq!(
            edit(&base, &row(&["A.", "B."], Some("Retry."))).as_deref(),
            Some("detail   `BadCombo` (code -1128): \"\" -> \"Retry.\": compatible")
        );
    }
}
