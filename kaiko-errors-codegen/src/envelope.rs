//! The envelope stage: where the API puts things in its body, as a tree of the keys the
//! decoder must know, checked for paths that contradict each other.

use crate::diagnostic::{Argument, Diagnostic, EnvelopeKey};
use crate::model::CodeKind;
use crate::options::{EnvelopeOptions, Marker, MarkerValue};

/// The roles of a key, distinct bits; the expansion names them by the runtime's constants
/// of the same names (`kaiko_errors::__private::role`).
pub mod role {
    pub const DATA: u8 = 1;
    pub const MESSAGE: u8 = 2;
    pub const CODE: u8 = 4;
    pub const SUCCESS: u8 = 8;
    pub const ERROR: u8 = 16;
    pub const CONTINUATION_TOKEN: u8 = 32;
    pub const NEXT_URL: u8 = 64;

    /// Each bit with the name of the runtime's constant for it.
    pub const NAMES: [(u8, &str); 7] = [
        (DATA, "DATA"),
        (MESSAGE, "MESSAGE"),
        (CODE, "CODE"),
        (SUCCESS, "SUCCESS"),
        (ERROR, "ERROR"),
        (CONTINUATION_TOKEN, "CONTINUATION_TOKEN"),
        (NEXT_URL, "NEXT_URL"),
    ];
}

/// What a key of an object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldSpec {
    Node(u8),
    Leaf(u8),
}

/// A marker's literal, in the forms the decoder compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerSpec {
    pub path: String,
    pub text: String,
    pub quoted: bool,
    pub integer: Option<i64>,
    pub boolean: Option<bool>,
}

/// The envelope of a table that does not read Kaiko's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub whole_body: bool,
    pub data: String,
    pub message: String,
    pub code: String,
    pub success: Option<MarkerSpec>,
    pub error: Option<MarkerSpec>,
    /// The keys of each object on the paths: `nodes[0]` is the body.
    pub nodes: Vec<Vec<(String, FieldSpec)>>,
}

/// The envelope to write, or `None` for Kaiko's (a status table without `envelope(...)`:
/// the runtime's defaults).
pub fn build(
    options: Option<&EnvelopeOptions>,
    kind: CodeKind,
) -> Result<Option<Envelope>, Diagnostic> {
    let code_table = kind != CodeKind::Status;
    if options.is_none() && !code_table {
        return Ok(None);
    }
    // `match` rather than `Option` adaptors with closures: each closure is one more
    // instance of its adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let none = EnvelopeOptions::default();
    let options = match options {
        Some(options) => options,
        None => &none,
    };
    let data = given(&options.data, "data");
    let message = given(&options.message, "message");
    let code = given(&options.code, "code");
    let success = options.success.clone();
    let error = options.error.clone();
    let whole_body = data.is_empty();

    let mut tree = Tree {
        nodes: vec![Vec::new()],
    };
    if !whole_body {
        tree.insert(&data, role::DATA, EnvelopeKey::Data)?;
    }
    tree.insert(&message, role::MESSAGE, EnvelopeKey::Message)?;
    if code_table {
        tree.insert(&code, role::CODE, EnvelopeKey::Code)?;
    }
    for &(marker, role, key) in &[
        (&success, role::SUCCESS, EnvelopeKey::Success),
        (&error, role::ERROR, EnvelopeKey::Error),
    ] {
        if let Some(marker) = marker {
            tree.insert(&marker.path, role, key)?;
        }
    }
    if !whole_body {
        // Page's pagination fields, where no path of the API's already goes.
        for &(key, role) in &[
            ("continuation_token", role::CONTINUATION_TOKEN),
            ("next_url", role::NEXT_URL),
        ] {
            if tree.key(0, key).is_none() {
                tree.push(0, key, FieldSpec::Leaf(role));
            }
        }
    }
    Ok(Some(Envelope {
        whole_body,
        data,
        message,
        code: if code_table { code } else { String::new() },
        success: success.as_ref().map(marker_spec),
        error: error.as_ref().map(marker_spec),
        nodes: tree.nodes,
    }))
}

