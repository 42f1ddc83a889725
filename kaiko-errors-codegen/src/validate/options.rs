//! Validation of the options against each other (before the spec is read) and of the
//! `rename` and `retryable` codes against the table (after): every problem is reported,
//! each on the option it is about.

use crate::diagnostic::{Argument, Diagnostic};
use crate::model::{Code, CodeKind, Columns, Layout, Tables};
use crate::options::{CodeValue, EnvelopeOptions, Options};

/// The options once checked: what the later stages read.
pub struct Checked {
    pub kind: CodeKind,
    pub layout: Layout,
    pub tables: Tables,
    pub columns: Columns,
    /// `(code, name)` of each rename, in the order written.
    pub renames: Vec<(Code, String)>,
    pub retryable: Vec<Code>,
    pub runtime: Option<proc_macro2::TokenStream>,
}

pub fn check(options: &Options) -> Result<Checked, Vec<Diagnostic>> {
    let mut errors = table_only_arguments(options);
    let kind = options.codes;
    errors.extend(status_only_arguments(options));
    let mut rename_codes = Vec::with_capacity(options.renames.len());
    for rename in &options.renames {
        rename_codes.push(&rename.code);
    }
    let renames = codes(&rename_codes, kind, Argument::RenameCode, &mut errors);
    errors.extend(renamed_twice(options, &renames));
    errors.extend(rename_names(options));
    let mut retryable_codes = Vec::with_capacity(options.retryable.len());
    for code in &options.retryable {
        retryable_codes.push(code);
    }
    let retryable = codes(&retryable_codes, kind, Argument::Retryable, &mut errors);
    // `match` rather than adaptors with closures: each closure is one more instance of its
    // adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let runtime = match options.runtime.as_deref() {
        Some(path) => runtime_path(path),
        None => None,
    };
    if options.runtime.is_some() && runtime.is_none() {
        errors.push(Diagnostic::argument(
            Argument::Crate,
            "`crate` takes the path of the kaiko-errors crate as your Cargo.toml names it, \
             such as \"my_errors\" or \"crate::deps::errors\"",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Checked {
        kind,
        layout: options.layout,
        tables: options.tables.unwrap_or_default(),
        columns: columns(options),
        renames: pinned_names(renames, options),
        retryable: fitting(retryable),
        runtime,
    })
}

/// The codes that fit the table.
fn fitting(codes: Vec<Option<Code>>) -> Vec<Code> {
    let mut fitting = Vec::with_capacity(codes.len());
    for code in codes {
        fitting.extend(code);
    }
    fitting
}

/// `(code, name)` of each rename whose code fits the table.
fn pinned_names(codes: Vec<Option<Code>>, options: &Options) -> Vec<(Code, String)> {
    let mut pinned = Vec::with_capacity(codes.len());
    for (code, rename) in codes.into_iter().zip(&options.renames) {
        if let Some(code) = code {
            pinned.push((code, rename.name.clone()));
        }
    }
    pinned
}

fn columns(options: &Options) -> Columns {
    let defaults = Columns::default();
    Columns {
        code: options.code_column.clone().unwrap_or(defaults.code),
        message: options.message_column.clone().unwrap_or(defaults.message),
        detail: options.detail_column.clone(),
        name: options.name_column.clone(),
        status: options.status_column.clone(),
    }
}

/// The options that name table columns, given with a layout that has no table.
fn table_only_arguments(options: &Options) -> Vec<Diagnostic> {
    let layout = options.layout;
    if layout == Layout::Table {
        return Vec::new();
    }
    let place = match layout {
        Layout::List => "each list item",
        Layout::Table | Layout::Headings => "each heading",
    };
    let given = [
        (
            "code_column",
            options.code_column.is_some(),
            Argument::CodeColumn,
        ),
        (
            "message_column",
            options.message_column.is_some(),
            Argument::MessageColumn,
        ),
        (
            "detail_column",
            options.detail_column.is_some(),
            Argument::DetailColumn,
        ),
        (
            "name_column",
            options.name_column.is_some(),
            Argument::NameColumn,
        ),
        // `status_column` names a labelled field under each entry instead
        // (`**HTTP Status:** 401`): no table needed.
        ("tables", options.tables.is_some(), Argument::Tables),
    ];
    let mut errors = Vec::new();
    for (name, given, argument) in given {
        if !given {
            continue;
        }
        errors.push(Diagnostic::argument(
            argument,
            format!(
                "`{name}` is for tables: with `layout = \"{}\"` {place} starts with its \
                 code and the text after it is read; drop `{name}`, or read a table with \
                 `layout = \"table\"`",
                layout.name()
            ),
        ));
    }
    errors
}

/// The options for application codes, given with a status table.
fn status_only_arguments(options: &Options) -> Vec<Diagnostic> {
    if options.codes != CodeKind::Status {
        return Vec::new();
    }
    let mut errors = Vec::new();
    if options.status_column.is_some() {
        errors.push(Diagnostic::argument(
            Argument::StatusColumn,
            "`status_column` is for tables of application codes: with `codes = \"status\"` \
             (the default) the code column holds the statuses; write `codes = \"integer\"` \
             or `codes = \"string\"`, or drop `status_column`",
        ));
    }
    if let Some(EnvelopeOptions { code: Some(_), .. }) = &options.envelope {
        errors.push(Diagnostic::argument(
            Argument::Envelope(crate::diagnostic::EnvelopeKey::Code),
            "`code = ...` is for tables of application codes: a status table's code is the \
             response's status; write `codes = \"integer\"` or `codes = \"string\"`, or drop it",
        ));
    }
    errors
}

/// Each code checked against the kind; `None` where it does not fit (and an error).
fn codes(
    values: &[&CodeValue],
    kind: CodeKind,
    argument: fn(usize) -> Argument,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Option<Code>> {
    let mut codes = Vec::with_capacity(values.len());
    for (index, value) in values.iter().enumerate() {
        match code_of(value, kind) {
            Ok(code) => codes.push(Some(code)),
            Err(message) => {
                errors.push(Diagnostic::argument(argument(index), message));
                codes.push(None);
            }
        }
    }
    codes
}

/// The code a literal of `rename` or `retryable` names, in a table of `kind`.
fn code_of(value: &CodeValue, kind: CodeKind) -> Result<Code, String> {
    let wrong = |what: &str| {
        format!(
            "code {value} is {what}, but this table's codes are {}",
            match kind {
                CodeKind::Status =>
                    "HTTP statuses (`codes = \"status\"`): write a status such as 429",
                CodeKind::Integer =>
                    "integers (`codes = \"integer\"`): write an integer literal such as -1121",
                CodeKind::String =>
                    "strings (`codes = \"string\"`): write a string literal such as \"card_declined\"",
            }
        )
    };
    match (value, kind) {
        (CodeValue::Int(value), CodeKind::Status) => match u16::try_from(*value) {
            Ok(status) => Ok(Code::Status(status)),
            Err(_) => Err(wrong("not an HTTP status")),
        },
        (CodeValue::Int(value), CodeKind::Integer) => match i64::try_from(*value) {
            Ok(code) => Ok(Code::Integer(code)),
            Err(_) => Err(wrong("beyond i64")),
        },
        (CodeValue::Str(value), CodeKind::String) => Ok(Code::Str(value.clone())),
        (CodeValue::Int(_), CodeKind::String) => Err(wrong("an integer")),
        (CodeValue::Str(_), _) => Err(wrong("a string")),
    }
}

fn renamed_twice(options: &Options, codes: &[Option<Code>]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        let earlier = codes.get(..index).unwrap_or_default();
        if code.is_none() || !earlier.contains(code) {
            continue;
        }
        let written = match options.renames.get(index) {
            Some(rename) => rename.code.to_string(),
            None => String::new(),
        };
        errors.push(Diagnostic::argument(
            Argument::RenameCode(index),
            format!("code {written} is renamed twice"),
        ));
    }
    errors
}

fn rename_names(options: &Options) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for (index, rename) in options.renames.iter().enumerate() {
        if crate::naming::is_identifier(&rename.name) {
            continue;
        }
        errors.push(Diagnostic::argument(
            Argument::RenameName(index),
            format!(
                "`{}` is not a valid variant name for code {}: use a Rust identifier such as \
                 `TooManyRequests`",
                rename.name, rename.code
            ),
        ));
    }
    errors
}

