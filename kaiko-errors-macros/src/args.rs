//! The arguments of `#[error_table(...)]`.

use crate::model::{Code, CodeKind, Columns, Layout, Tables};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{LitInt, LitStr, Token};

/// What the attribute was given, with the spans diagnostics point at.
pub struct TableArgs {
    /// The `spec = "..."` literal: spec errors point here.
    pub spec: LitStr,
    pub kind: CodeKind,
    pub layout: Layout,
    /// `section = "..."`: the heading whose part of the page is read.
    pub section: Option<LitStr>,
    pub columns: Columns,
    pub tables: Tables,
    /// `envelope(...)`, when written.
    pub envelope: Option<EnvelopeArgs>,
    /// `retryable(CODE, ...)`, checked against the kind.
    pub retryable: Vec<(Code, CodeLit)>,
    /// `rename(CODE = "Name")`: names pinned by code, in the order written.
    pub renames: Vec<Rename>,
    /// `crate = "path"`: where the runtime crate is, when the dependency is renamed.
    pub runtime: Option<syn::Path>,
}

/// One pinned name: the code and the name, each with its span.
pub struct Rename {
    pub code: Code,
    pub code_lit: CodeLit,
    pub name: LitStr,
}

/// A code as written in `rename` or `retryable`: an integer (a sign allowed) or a string.
#[derive(Clone)]
pub struct CodeLit {
    pub value: CodeLitValue,
    /// The literal's tokens (with the sign): errors span them.
    pub tokens: TokenStream,
}

#[derive(Clone, PartialEq, Eq)]
pub enum CodeLitValue {
    Int(i128),
    Str(String),
}

impl std::fmt::Display for CodeLit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.value {
            CodeLitValue::Int(value) => write!(f, "{value}"),
            CodeLitValue::Str(value) => write!(f, "{value:?}"),
        }
    }
}

impl Parse for CodeLit {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            return Ok(CodeLit {
                value: CodeLitValue::Str(lit.value()),
                tokens: lit.to_token_stream(),
            });
        }
        let minus: Option<Token![-]> = input.parse()?;
        let lit: LitInt = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected a code: an integer such as 429 or -1121, or a string such as \"card_declined\"",
            )
        })?;
        let magnitude: i128 = lit.base10_parse()?;
        let mut tokens = minus.to_token_stream();
        lit.to_tokens(&mut tokens);
        Ok(CodeLit {
            value: CodeLitValue::Int(if minus.is_some() {
                -magnitude
            } else {
                magnitude
            }),
            tokens,
        })
    }
}

/// `envelope(code = "...", message = "...", data = "...", success(..), error(..))`.
pub struct EnvelopeArgs {
    pub data: Option<PathArg>,
    pub message: Option<PathArg>,
    pub code: Option<PathArg>,
    pub success: Option<MarkerArg>,
    pub error: Option<MarkerArg>,
}

/// A dotted path into the body, with its span.
#[derive(Clone)]
pub struct PathArg {
    pub path: String,
    pub span: Span,
}

/// `success(PATH = LITERAL)` or `error(PATH = LITERAL)`.
#[derive(Clone)]
pub struct MarkerArg {
    pub path: PathArg,
    pub value: MarkerValue,
}

#[derive(Clone, PartialEq, Eq)]
pub enum MarkerValue {
    Int(i64),
    Str(String),
    Bool(bool),
}

const ARGUMENTS: &str =
    "`spec`, `codes`, `layout`, `section`, `code_column`, `name_column`, `message_column`, \
    `detail_column`, `status_column`, `tables`, `envelope`, `retryable`, `rename` or `crate`";

/// The arguments as written, before they are checked against each other.
#[derive(Default)]
struct Written {
    spec: Option<LitStr>,
    codes: Option<LitStr>,
    layout: Option<LitStr>,
    section: Option<LitStr>,
    code_column: Option<LitStr>,
    name_column: Option<LitStr>,
    message_column: Option<LitStr>,
    detail_column: Option<LitStr>,
    status_column: Option<LitStr>,
    tables: Option<LitStr>,
    envelope: Option<EnvelopeArgs>,
    retryable: Option<Vec<CodeLit>>,
    renames: Option<Vec<(CodeLit, LitStr)>>,
    runtime: Option<syn::Path>,
}

