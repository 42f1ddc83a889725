//! Names that rustc's `confusable_idents`, `mixed_script_confusables` and
//! `uncommon_codepoints` lints would flag in hand-written code (Cyrillic `Ѕеt` beside Latin
//! `Set`, Greek `Οk`, mathematical `𝐀pple`) trip nothing when generated: those lints look
//! only at identifiers written in the source.

#![deny(warnings)]

#[kaiko_errors::error_table(spec = "specs/confusable-names.md")]
pub enum Confusable {}

fn main() {
    let statuses: Vec<u16> = Confusable::ALL.iter().map(|c| c.status()).collect();
    assert_eq!(statuses, [400, 401, 402, 403, 404]);
    assert_eq!(format!("{:?}", Confusable::ALL[3]), "Запрещено");
}
