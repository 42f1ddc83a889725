//! The arguments of `#[error_table(...)]`, parsed onto the generator's [`Options`], with
//! the tokens of each so that diagnostics point at what the user wrote.

use kaiko_errors_codegen::{
    Argument, CodeKind, CodeValue, EnvelopeKey, EnvelopeOptions, Layout, Marker, MarkerValue,
    Options, Rename, Tables,
};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use std::str::FromStr;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{LitInt, LitStr, Token};

/// What the attribute was given.
pub struct Parsed {
    pub options: Options,
    /// Whether `spec = "..."` was written (`options.spec` is empty otherwise).
    pub spec_given: bool,
    /// The tokens of each argument, for the span of its diagnostics.
    pub tokens: Vec<(Argument, TokenStream)>,
    /// Values the generator's types do not take (`codes = "float"`), each on its literal.
    pub errors: Vec<syn::Error>,
}

impl Parsed {
    /// Where a diagnostic about `argument` goes: its tokens, or the `spec` literal's.
    pub fn tokens_of(&self, argument: Option<Argument>) -> Option<&TokenStream> {
        let find = |wanted: Argument| {
            self.tokens
                .iter()
                .find(|(argument, _)| *argument == wanted)
                .map(|(_, tokens)| tokens)
        };
        argument.and_then(find).or_else(|| find(Argument::Spec))
    }
}

/// A code as written in `rename` or `retryable`: an integer (a sign allowed) or a string.
struct CodeLit {
    value: CodeValue,
    /// The literal's tokens (with the sign): errors span them.
    tokens: TokenStream,
}

impl Parse for CodeLit {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            return Ok(CodeLit {
                value: CodeValue::Str(lit.value()),
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
            value: CodeValue::Int(if minus.is_some() {
                -magnitude
            } else {
                magnitude
            }),
            tokens,
        })
    }
}

const ARGUMENTS: &str =
    "`spec`, `codes`, `layout`, `section`, `code_column`, `name_column`, `message_column`, \
    `detail_column`, `status_column`, `tables`, `envelope`, `retryable`, `rename` or `crate`";

/// The arguments as written, before their values are read.
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
    envelope: Option<(EnvelopeOptions, Vec<(Argument, TokenStream)>)>,
    retryable: Option<Vec<CodeLit>>,
    renames: Option<Vec<(CodeLit, LitStr)>>,
    runtime: Option<LitStr>,
}

pub fn parse(args: TokenStream) -> syn::Result<Parsed> {
    let mut written = Written::default();
    let parser = syn::meta::parser(|meta| written.argument(&meta));
    parser.parse2(args)?;
    written.into_options()
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
                    "crate" => &mut self.runtime,
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

    /// The options, with the tokens of each argument. An unknown layout is the one error:
    /// nothing else can be judged without it.
    fn into_options(self) -> syn::Result<Parsed> {
        let mut errors = Vec::new();
        let codes = value_of::<CodeKind>(self.codes.as_ref(), &mut errors);
        let layout = match &self.layout {
            Some(lit) => Layout::from_str(&lit.value())
                .map_err(|message| syn::Error::new(lit.span(), message))?,
            None => Layout::Table,
        };
        let tables = self
            .tables
            .as_ref()
            .map(|lit| value_of::<Tables>(Some(lit), &mut errors));
        let mut tokens = Vec::new();
        let mut text = |argument: Argument, lit: Option<LitStr>| {
            lit.map(|lit| {
                tokens.push((argument, lit.to_token_stream()));
                lit.value()
            })
        };
        let spec_given = self.spec.is_some();
        let mut options = Options::new(text(Argument::Spec, self.spec).unwrap_or_default());
        options.codes = codes;
        options.layout = layout;
        options.tables = tables;
        options.section = text(Argument::Section, self.section);
        options.code_column = text(Argument::CodeColumn, self.code_column);
        options.name_column = text(Argument::NameColumn, self.name_column);
        options.message_column = text(Argument::MessageColumn, self.message_column);
        options.detail_column = text(Argument::DetailColumn, self.detail_column);
        options.status_column = text(Argument::StatusColumn, self.status_column);
        options.runtime = text(Argument::Crate, self.runtime);
        tokens.extend(
            self.codes
                .map(|lit| (Argument::Codes, lit.to_token_stream())),
        );
        tokens.extend(
            self.layout
                .map(|lit| (Argument::Layout, lit.to_token_stream())),
        );
        tokens.extend(
            self.tables
                .map(|lit| (Argument::Tables, lit.to_token_stream())),
        );
        if let Some((envelope, keys)) = self.envelope {
            options.envelope = Some(envelope);
            tokens.extend(keys);
        }
        for (index, (code, name)) in self.renames.unwrap_or_default().into_iter().enumerate() {
            tokens.push((Argument::RenameCode(index), code.tokens));
            tokens.push((Argument::RenameName(index), name.to_token_stream()));
            options.renames.push(Rename {
                code: code.value,
                name: name.value(),
            });
        }
        for (index, code) in self.retryable.unwrap_or_default().into_iter().enumerate() {
            tokens.push((Argument::Retryable(index), code.tokens));
            options.retryable.push(code.value);
        }
        Ok(Parsed {
            options,
            spec_given,
            tokens,
            errors,
        })
    }
}

