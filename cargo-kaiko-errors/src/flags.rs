//! The command line: each flag names an argument of `#[error_table(...)]`, and maps onto
//! the generator's [`Options`] directly.

use clap::{Args, Parser, Subcommand};
use kaiko_errors_codegen::{
    CodeKind, CodeValue, EnumItem, EnvelopeOptions, Layout, Marker, MarkerValue, Options, Rename,
    Tables,
};
use std::path::PathBuf;

/// `cargo kaiko-errors`: Cargo runs `cargo-kaiko-errors kaiko-errors ARGS`.
#[derive(Parser)]
#[command(name = "cargo", bin_name = "cargo")]
pub enum Cargo {
    /// Generate, check and diff the error enums of kaiko-errors.
    #[command(name = "kaiko-errors", version)]
    KaikoErrors(Cli),
}

#[derive(Args)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Write the code of `pub enum NAME {}` generated from SPEC, formatted, to commit.
    Generate {
        /// The spec file (the API's error page, Markdown).
        spec: PathBuf,
        #[command(flatten)]
        item: ItemFlags,
        /// Where to write the code (stdout without it).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        table: TableFlags,
    },
    /// Report every problem of SPEC as rustc would; with `--name` and `--generated`, also
    /// whether a committed file is what `generate` writes now.
    Check {
        /// The spec file.
        spec: PathBuf,
        /// The committed file to compare (needs `--name`).
        #[arg(long, value_name = "FILE", requires = "name")]
        generated: Option<PathBuf>,
        #[command(flatten)]
        item: OptionalItemFlags,
        #[command(flatten)]
        table: TableFlags,
    },
    /// What an edit of the docs does to the generated API, and whether it breaks callers.
    Diff {
        /// The spec before the edit.
        old: PathBuf,
        /// The spec after the edit.
        new: PathBuf,
        /// The enum is `#[non_exhaustive]`: an added variant breaks no caller.
        #[arg(long)]
        non_exhaustive: bool,
        #[command(flatten)]
        table: TableFlags,
    },
}

/// How the enum is declared.
#[derive(Args, Clone)]
pub struct ItemFlags {
    /// The enum's name.
    #[arg(long, value_name = "ENUM")]
    pub name: String,
    #[command(flatten)]
    pub rest: ItemRest,
}

/// `check` needs the enum only with `--generated`.
#[derive(Args, Clone)]
pub struct OptionalItemFlags {
    /// The enum's name (with `--generated`).
    #[arg(long, value_name = "ENUM")]
    pub name: Option<String>,
    #[command(flatten)]
    pub rest: ItemRest,
}

#[derive(Args, Clone)]
pub struct ItemRest {
    /// The enum's visibility.
    #[arg(long = "vis", value_name = "VIS", default_value = "pub")]
    pub visibility: String,
    /// A line of the enum's docs (repeat for more lines).
    #[arg(long, value_name = "TEXT")]
    pub doc: Vec<String>,
    /// Traits to derive besides the ones always derived (`--derive PartialOrd,Ord`).
    #[arg(long, value_name = "TRAITS", value_delimiter = ',')]
    pub derive: Vec<String>,
    /// Mark the enum `#[non_exhaustive]`.
    #[arg(long)]
    pub non_exhaustive: bool,
}

impl ItemRest {
    /// The enum declaration these flags describe.
    pub fn item(&self, name: &str) -> Result<EnumItem, String> {
        let mut source = String::new();
        for line in &self.doc {
            source.push_str(&format!("#[doc = {:?}]\n", format!(" {line}")));
        }
        if !self.derive.is_empty() {
            source.push_str(&format!("#[derive({})]\n", self.derive.join(", ")));
        }
        if self.non_exhaustive {
            source.push_str("#[non_exhaustive]\n");
        }
        source.push_str(&format!("{} enum {name} {{}}", self.visibility));
        EnumItem::parse_str(&source).map_err(|error| {
            format!("`--name {name}`, `--vis`, `--derive`: not a valid enum declaration ({error})")
        })
    }

