//! YAML front matter at the top is skipped (its table-shaped lines too); a `---` block
//! further down is ordinary Markdown.

#[kaiko_errors::error_table(spec = "specs/front-matter.md")]
pub enum Documented {}

const _: () = assert!(Documented::ALL.len() == 2);
const _: () = assert!(Documented::NotFound.status() == 404);
const _: () = assert!(Documented::from_status(999).is_none());

fn main() {}
