//! Compile tests: every diagnostic of a malformed spec, and downstream crates that build.
//!
//! trybuild compiles each case in its own crate under `target/tests/trybuild/`, where
//! `CARGO_MANIFEST_DIR` is that folder, not this one. So that the cases name real spec
//! files with the same relative paths as ordinary downstream code (`specs/...`), the
//! specs are copied there first, beside two generated ones too big to commit: a table of
//! every status 100..=599 and a 5 MB page.

use std::path::{Path, PathBuf};

#[test]
fn ui() {
    stage_specs();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/fail/*.rs");
    cases.pass("ui/pass/*.rs");
}

/// Copies `specs/` into the crate trybuild builds the cases in.
fn stage_specs() {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target directory");
    let project_dir: PathBuf = [
        target_dir,
        Path::new("tests/trybuild"),
        Path::new(env!("CARGO_PKG_NAME")),
    ]
    .iter()
    .collect();
    let staged = project_dir.join("specs");
    std::fs::create_dir_all(&staged).expect("create the staged specs folder");
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    for entry in std::fs::read_dir(specs).expect("read specs/") {
        let path = entry.expect("list specs/").path();
        let name = path.file_name().expect("a spec file has a name");
        std::fs::copy(&path, staged.join(name)).expect("copy a spec");
    }
    std::fs::write(staged.join("every-status.md"), every_status_page())
        .expect("write every-status.md");
    std::fs::write(staged.join("five-megabytes.md"), five_megabyte_page())
        .expect("write five-megabytes.md");
}

/// A table with a row for every code 100..=599 (500 rows).
fn every_status_page() -> String {
    let mut page = String::from("# Every status\n\n| Error Code | Meaning |\n|---|---|\n");
    for status in 100..=599 {
        page.push_str(&format!(
            "| {status} | Status {status} -- Row {status} of the table. |\n"
        ));
    }
    page
}

/// Kaiko's page after 5 MB of prose, headings and decoy tables.
fn five_megabyte_page() -> String {
    let filler = "Lorem ipsum dolor sit amet, **consectetur** adipiscing elit, [sed](https://x.test) do eiusmod.\n\n\
                  | Status | Notes |\n|---|---|\n| 1 | decoy |\n\n## Heading\n\n";
    let mut page = filler.repeat(5 * 1024 * 1024 / filler.len() + 1);
    page.push_str(include_str!("../../spec/error-codes.md"));
    page
}
