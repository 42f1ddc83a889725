//! `cargo kaiko-errors`: the generator of kaiko-errors outside the macro.
//!
//! - `generate SPEC --name ENUM [--out FILE]`: the code to commit, formatted.
//! - `check SPEC [--name ENUM --generated FILE]`: every problem of the spec, rendered as
//!   rustc renders its own; with `--generated`, whether the committed file is stale.
//! - `diff OLD NEW`: what an edit of the docs does to callers.
//!
//! Exit codes: 0 success (no errors, up to date, compatible); 1 errors in the spec
//! (`generate`, `check`), a stale or missing committed file, or a breaking change; 2 bad
//! usage, a file that cannot be read or written, or a `diff` of a spec that does not
//! generate.

#![forbid(unsafe_code)]
// Input (a spec, flags) must never panic: no unwrap, expect or indexing in the shipped paths.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

mod diff;
mod file;
mod flags;
mod render;

use clap::Parser;
use flags::{Cargo, Command, TableFlags};
use kaiko_errors_codegen::{Diagnostic, EnumItem, Generated, Target};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    // `cargo kaiko-errors ...` runs `cargo-kaiko-errors kaiko-errors ...`; run directly,
    // the binary gets no such word, so it is put in.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_none_or(|arg| arg != "kaiko-errors") {
        args.insert(1, "kaiko-errors".into());
    }
    let Cargo::KaikoErrors(cli) = Cargo::parse_from(args);
    let outcome = match cli.command {
        Command::Generate {
            spec,
            item,
            out,
            table,
        } => generate(&spec, &item, out.as_deref(), &table),
        Command::Check {
            spec,
            generated,
            item,
            table,
        } => check(&spec, generated.as_deref(), &item, &table),
        Command::Diff {
            old,
            new,
            non_exhaustive,
            table,
        } => diff(&old, &new, non_exhaustive, &table),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The generator run on `spec` with the CLI's paths: relative to the current directory.
fn run(
    spec: &Path,
    item: &EnumItem,
    table: &TableFlags,
) -> Result<Result<Generated, Vec<Diagnostic>>, String> {
    let options = table.options(&spec.to_string_lossy())?;
    Ok(kaiko_errors_codegen::generate(
        item,
        &options,
        Path::new(""),
        Target::File,
    ))
}

/// Prints every diagnostic; the exit code for them.
fn report(diagnostics: &[Diagnostic]) -> ExitCode {
    let renderer = render::renderer();
    for diagnostic in diagnostics {
        eprintln!("{}\n", render::diagnostic(&renderer, diagnostic));
    }
    // rustc's own closing line.
    match diagnostics.len() {
        1 => eprintln!("error: aborting due to 1 previous error"),
        count => eprintln!("error: aborting due to {count} previous errors"),
    }
    ExitCode::from(1)
}

fn generate(
    spec: &Path,
    item: &flags::ItemFlags,
    out: Option<&Path>,
    table: &TableFlags,
) -> Result<ExitCode, String> {
    let enum_item = item.rest.item(&item.name, spec)?;
    let generated = match run(spec, &enum_item, table)? {
        Ok(generated) => generated,
        Err(diagnostics) => return Ok(report(&diagnostics)),
    };
    let command = file::regenerate_command(spec, &item.name, &item.rest, table, out);
    let text = file::contents(&generated, spec, out, &command);
    match out {
        Some(out) => {
            if let Some(dir) = out.parent().filter(|dir| !dir.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
            }
            std::fs::write(out, text)
                .map_err(|error| format!("cannot write {}: {error}", out.display()))?;
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn check(
    spec: &Path,
    committed: Option<&Path>,
    item: &flags::OptionalItemFlags,
    table: &TableFlags,
) -> Result<ExitCode, String> {
    let name = item.name.clone().unwrap_or_else(|| "Checked".to_owned());
    let enum_item = item.rest.item(&name, spec)?;
    let generated = match run(spec, &enum_item, table)? {
        Ok(generated) => generated,
        Err(diagnostics) => return Ok(report(&diagnostics)),
    };
    let entries = generated.rows().len();
    let summary = format!(
        "{}: {entries} {}, no problems",
        spec.display(),
        if entries == 1 { "entry" } else { "entries" }
    );
    let Some(committed) = committed else {
        println!("{summary}");
        return Ok(ExitCode::SUCCESS);
    };
    let command = file::regenerate_command(spec, &name, &item.rest, table, Some(committed));
    let text = match std::fs::read_to_string(committed) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "error: {} does not exist; generate it with:\n    {command}",
                committed.display()
            );
            return Ok(ExitCode::from(1));
        }
        Err(error) => return Err(format!("cannot read {}: {error}", committed.display())),
    };
    let fresh = file::contents(&generated, spec, Some(committed), &command);
    match file::first_difference(&text, &fresh) {
        None => {
            println!("{summary}; {} is up to date", committed.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(line) => {
            eprintln!(
                "error: {} is stale: its code differs from what `cargo kaiko-errors generate` \
                 writes from {} now (first at its line {line}); regenerate it with:\n    {command}",
                committed.display(),
                spec.display()
            );
            Ok(ExitCode::from(1))
        }
    }
}

fn diff(
    old: &Path,
    new: &Path,
    non_exhaustive: bool,
    table: &TableFlags,
) -> Result<ExitCode, String> {
    let item = EnumItem::parse_str("pub enum Diffed {}").map_err(|error| error.to_string())?;
    let mut rows = Vec::new();
    for spec in [old, new] {
        match run(spec, &item, table)? {
            Ok(generated) => rows.push(generated.rows().to_vec()),
            // Nothing to compare: neither compatible nor breaking.
            Err(diagnostics) => {
                report(&diagnostics);
                eprintln!("error: cannot diff: {} does not generate", spec.display());
                return Ok(ExitCode::from(2));
            }
        }
    }
    let (before, after) = (
        rows.first().map_or(&[][..], Vec::as_slice),
        rows.get(1).map_or(&[][..], Vec::as_slice),
    );
    let changes = diff::changes(before, after, non_exhaustive);
    for change in &changes {
        println!("{}", change.text);
    }
    println!("{}", diff::verdict(&changes));
    Ok(if changes.iter().any(|change| change.breaks) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