/// The path the attribute gives, or the default one.
fn given(path: &Option<String>, default: &str) -> String {
    match path {
        Some(path) => path.clone(),
        None => default.to_owned(),
    }
}

/// A dotted path without empty segments (`data` may be `""`, the whole body).
fn path_problem(path: &str, key: EnvelopeKey) -> Option<Diagnostic> {
    let may_be_empty = key == EnvelopeKey::Data;
    if (path.is_empty() && may_be_empty) || !path.split('.').any(str::is_empty) {
        return None;
    }
    Some(Diagnostic::argument(
        Argument::Envelope(key),
        format!(
            "the path \"{path}\" has an empty segment: write the keys from the body's top \
             level down, separated by single dots, such as \"error.code\"{}",
            if may_be_empty {
                " (or \"\" for the whole body)"
            } else {
                ""
            }
        ),
    ))
}

fn marker_spec(marker: &Marker) -> MarkerSpec {
    let path = marker.path.clone();
    match &marker.value {
        MarkerValue::Int(value) => MarkerSpec {
            path,
            text: value.to_string(),
            quoted: false,
            integer: Some(*value),
            boolean: None,
        },
        MarkerValue::Str(text) => MarkerSpec {
            path,
            text: text.clone(),
            quoted: true,
            // `"0"` also matches `0`, but `"01"` is not the text of any number.
            integer: match text.parse::<i64>() {
                Ok(value) if value.to_string() == *text => Some(value),
                _ => None,
            },
            boolean: None,
        },
        MarkerValue::Bool(value) => MarkerSpec {
            path,
            text: value.to_string(),
            quoted: false,
            integer: None,
            boolean: Some(*value),
        },
    }
}

struct Tree {
    nodes: Vec<Vec<(String, FieldSpec)>>,
}

impl Tree {
    fn key(&self, node: usize, key: &str) -> Option<FieldSpec> {
        for (k, field) in self.nodes.get(node)? {
            if k == key {
                return Some(*field);
            }
        }
        None
    }

    fn push(&mut self, node: usize, key: &str, field: FieldSpec) {
        if let Some(keys) = self.nodes.get_mut(node) {
            keys.push((key.to_owned(), field));
        }
    }

    fn set(&mut self, node: usize, key: &str, field: FieldSpec) {
        let Some(keys) = self.nodes.get_mut(node) else {
            return;
        };
        for (k, slot) in keys {
            if k == key {
                *slot = field;
                return;
            }
        }
    }