/// The tokens of `crate = "..."`'s path (`my_errors`, `::deps::errors`, `crate::errors`),
/// or `None` when it is no path of identifiers.
pub fn runtime_path(path: &str) -> Option<proc_macro2::TokenStream> {
    let segments = path.trim().strip_prefix("::").unwrap_or(path.trim());
    for segment in segments.split("::") {
        let segment = segment.trim();
        let keyword = matches!(segment, "crate" | "self" | "super");
        if !keyword && !crate::naming::is_identifier(segment) {
            return None;
        }
    }
    path.parse().ok()
}

/// A `rename` or `retryable` of a code the table does not have, on its code.
pub fn codes_not_in_table(
    options: &Options,
    checked: &Checked,
    rows: &[crate::model::ErrorRow],
) -> Vec<Diagnostic> {
    let written = &options.spec;
    let mut errors = Vec::new();
    for (index, ((code, _), rename)) in checked.renames.iter().zip(&options.renames).enumerate() {
        if !in_table(rows, code) {
            errors.push(Diagnostic::argument(
                Argument::RenameCode(index),
                format!(
                    "`rename({} = \"{}\")`: code {} is not in the table of `{written}`",
                    rename.code, rename.name, rename.code
                ),
            ));
        }
    }
    for (index, (code, value)) in checked.retryable.iter().zip(&options.retryable).enumerate() {
        if !in_table(rows, code) {
            errors.push(Diagnostic::argument(
                Argument::Retryable(index),
                format!("`retryable({value})`: code {value} is not in the table of `{written}`"),
            ));
        }
    }
    errors
}