    /// These flags as written, for the regenerate command.
    pub fn words(&self) -> Vec<String> {
        let mut words = Vec::new();
        if self.visibility != "pub" {
            words.extend(["--vis".to_owned(), self.visibility.clone()]);
        }
        for line in &self.doc {
            words.extend(["--doc".to_owned(), line.clone()]);
        }
        if !self.derive.is_empty() {
            words.extend(["--derive".to_owned(), self.derive.join(",")]);
        }
        if self.non_exhaustive {
            words.push("--non-exhaustive".to_owned());
        }
        words
    }
}

/// The arguments of `#[error_table(...)]` that say how the spec is read.
#[derive(Args, Clone, Default)]
pub struct TableFlags {
    /// `codes`: status (default), integer or string.
    #[arg(long, value_name = "KIND")]
    pub codes: Option<CodeKind>,
    /// `layout`: table (default), headings or list.
    #[arg(long, value_name = "LAYOUT")]
    pub layout: Option<Layout>,
    /// `section`: the heading whose part of the page is read (`"A / B"` for a nested one).
    #[arg(long, value_name = "HEADING")]
    pub section: Option<String>,
    /// `code_column`.
    #[arg(long, value_name = "COLUMN")]
    pub code_column: Option<String>,
    /// `name_column`.
    #[arg(long, value_name = "COLUMN")]
    pub name_column: Option<String>,
    /// `message_column`.
    #[arg(long, value_name = "COLUMN")]
    pub message_column: Option<String>,
    /// `detail_column`.
    #[arg(long, value_name = "COLUMN")]
    pub detail_column: Option<String>,
    /// `status_column`.
    #[arg(long, value_name = "COLUMN")]
    pub status_column: Option<String>,
    /// `tables`: first (default) or all.
    #[arg(long, value_name = "WHICH")]
    pub tables: Option<Tables>,
    /// A key of `envelope(...)`: `code=PATH`, `message=PATH` or `data=PATH` (repeat).
    #[arg(long, value_name = "KEY=PATH")]
    pub envelope: Vec<String>,
    /// `envelope(success(PATH = VALUE))`: `--success retCode=0`, `--success 'code="0"'`.
    #[arg(long, value_name = "PATH=VALUE")]
    pub success: Option<String>,
    /// `envelope(error(PATH = VALUE))`.
    #[arg(long = "error-marker", value_name = "PATH=VALUE")]
    pub error: Option<String>,
    /// `retryable(...)`: codes, comma-separated (`--retryable=-1003,-1015`).
    #[arg(
        long,
        value_name = "CODES",
        value_delimiter = ',',
        allow_hyphen_values = true
    )]
    pub retryable: Vec<String>,
    /// `rename(CODE = "Name")`: `--rename 429=TooManyRequests` (repeat).
    #[arg(long, value_name = "CODE=NAME", allow_hyphen_values = true)]
    pub rename: Vec<String>,
    /// `crate`: the path of the runtime crate when the dependency is renamed.
    #[arg(long = "crate", value_name = "PATH")]
    pub runtime: Option<String>,
}

impl TableFlags {
    /// The generator's options for `spec` (a path as given on the command line).
    pub fn options(&self, spec: &str) -> Result<Options, String> {
        let mut options = Options::new(spec);
        options.codes = self.codes.unwrap_or_default();
        options.layout = self.layout.unwrap_or_default();
        options.section.clone_from(&self.section);
        options.code_column.clone_from(&self.code_column);
        options.name_column.clone_from(&self.name_column);
        options.message_column.clone_from(&self.message_column);
        options.detail_column.clone_from(&self.detail_column);
        options.status_column.clone_from(&self.status_column);
        options.tables = self.tables;
        options.envelope = self.envelope_options()?;
        options.retryable = self
            .retryable
            .iter()
            .map(|code| code_value(code, options.codes))
            .collect();
        options.renames = self
            .rename
            .iter()
            .map(|rename| {
                let (code, name) = split_pair(rename, "--rename", "CODE=NAME")?;
                Ok(Rename {
                    code: code_value(code, options.codes),
                    name: name.to_owned(),
                })
            })
            .collect::<Result<_, String>>()?;
        options.runtime.clone_from(&self.runtime);
        Ok(options)
    }