    /// Adds the path of a role; a key that is both an object on one path and the end of
    /// another, or the data path shared with another role, is an error.
    fn insert(&mut self, path: &str, role: u8, key: EnvelopeKey) -> Result<(), Diagnostic> {
        if let Some(problem) = path_problem(path, key) {
            return Err(problem);
        }
        let error = |message: String| Diagnostic::argument(Argument::Envelope(key), message);
        let segments: Vec<&str> = path.split('.').collect();
        let mut node = 0;
        // Where the path up to this segment ends: what an error about the segment quotes.
        let mut prefix_end = 0;
        for (i, segment) in segments.iter().enumerate() {
            let last = i + 1 == segments.len();
            prefix_end += segment.len() + usize::from(i > 0);
            match (self.key(node, segment), last) {
                (Some(FieldSpec::Node(_)), true) | (Some(FieldSpec::Leaf(_)), false) => {
                    return Err(error(format!(
                        "the path \"{path}\" contradicts another path of the envelope: `{}` \
                         cannot be both a value and an object holding other fields",
                        path.get(..prefix_end).unwrap_or(path)
                    )));
                }
                (Some(FieldSpec::Node(next)), false) => node = usize::from(next),
                (Some(FieldSpec::Leaf(roles)), true) => {
                    if (roles | role) & role::DATA != 0 {
                        return Err(error(format!(
                            "the path \"{path}\" is also the `data` path: the payload needs a \
                             key of its own"
                        )));
                    }
                    self.set(node, segment, FieldSpec::Leaf(roles | role));
                }
                (None, true) => self.push(node, segment, FieldSpec::Leaf(role)),
                (None, false) => {
                    let next = u8::try_from(self.nodes.len())
                        .map_err(|_| error("the envelope's paths nest too many objects".into()))?;
                    self.push(node, segment, FieldSpec::Node(next));
                    self.nodes.push(Vec::new());
                    node = usize::from(next);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(code: &str, message: &str, data: &str) -> EnvelopeOptions {
        EnvelopeOptions {
            data: Some(data.into()),
            message: Some(message.into()),
            code: Some(code.into()),
            success: None,
            error: None,
        }
    }

    #[test]
    fn nested_paths_share_their_objects() {
        let envelope = build(
            Some(&args("error.code", "error.message", "result")),
            CodeKind::Integer,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            envelope.nodes[0],
            [
                ("result".to_owned(), FieldSpec::Leaf(role::DATA)),
                ("error".to_owned(), FieldSpec::Node(1)),
                (
                    "continuation_token".to_owned(),
                    FieldSpec::Leaf(role::CONTINUATION_TOKEN)
                ),
                ("next_url".to_owned(), FieldSpec::Leaf(role::NEXT_URL)),
            ]
        );
        assert_eq!(
            envelope.nodes[1],
            [
                ("message".to_owned(), FieldSpec::Leaf(role::MESSAGE)),
                ("code".to_owned(), FieldSpec::Leaf(role::CODE)),
            ]
        );
    }

    #[test]
    fn a_code_that_is_also_the_success_marker_is_one_leaf() {
        let mut given = args("code", "msg", "data");
        given.success = Some(Marker {
            path: "code".into(),
            value: MarkerValue::Str("0".into()),
        });
        let envelope = build(Some(&given), CodeKind::String).unwrap().unwrap();
        assert!(envelope.nodes[0]
            .contains(&("code".into(), FieldSpec::Leaf(role::CODE | role::SUCCESS))));
        let success = envelope.success.unwrap();
        assert_eq!((success.integer, success.quoted), (Some(0), true));
    }

    #[test]
    fn contradicting_paths_are_errors() {
        let error = build(
            Some(&args("error.code", "error", "data")),
            CodeKind::Integer,
        )
        .unwrap_err()
        .message;
        assert!(error.contains("`error` cannot be both"), "{error}");
        let error = build(Some(&args("data", "msg", "data")), CodeKind::Integer)
            .unwrap_err()
            .message;
        assert!(error.contains("also the `data` path"), "{error}");
    }

    #[test]
    fn kaikos_envelope_is_the_runtimes_default() {
        assert_eq!(build(None, CodeKind::Status).unwrap(), None);
        let whole = build(Some(&args("code", "msg", "")), CodeKind::Integer)
            .unwrap()
            .unwrap();
        assert!(whole.whole_body);
        assert_eq!(
            whole.nodes[0].len(),
            2,
            "no pagination keys when the body is the data"
        );
    }
}

#[cfg(test)]
mod path_tests {
    use super::*;

    #[test]
    fn empty_segments_are_errors_on_their_key() {
        let mut envelope = EnvelopeOptions {
            code: Some("error..code".into()),
            ..EnvelopeOptions::default()
        };
        let problem = build(Some(&envelope), CodeKind::Integer).unwrap_err();
        assert_eq!(
            problem.argument,
            Some(Argument::Envelope(EnvelopeKey::Code))
        );
        assert!(problem
            .message
            .starts_with("the path \"error..code\" has an empty segment"));
        envelope.code = None;
        envelope.data = Some(String::new());
        assert!(
            build(Some(&envelope), CodeKind::Integer)
                .unwrap()
                .unwrap()
                .whole_body
        );
    }
}
