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
    if before.messages != after.messages || before.detail != after.detail {
        changes.push(Change {
            text: format!(
                "message  `{}` (code {code}): {:?} -> {:?}: compatible",
                after.name, before.message, after.message
            ),
            breaks: false,
        });
    }
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
