//! Reasons not in English give identifiers: `Zu viele Anfragen`, `Überlastet`, `未找到`,
//! `Не найдено` (the spec also has CRLF line endings and a UTF-8 BOM).

#![deny(warnings)]

#[kaiko_errors::error_table(spec = "specs/localized.md")]
pub enum Localized {}

const _: () = {
    assert!(Localized::ZuVieleAnfragen.status() == 429);
    assert!(Localized::Überlastet.status() == 503);
    assert!(Localized::未找到.status() == 404);
    assert!(Localized::НеНайдено.status() == 410);
};

fn main() {}
