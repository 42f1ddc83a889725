//! `generate` on a spec, once: for counting instructions with callgrind (stable where wall
//! time is not), as BENCHMARKS.md does.
//!
//! `cargo build --release -p kaiko-errors-codegen --example generate_once`, then
//! `valgrind --tool=callgrind target/release/examples/generate_once SPEC [integer|headings]`.

use kaiko_errors_codegen::{generate, CodeKind, EnumItem, Layout, Options, Target};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(spec) = args.next() else {
        eprintln!("usage: generate_once SPEC [integer|headings]");
        std::process::exit(2);
    };
    let mut options = Options::new(spec);
    match args.next().as_deref() {
        Some("integer") => {
            options.codes = CodeKind::Integer;
            options.code_column = Some("Code".into());
            options.name_column = Some("Name".into());
            options.message_column = Some("Message".into());
        }
        Some("headings") => {
            options.codes = CodeKind::Integer;
            options.layout = Layout::Headings;
        }
        _ => {}
    }
    let item = EnumItem::parse_str("pub enum E {}").expect("a valid enum");
    match generate(&item, &options, std::path::Path::new(""), Target::Macro) {
        Ok(generated) => println!("{} variants", generated.rows().len()),
        Err(problems) => {
            for problem in problems {
                eprintln!("{}", problem.with_source_line());
            }
            std::process::exit(1);
        }
    }
}