pub fn parse(args: TokenStream) -> syn::Result<TableArgs> {
    let mut written = Written::default();
    let parser = syn::meta::parser(|meta| written.argument(&meta));
    parser.parse2(args)?;
    written.check()
}

/// Fails when an argument is given twice.
fn once<T>(slot: &Option<T>, meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    match slot {
        Some(_) => Err(meta.error("this argument is given twice")),
        None => Ok(()),
    }
}

impl Written {
    fn argument(&mut self, meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
        let name = meta.path.get_ident().map(ToString::to_string);
        match name.as_deref() {
            Some("crate") => {
                once(&self.runtime, meta)?;
                self.runtime = Some(runtime_path(meta)?);
            }
            Some("rename") => {
                once(&self.renames, meta)?;
                self.renames = Some(parse_renames(meta)?);
            }
            Some("retryable") => {
                once(&self.retryable, meta)?;
                self.retryable = Some(parse_retryable(meta)?);
            }
            Some("envelope") => {
                once(&self.envelope, meta)?;
                self.envelope = Some(parse_envelope(meta)?);
            }
            Some(name) => {
                let slot = match name {
                    "spec" => &mut self.spec,
                    "codes" => &mut self.codes,
                    "layout" => &mut self.layout,
                    "section" => &mut self.section,
                    "code_column" => &mut self.code_column,
                    "name_column" => &mut self.name_column,
                    "message_column" => &mut self.message_column,
                    "detail_column" => &mut self.detail_column,
                    "status_column" => &mut self.status_column,
                    "tables" => &mut self.tables,
                    _ => {
                        return Err(
                            meta.error(format!("unknown argument `{name}`: expected {ARGUMENTS}"))
                        )
                    }
                };
                once(slot, meta)?;
                *slot = Some(string_value(meta)?);
            }
            None => return Err(meta.error(format!("unknown argument: expected {ARGUMENTS}"))),
        }
        Ok(())
    }

    /// The arguments checked against each other; every problem is reported.
    fn check(self) -> syn::Result<TableArgs> {
        let mut errors: Vec<syn::Error> = Vec::new();
        let kind = match &self.codes {
            Some(lit) => code_kind(lit).unwrap_or_else(|error| {
                errors.push(error);
                CodeKind::Status
            }),
            None => CodeKind::Status,
        };
        let layout = match &self.layout {
            // An unknown layout is the one error: nothing else can be judged without it.
            Some(lit) => layout(lit)?,
            None => Layout::Table,
        };
        if layout != Layout::Table {
            errors.extend(self.table_only_arguments(layout));
        }
        let tables = match &self.tables {
            Some(lit) => match lit.value().as_str() {
                "first" => Tables::First,
                "all" => Tables::All,
                other => {
                    errors.push(syn::Error::new(
                        lit.span(),
                        format!("unknown `tables` value \"{other}\": write \"first\" (the first table with the columns, the default) or \"all\" (every such table)"),
                    ));
                    Tables::First
                }
            },
            None => Tables::First,
        };
        if let (Some(lit), CodeKind::Status) = (&self.status_column, kind) {
            errors.push(syn::Error::new(
                lit.span(),
                "`status_column` is for tables of application codes: with `codes = \"status\"` \
                 (the default) the code column holds the statuses; write `codes = \"integer\"` \
                 or `codes = \"string\"`, or drop `status_column`",
            ));
        }
        if let (Some(code), CodeKind::Status) =
            (self.envelope.as_ref().and_then(|e| e.code.as_ref()), kind)
        {
            errors.push(syn::Error::new(
                code.span,
                "`code = ...` is for tables of application codes: a status table's code is the \
                 response's status; write `codes = \"integer\"` or `codes = \"string\"`, or drop it",
            ));
        }
        let renames = self
            .renames
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(code_lit, name)| match code_of(&code_lit, kind) {
                Ok(code) => Some(Rename {
                    code,
                    code_lit,
                    name,
                }),
                Err(error) => {
                    errors.push(error);
                    None
                }
            })
            .collect::<Vec<_>>();
        errors.extend(renamed_twice(&renames));
        let retryable = self
            .retryable
            .unwrap_or_default()
            .into_iter()
            .filter_map(|lit| match code_of(&lit, kind) {
                Ok(code) => Some((code, lit)),
                Err(error) => {
                    errors.push(error);
                    None
                }
            })
            .collect();
        let Some(spec) = self.spec else {
            errors.insert(
                0,
                syn::Error::new(
                    Span::call_site(),
                    "missing the spec file: write `#[error_table(spec = \"path/to/errors.md\")]`",
                ),
            );
            return Err(combine(errors));
        };
        if !errors.is_empty() {
            return Err(combine(errors));
        }
        let defaults = Columns::default();
        Ok(TableArgs {
            spec,
            kind,
            layout,
            section: self.section,
            columns: Columns {
                code: self.code_column.map_or(defaults.code, |lit| lit.value()),
                message: self
                    .message_column
                    .map_or(defaults.message, |lit| lit.value()),
                detail: self.detail_column.map(|lit| lit.value()),
                name: self.name_column.map(|lit| lit.value()),
                status: self.status_column.map(|lit| lit.value()),
            },
            tables,
            envelope: self.envelope,
            retryable,
            renames,
            runtime: self.runtime,
        })
    }
}