/// Whether a row of the table has `code`.
fn in_table(rows: &[crate::model::ErrorRow], code: &Code) -> bool {
    for row in rows {
        if row.code == *code {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorRow;
    use crate::options::Rename;

    fn problems(options: &Options) -> Vec<(Option<Argument>, String)> {
        check(options)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.argument, d.message))
            .collect()
    }

    fn rename(code: CodeValue, name: &str) -> Rename {
        Rename {
            code,
            name: name.into(),
        }
    }

    #[test]
    fn renames_are_checked_against_the_kind_and_each_other() {
        let mut options = Options::new("x.md");
        options.renames = vec![
            rename(CodeValue::Int(429), "TooMany"),
            rename(CodeValue::Int(429), "Again"),
            rename(CodeValue::Str("x".into()), "Str"),
            rename(CodeValue::Int(404), "not a name"),
        ];
        let found = problems(&options);
        let at: Vec<_> = found.iter().map(|(argument, _)| *argument).collect();
        assert_eq!(
            at,
            [
                Some(Argument::RenameCode(2)),
                Some(Argument::RenameCode(1)),
                Some(Argument::RenameName(3)),
            ]
        );
        assert!(found[0]
            .1
            .contains("code \"x\" is a string, but this table's codes are HTTP statuses"));
        assert_eq!(found[1].1, "code 429 is renamed twice");
        assert!(found[2]
            .1
            .starts_with("`not a name` is not a valid variant name for code 404"));
    }

    #[test]
    fn table_arguments_without_a_table_and_status_arguments_without_codes() {
        let mut options = Options::new("x.md");
        options.layout = Layout::Headings;
        options.code_column = Some("Code".into());
        options.status_column = Some("HTTP".into());
        let found = problems(&options);
        let at: Vec<_> = found.iter().map(|(argument, _)| *argument).collect();
        // `status_column` names a field under each heading: only a status table refuses it.
        assert_eq!(
            at,
            [Some(Argument::CodeColumn), Some(Argument::StatusColumn)]
        );
        assert!(found[0]
            .1
            .starts_with("`code_column` is for tables: with `layout = \"headings\"`"));
        assert!(found[1]
            .1
            .starts_with("`status_column` is for tables of application codes"));
        options.codes = CodeKind::String;
        let found = problems(&options);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Some(Argument::CodeColumn));
    }

    #[test]
    fn renames_and_retryable_codes_must_be_in_the_table() {
        let mut options = Options::new("x.md");
        options.codes = CodeKind::Integer;
        options.renames = vec![
            rename(CodeValue::Int(-1), "One"),
            rename(CodeValue::Int(-2), "Two"),
        ];
        options.retryable = vec![CodeValue::Int(-3), CodeValue::Int(-1)];
        let checked = check(&options).ok().unwrap();
        let row = ErrorRow {
            code: Code::Integer(-1),
            status: None,
            name: "One".into(),
            message: "m".into(),
            messages: vec!["m".into()],
            reason: "m".into(),
            detail: None,
            line: 3,
            deprecated: false,
        };
        let missing: Vec<_> = codes_not_in_table(&options, &checked, &[row])
            .into_iter()
            .map(|d| (d.argument, d.message))
            .collect();
        assert_eq!(
            missing,
            [
                (
                    Some(Argument::RenameCode(1)),
                    "`rename(-2 = \"Two\")`: code -2 is not in the table of `x.md`".to_owned()
                ),
                (
                    Some(Argument::Retryable(0)),
                    "`retryable(-3)`: code -3 is not in the table of `x.md`".to_owned()
                ),
            ]
        );
    }
}