    fn envelope_options(&self) -> Result<Option<EnvelopeOptions>, String> {
        if self.envelope.is_empty() && self.success.is_none() && self.error.is_none() {
            return Ok(None);
        }
        let mut envelope = EnvelopeOptions::default();
        for pair in &self.envelope {
            let (key, path) = split_pair(pair, "--envelope", "KEY=PATH")?;
            let slot = match key {
                "code" => &mut envelope.code,
                "message" => &mut envelope.message,
                "data" => &mut envelope.data,
                other => {
                    return Err(format!(
                        "`--envelope {pair}`: unknown envelope key `{other}`: expected `code`, \
                         `message` or `data` (and `--success`, `--error-marker` for the markers)"
                    ))
                }
            };
            *slot = Some(path.to_owned());
        }
        envelope.success = self.success.as_deref().map(marker).transpose()?;
        envelope.error = self.error.as_deref().map(marker).transpose()?;
        Ok(Some(envelope))
    }

    /// These flags as written, for the regenerate command.
    pub fn words(&self) -> Vec<String> {
        let mut words = Vec::new();
        let mut flag = |name: &str, value: Option<String>| {
            if let Some(value) = value {
                words.push(format!("--{name}={value}"));
            }
        };
        flag("codes", self.codes.map(|kind| kind_name(kind).to_owned()));
        flag(
            "layout",
            self.layout.map(|layout| layout_name(layout).to_owned()),
        );
        flag("section", self.section.clone());
        flag("code-column", self.code_column.clone());
        flag("name-column", self.name_column.clone());
        flag("message-column", self.message_column.clone());
        flag("detail-column", self.detail_column.clone());
        flag("status-column", self.status_column.clone());
        flag(
            "tables",
            self.tables.map(|tables| match tables {
                Tables::All => "all".to_owned(),
                _ => "first".to_owned(),
            }),
        );
        for pair in &self.envelope {
            flag("envelope", Some(pair.clone()));
        }
        flag("success", self.success.clone());
        flag("error-marker", self.error.clone());
        if !self.retryable.is_empty() {
            flag("retryable", Some(self.retryable.join(",")));
        }
        for rename in &self.rename {
            flag("rename", Some(rename.clone()));
        }
        flag("crate", self.runtime.clone());
        words
    }
}

fn kind_name(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Integer => "integer",
        CodeKind::String => "string",
        _ => "status",
    }
}

fn layout_name(layout: Layout) -> &'static str {
    match layout {
        Layout::Headings => "headings",
        Layout::List => "list",
        _ => "table",
    }
}

fn split_pair<'a>(pair: &'a str, flag: &str, form: &str) -> Result<(&'a str, &'a str), String> {
    pair.split_once('=')
        .ok_or_else(|| format!("`{flag} {pair}`: expected {form}"))
}

/// A code of `--rename` or `--retryable`: an integer, except in a string table (the
/// generator reports a code of the wrong kind).
fn code_value(code: &str, kind: CodeKind) -> CodeValue {
    match code.parse::<i128>() {
        Ok(value) if kind != CodeKind::String => CodeValue::Int(value),
        _ => CodeValue::Str(code.to_owned()),
    }
}

/// `PATH=VALUE`: `true`/`false`, an integer, or a string (quoted or not).
fn marker(pair: &str) -> Result<Marker, String> {
    let (path, value) = split_pair(pair, "--success/--error-marker", "PATH=VALUE")?;
    let value = match value {
        "true" => MarkerValue::Bool(true),
        "false" => MarkerValue::Bool(false),
        quoted if quoted.len() >= 2 && quoted.starts_with('"') && quoted.ends_with('"') => {
            MarkerValue::Str(quoted[1..quoted.len() - 1].to_owned())
        }
        other => other
            .parse::<i64>()
            .map_or_else(|_| MarkerValue::Str(other.to_owned()), MarkerValue::Int),
    };
    Ok(Marker {
        path: path.to_owned(),
        value,
    })
}