impl Written {
    /// The arguments that name table columns, given with a layout that has no table.
    fn table_only_arguments(&self, layout: Layout) -> Vec<syn::Error> {
        let place = match layout {
            Layout::List => "each list item",
            Layout::Table | Layout::Headings => "each heading",
        };
        [
            ("code_column", &self.code_column),
            ("message_column", &self.message_column),
            ("detail_column", &self.detail_column),
            ("name_column", &self.name_column),
            ("status_column", &self.status_column),
            ("tables", &self.tables),
        ]
        .into_iter()
        .filter_map(|(name, lit)| {
            let lit = lit.as_ref()?;
            Some(syn::Error::new(
                lit.span(),
                format!(
                    "`{name}` is for tables: with `layout = \"{}\"` {place} starts with its \
                     code and the text after it is read; drop `{name}`, or read a table with \
                     `layout = \"table\"`",
                    layout.name()
                ),
            ))
        })
        .collect()
    }
}

fn layout(lit: &LitStr) -> syn::Result<Layout> {
    match lit.value().as_str() {
        "table" => Ok(Layout::Table),
        "headings" => Ok(Layout::Headings),
        "list" => Ok(Layout::List),
        other => Err(syn::Error::new(
            lit.span(),
            format!(
                "unknown `layout` \"{other}\": write \"table\" (pipe or HTML tables, a row per \
                 code, the default), \"headings\" (a heading per code, its messages under it) \
                 or \"list\" (a list item per code, its message after the code)"
            ),
        )),
    }
}

fn combine(errors: Vec<syn::Error>) -> syn::Error {
    let mut errors = errors.into_iter();
    let mut all = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(Span::call_site(), "invalid arguments"));
    all.extend(errors);
    all
}

fn code_kind(lit: &LitStr) -> syn::Result<CodeKind> {
    match lit.value().as_str() {
        "status" => Ok(CodeKind::Status),
        "integer" => Ok(CodeKind::Integer),
        "string" => Ok(CodeKind::String),
        other => Err(syn::Error::new(
            lit.span(),
            format!(
                "unknown `codes` kind \"{other}\": write \"status\" (HTTP statuses, the default), \
                 \"integer\" (the API's integer codes, such as -1121) or \"string\" (the API's \
                 string codes, such as card_declined)"
            ),
        )),
    }
}

