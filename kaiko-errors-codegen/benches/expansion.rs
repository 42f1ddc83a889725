//! What the attribute costs per build: `generate` on Kaiko's page and on three 500-entry
//! pages (statuses, integer codes with names, code headings), each beside the baseline of
//! the same run: pulldown-cmark parsing the same page, the least any Markdown reader does.
//!
//! `cargo bench -p kaiko-errors-codegen --bench expansion`

use criterion::{criterion_group, criterion_main, Criterion};
use kaiko_errors_codegen::{
    generate, CodeKind, EnumItem, EnvelopeOptions, Layout, Options, Target,
};
use std::hint::black_box;

fn every_status_page() -> String {
    let mut page = String::from("# Every status\n\n| Error Code | Meaning |\n|---|---|\n");
    for status in 100..=599 {
        page.push_str(&format!(
            "| {status} | Status {status} -- Row number {status}. |\n"
        ));
    }
    page
}

fn integer_codes_page() -> String {
    let mut page = String::from("# Codes\n\n| Code | Name | Message |\n|---|---|---|\n");
    for code in -1499..=-1000 {
        page.push_str(&format!(
            "| {code} | ERROR_{} | Error number {code}. |\n",
            -code
        ));
    }
    page
}

fn code_headings_page() -> String {
    let mut page = String::from("# Error codes\n\nErrors have a code and a message.\n");
    for code in -1499..=-1000 {
        if code % 50 == 0 || code == -1499 {
            page.push_str(&format!("\n## {}xx - Section\n", -code / 100));
        }
        page.push_str(&format!(
            "\n### {code} ERROR_{}\n * Error number {code}.\n * Too much weight; limit %s.\n   * Nested.\n",
            -code
        ));
    }
    page
}

fn binance_envelope() -> EnvelopeOptions {
    let mut envelope = EnvelopeOptions::default();
    envelope.code = Some("code".into());
    envelope.message = Some("msg".into());
    envelope.data = Some(String::new());
    envelope
}

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("kaiko-errors-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let item = EnumItem::parse_str("pub enum E {}").unwrap();
    let kaiko = include_str!("../spec/error-codes.md").to_owned();
    let mut cases = vec![
        ("kaiko", kaiko, Options::new("kaiko.md")),
        (
            "500 statuses",
            every_status_page(),
            Options::new("statuses.md"),
        ),
    ];
    let mut integers = Options::new("integers.md");
    integers.codes = CodeKind::Integer;
    integers.code_column = Some("Code".into());
    integers.name_column = Some("Name".into());
    integers.message_column = Some("Message".into());
    integers.envelope = Some(binance_envelope());
    cases.push(("500 integer codes", integer_codes_page(), integers));
    let mut headings = Options::new("headings.md");
    headings.codes = CodeKind::Integer;
    headings.layout = Layout::Headings;
    headings.envelope = Some(binance_envelope());
    cases.push(("500 code headings", code_headings_page(), headings));

    let mut group = c.benchmark_group("expansion");
    for (name, page, options) in &cases {
        std::fs::write(dir.join(&options.spec), page).unwrap();
        group.bench_function(format!("{name}: pulldown-cmark parse (baseline)"), |b| {
            let options = pulldown_cmark::Options::ENABLE_TABLES
                | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
            b.iter(|| pulldown_cmark::Parser::new_ext(black_box(page), options).count());
        });
        group.bench_function(format!("{name}: generate"), |b| {
            b.iter(|| generate(&item, black_box(options), &dir, Target::Macro).unwrap());
        });
    }
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, bench);
criterion_main!(benches);
