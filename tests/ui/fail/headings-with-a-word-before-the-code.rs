use kaiko_errors::error_table;

// `## Error 1000: DNS points to prohibited IP`: the code comes after a word, so no heading
// starts with one; the error says so and how to rewrite them.
#[error_table(spec = "specs/word-before-code.md", codes = "integer", layout = "headings")]
pub enum EdgeError {}

fn main() {
    let _ = EdgeError::ALL;
}