/// The code a literal of `rename` or `retryable` names, in a table of `kind`.
fn code_of(lit: &CodeLit, kind: CodeKind) -> syn::Result<Code> {
    let wrong = |what: &str| {
        syn::Error::new_spanned(
            &lit.tokens,
            format!(
                "code {lit} is {what}, but this table's codes are {}",
                match kind {
                    CodeKind::Status => "HTTP statuses (`codes = \"status\"`): write a status such as 429",
                    CodeKind::Integer => "integers (`codes = \"integer\"`): write an integer literal such as -1121",
                    CodeKind::String => "strings (`codes = \"string\"`): write a string literal such as \"card_declined\"",
                }
            ),
        )
    };
    match (&lit.value, kind) {
        (CodeLitValue::Int(value), CodeKind::Status) => u16::try_from(*value)
            .map(Code::Status)
            .map_err(|_| wrong("not an HTTP status")),
        (CodeLitValue::Int(value), CodeKind::Integer) => i64::try_from(*value)
            .map(Code::Integer)
            .map_err(|_| wrong("beyond i64")),
        (CodeLitValue::Str(value), CodeKind::String) => Ok(Code::Str(value.clone())),
        (CodeLitValue::Int(_), CodeKind::String) => Err(wrong("an integer")),
        (CodeLitValue::Str(_), _) => Err(wrong("a string")),
    }
}

fn renamed_twice(renames: &[Rename]) -> Vec<syn::Error> {
    renames
        .iter()
        .enumerate()
        .filter(|(i, rename)| renames.iter().take(*i).any(|r| r.code == rename.code))
        .map(|(_, rename)| {
            syn::Error::new_spanned(
                &rename.code_lit.tokens,
                format!("code {} is renamed twice", rename.code_lit),
            )
        })
        .collect()
}

fn runtime_path(meta: &ParseNestedMeta<'_>) -> syn::Result<syn::Path> {
    let lit = string_value(meta)?;
    lit.parse().map_err(|_| {
        syn::Error::new(
            lit.span(),
            "`crate` takes the path of the kaiko-errors crate as your Cargo.toml names \
             it, such as \"my_errors\" or \"crate::deps::errors\"",
        )
    })
}

/// `rename(429 = "TooManyRequests", -1121 = "InvalidSymbol", "card_declined" = "Declined")`.
fn parse_renames(meta: &ParseNestedMeta<'_>) -> syn::Result<Vec<(CodeLit, LitStr)>> {
    let content;
    syn::parenthesized!(content in meta.input);
    let mut renames = Vec::new();
    while !content.is_empty() {
        let code: CodeLit = content.parse()?;
        content.parse::<Token![=]>()?;
        let name: LitStr = content.parse()?;
        if syn::parse_str::<syn::Ident>(&name.value()).is_err() {
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "`{}` is not a valid variant name for code {code}: use a Rust identifier such as `TooManyRequests`",
                    name.value()
                ),
            ));
        }
        renames.push((code, name));
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(renames)
}

/// `retryable(-1003, -1015)`.
fn parse_retryable(meta: &ParseNestedMeta<'_>) -> syn::Result<Vec<CodeLit>> {
    let content;
    syn::parenthesized!(content in meta.input);
    let codes = content.parse_terminated(CodeLit::parse, Token![,])?;
    Ok(codes.into_iter().collect())
}

