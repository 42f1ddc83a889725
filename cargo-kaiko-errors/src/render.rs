//! Diagnostics rendered as rustc renders its own: `error: ...`, ` --> file:line:column`,
//! the spec line and a caret under what is wrong.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use kaiko_errors_codegen::{Argument, Diagnostic, EnvelopeKey, SpecSpan};
use std::io::IsTerminal;

/// The renderer: colours on a terminal, plain text otherwise (pipes, files, tests).
pub fn renderer() -> Renderer {
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// One diagnostic, rendered.
pub fn diagnostic(renderer: &Renderer, diagnostic: &Diagnostic) -> String {
    let place = diagnostic.spec.as_ref();
    let message = match (place, diagnostic.argument) {
        // A whole-file problem names the file in its title, as the macro's message does.
        (Some(place), _) if place.span.is_none() => {
            format!("{}: {}", place.file, diagnostic.message)
        }
        (None, Some(argument)) => format!("{} ({})", diagnostic.message, flag(argument)),
        _ => diagnostic.message.clone(),
    };
    let title = Level::ERROR.primary_title(message.as_str());
    let report = match place.and_then(|place| Some((place, place.span.as_ref()?))) {
        Some((place, span)) => {
            let snippet = Snippet::source(span.source_line.as_str())
                .line_start(span.line)
                .path(place.file.as_str())
                .annotation(AnnotationKind::Primary.span(byte_range(span)));
            vec![title.element(snippet)]
        }
        None => vec![Level::ERROR
            .primary_title(message.as_str())
            .elements(Vec::<annotate_snippets::Element<'_>>::new())],
    };
    renderer.render(&report)
}

/// The byte range of the span's characters in its line.
fn byte_range(span: &SpecSpan) -> std::ops::Range<usize> {
    let byte = |column: usize| {
        span.source_line
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(span.source_line.len(), |(at, _)| at)
    };
    byte(span.column)..byte(span.end_column)
}

/// The flag an argument's diagnostic is about: the messages name the attribute's
/// arguments, which the flags are named after.
fn flag(argument: Argument) -> String {
    let name = match argument {
        Argument::Spec => "the SPEC path",
        Argument::Codes => "--codes",
        Argument::Layout => "--layout",
        Argument::Section => "--section",
        Argument::CodeColumn => "--code-column",
        Argument::NameColumn => "--name-column",
        Argument::MessageColumn => "--message-column",
        Argument::DetailColumn => "--detail-column",
        Argument::StatusColumn => "--status-column",
        Argument::Tables => "--tables",
        Argument::Envelope(EnvelopeKey::Success) => "--success",
        Argument::Envelope(EnvelopeKey::Error) => "--error-marker",
        Argument::Envelope(_) => "--envelope",
        Argument::Retryable(_) => "--retryable",
        Argument::RenameCode(_) | Argument::RenameName(_) => "--rename",
        Argument::Crate => "--crate",
        _ => "an option",
    };
    format!("from {name}")
}