/// The value of a keyword argument, or its default and an error on the literal.
fn value_of<T: FromStr<Err = String> + Default>(
    lit: Option<&LitStr>,
    errors: &mut Vec<syn::Error>,
) -> T {
    lit.map_or_else(T::default, |lit| {
        T::from_str(&lit.value()).unwrap_or_else(|message| {
            errors.push(syn::Error::new(lit.span(), message));
            T::default()
        })
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

type EnvelopeArgs = (EnvelopeOptions, Vec<(Argument, TokenStream)>);

fn parse_envelope(meta: &ParseNestedMeta<'_>) -> syn::Result<EnvelopeArgs> {
    let mut envelope = EnvelopeOptions::default();
    let mut tokens = Vec::new();
    meta.parse_nested_meta(|inner| {
        let name = inner.path.get_ident().map(ToString::to_string);
        match name.as_deref() {
            Some(name @ ("success" | "error")) => {
                let (slot, key) = if name == "success" {
                    (&mut envelope.success, EnvelopeKey::Success)
                } else {
                    (&mut envelope.error, EnvelopeKey::Error)
                };
                once(slot, &inner)?;
                let (marker, path_tokens) = parse_marker(&inner)?;
                *slot = Some(marker);
                tokens.push((Argument::Envelope(key), path_tokens));
            }
            Some(name @ ("data" | "message" | "code")) => {
                let (slot, key) = match name {
                    "data" => (&mut envelope.data, EnvelopeKey::Data),
                    "message" => (&mut envelope.message, EnvelopeKey::Message),
                    _ => (&mut envelope.code, EnvelopeKey::Code),
                };
                once(slot, &inner)?;
                let lit: LitStr = inner.value()?.parse()?;
                *slot = Some(lit.value());
                tokens.push((Argument::Envelope(key), lit.to_token_stream()));
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
    Ok((envelope, tokens))
}

/// `success(retCode = 0)`, `success(code = "0")`, `error("error.kind" = "x")`, with the
/// tokens of the path.
fn parse_marker(meta: &ParseNestedMeta<'_>) -> syn::Result<(Marker, TokenStream)> {
    let content;
    syn::parenthesized!(content in meta.input);
    let (path, tokens) = if content.peek(LitStr) {
        let lit: LitStr = content.parse()?;
        (lit.value(), lit.to_token_stream())
    } else {
        let first = content.call(syn::Ident::parse_any)?;
        let tokens = first.to_token_stream();
        let mut path = first.to_string();
        while content.peek(Token![.]) {
            content.parse::<Token![.]>()?;
            path.push('.');
            path.push_str(&content.call(syn::Ident::parse_any)?.to_string());
        }
        (path, tokens)
    };
    content.parse::<Token![=]>()?;
    let value = marker_value(&content)?;
    if !content.is_empty() {
        return Err(content.error("expected one `PATH = VALUE`"));
    }
    Ok((Marker { path, value }, tokens))
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
            CodeValue::Int(value) => i64::try_from(value)
                .map(MarkerValue::Int)
                .map_err(|_| syn::Error::new_spanned(&lit.tokens, "the integer is beyond i64")),
            CodeValue::Str(value) => Ok(MarkerValue::Str(value)),
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
