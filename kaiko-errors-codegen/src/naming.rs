//! The rule that turns a row's reason into a variant name.

/// The separators between a message's reason and its detail, in the forms typography gives them.
const SEPARATORS: [&str; 3] = [" -- ", " \u{2013} ", " \u{2014} "];

/// Apostrophes dropped inside a word (`I'm` -> `Im`): ASCII, typographic, modifier letter.
const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{2bc}'];

/// Splits a message into its reason and, after the first separator, its detail.
pub fn split_message(message: &str) -> (&str, Option<&str>) {
    // Loops rather than adaptors with closures: each closure is one more instance of its
    // adaptor compiled into the crate (compile time, BENCHMARKS.md).
    let mut first: Option<(usize, usize)> = None;
    for &sep in &SEPARATORS {
        let Some(at) = message.find(sep) else {
            continue;
        };
        // Two separators cannot start at one byte: they differ in their second character.
        match first {
            Some((earliest, _)) if earliest < at => {}
            _ => first = Some((at, sep.len())),
        }
    }
    match first {
        Some((at, len)) => {
            let reason = message.get(..at).unwrap_or(message).trim();
            let detail = message.get(at + len..).unwrap_or_default().trim();
            (
                reason,
                if detail.is_empty() {
                    None
                } else {
                    Some(detail)
                },
            )
        }
        None => (message, None),
    }
}

/// Why a reason gives no valid variant name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// The reason has no letter or digit at all.
    NoWord,
    /// The name starts with something that cannot start an identifier (a digit).
    BadStart(String),
    /// The name is a Rust keyword.
    Keyword(String),
}

/// The UpperCamelCase variant name of a reason.
///
/// Words are split on anything that cannot continue an identifier (whitespace,
/// punctuation, `_`); a word in all capitals becomes one capitalised word
/// (`HTTP` -> `Http`), any other word keeps its inner letters (`OAuth`).
pub fn variant_name(reason: &str) -> Result<String, NameError> {
    let mut without_apostrophes = String::with_capacity(reason.len());
    for c in reason.chars() {
        if !APOSTROPHES.contains(&c) {
            without_apostrophes.push(c);
        }
    }
    let mut name = String::with_capacity(reason.len());
    for word in without_apostrophes.split(|c: char| c == '_' || !unicode_ident::is_xid_continue(c))
    {
        if !word.is_empty() {
            push_capitalised(&mut name, word);
        }
    }
    let mut chars = name.chars();
    let first = chars.next().ok_or(NameError::NoWord)?;
    // Case mapping can change a character's class, so the whole name is checked again.
    if !unicode_ident::is_xid_start(first) || !chars.all(unicode_ident::is_xid_continue) {
        return Err(NameError::BadStart(name));
    }
    if is_keyword(&name) {
        return Err(NameError::Keyword(name));
    }
    Ok(name)
}

fn push_capitalised(name: &mut String, word: &str) {
    let all_capitals =
        word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase);
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        name.extend(first.to_uppercase());
    }
    if all_capitals {
        for c in chars {
            name.extend(c.to_lowercase());
        }
    } else {
        name.extend(chars);
    }
}

/// Whether `name` can name a variant: a Rust identifier that is no keyword (`_` and raw
/// identifiers are not names).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (unicode_ident::is_xid_start(first) || first == '_')
        && chars.all(unicode_ident::is_xid_continue)
        && name != "_"
        && !RUST_KEYWORDS.contains(&name)
}

/// Rust's strict, reserved and weak-but-rejected keywords: what no identifier may be.
const RUST_KEYWORDS: [&str; 52] = [
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Rust's strict and reserved keywords in the forms a capitalised name can take.
/// Only `Self` can come out of the rule today; the rest guard future changes to it.
fn is_keyword(name: &str) -> bool {
    matches!(name, "Self")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn name(reason: &str) -> String {
        variant_name(reason).unwrap()
    }

    #[test]
    fn names_follow_the_documented_rule() {
        assert_eq!(
            name("HTTP Version Not Supported"),
            "HttpVersionNotSupported"
        );
        assert_eq!(name("ERR_UNKNOWN"), "ErrUnknown");
        assert_eq!(name("OAuth token expired"), "OAuthTokenExpired");
        assert_eq!(name("Rate limit reached"), "RateLimitReached");
        assert_eq!(name("I'm a teapot"), "ImATeapot");
        assert_eq!(name("I\u{2019}m a teapot"), "ImATeapot");
        assert_eq!(name("Internal Server Error"), "InternalServerError");
        assert_eq!(name("Request-URI Too Long"), "RequestUriTooLong");
        assert_eq!(name("Zu viele Anfragen"), "ZuVieleAnfragen");
        assert_eq!(name("überlastet"), "Überlastet");
        assert_eq!(name("Не найдено"), "НеНайдено");
        assert_eq!(name("未找到"), "未找到");
        assert_eq!(name("Ok"), "Ok");
    }

    #[test]
    fn names_that_are_not_identifiers_are_errors() {
        assert_eq!(variant_name("!!! ???"), Err(NameError::NoWord));
        assert_eq!(variant_name("\u{1f525}\u{1f525}"), Err(NameError::NoWord));
        assert_eq!(variant_name(""), Err(NameError::NoWord));
        assert_eq!(
            variant_name("3D Secure Required"),
            Err(NameError::BadStart("3dSecureRequired".into()))
        );
        assert_eq!(variant_name("self"), Err(NameError::Keyword("Self".into())));
    }

    #[test]
    fn identifiers_are_told_from_keywords_and_other_words() {
        for name in ["TooManyRequests", "_private", "Überlast", "fn_", "r"] {
            assert!(is_identifier(name), "{name}");
        }
        for name in [
            "", "_", "fn", "Self", "self", "1st", "Too Many", "r#fn", " A", "a-b",
        ] {
            assert!(!is_identifier(name), "{name}");
        }
    }

    #[test]
    fn messages_split_at_the_first_separator() {
        assert_eq!(
            split_message("Unauthorized -- You are not. See -- this."),
            ("Unauthorized", Some("You are not. See -- this."))
        );
        assert_eq!(
            split_message("Gone \u{2013} for good"),
            ("Gone", Some("for good"))
        );
        assert_eq!(
            split_message("Gone \u{2014} for good"),
            ("Gone", Some("for good"))
        );
        assert_eq!(split_message("A \u{2014} b -- c"), ("A", Some("b -- c")));
        assert_eq!(
            split_message("Rate-limit--reached"),
            ("Rate-limit--reached", None)
        );
        assert_eq!(split_message("Not Found"), ("Not Found", None));
    }
}