fn parse_envelope(meta: &ParseNestedMeta<'_>) -> syn::Result<EnvelopeArgs> {
    let mut envelope = EnvelopeArgs {
        data: None,
        message: None,
        code: None,
        success: None,
        error: None,
    };
    meta.parse_nested_meta(|inner| {
        let name = inner.path.get_ident().map(ToString::to_string);
        match name.as_deref() {
            Some("success") => {
                once(&envelope.success, &inner)?;
                envelope.success = Some(parse_marker(&inner)?);
            }
            Some("error") => {
                once(&envelope.error, &inner)?;
                envelope.error = Some(parse_marker(&inner)?);
            }
            Some(name @ ("data" | "message" | "code")) => {
                let slot = match name {
                    "data" => &mut envelope.data,
                    "message" => &mut envelope.message,
                    _ => &mut envelope.code,
                };
                once(slot, &inner)?;
                let lit: LitStr = inner.value()?.parse()?;
                *slot = Some(path_arg(&lit.value(), lit.span(), name == "data")?);
            }
            _ => {
                return Err(inner.error(format!(
                    "unknown envelope key{}: expected `code`, `message`, `data`, \
                     `success(PATH = VALUE)` or `error(PATH = VALUE)`",
                    name.map(|name| format!(" `{name}`")).unwrap_or_default()
                )))
            }
        }
        Ok(())
    })?;
    Ok(envelope)
}

/// A dotted path; `data` may be `""` (the whole body).
fn path_arg(path: &str, span: Span, may_be_empty: bool) -> syn::Result<PathArg> {
    if path.is_empty() && may_be_empty {
        return Ok(PathArg {
            path: String::new(),
            span,
        });
    }
    if path.split('.').any(str::is_empty) {
        return Err(syn::Error::new(
            span,
            format!(
                "the path \"{path}\" has an empty segment: write the keys from the body's top \
                 level down, separated by single dots, such as \"error.code\"{}",
                if may_be_empty {
                    " (or \"\" for the whole body)"
                } else {
                    ""
                }
            ),
        ));
    }
    Ok(PathArg {
        path: path.to_owned(),
        span,
    })
}

/// `success(retCode = 0)`, `success(code = "0")`, `error("error.kind" = "x")`.
fn parse_marker(meta: &ParseNestedMeta<'_>) -> syn::Result<MarkerArg> {
    let content;
    syn::parenthesized!(content in meta.input);
    let path = if content.peek(LitStr) {
        let lit: LitStr = content.parse()?;
        path_arg(&lit.value(), lit.span(), false)?
    } else {
        let first = content.call(syn::Ident::parse_any)?;
        let span = first.span();
        let mut path = first.to_string();
        while content.peek(Token![.]) {
            content.parse::<Token![.]>()?;
            path.push('.');
            path.push_str(&content.call(syn::Ident::parse_any)?.to_string());
        }
        PathArg { path, span }
    };
    content.parse::<Token![=]>()?;
    let value = marker_value(&content)?;
    if !content.is_empty() {
        return Err(content.error("expected one `PATH = VALUE`"));
    }
    Ok(MarkerArg { path, value })
}

fn marker_value(input: ParseStream<'_>) -> syn::Result<MarkerValue> {
    let not_a_literal = |span: Span| {
        syn::Error::new(
            span,
            "the value of a marker must be a literal: an integer (`0`), a string (`\"0\"`, \
             `\"success\"`) or a bool (`true`)",
        )
    };
    if input.peek(Token![-]) || input.peek(LitInt) {
        let lit: CodeLit = input.parse()?;
        return match lit.value {
            CodeLitValue::Int(value) => i64::try_from(value)
                .map(MarkerValue::Int)
                .map_err(|_| syn::Error::new_spanned(&lit.tokens, "the integer is beyond i64")),
            CodeLitValue::Str(value) => Ok(MarkerValue::Str(value)),
        };
    }
    if input.peek(LitStr) {
        return Ok(MarkerValue::Str(input.parse::<LitStr>()?.value()));
    }
    if input.peek(syn::LitBool) {
        return Ok(MarkerValue::Bool(input.parse::<syn::LitBool>()?.value));
    }
    let span = input.span();
    // Consume the rest so that the error is the only one.
    let _: TokenStream = input.parse()?;
    Err(not_a_literal(span))
}

fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let lit: LitStr = meta.value()?.parse()?;
    if lit.value().trim().is_empty() {
        return Err(syn::Error::new(lit.span(), "expected a non-empty string"));
    }
    Ok(lit)
}
