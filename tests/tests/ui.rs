//! Compile tests: every diagnostic of a malformed spec, and downstream crates that build.
//!
//! trybuild compiles each case in its own crate under `target/tests/trybuild/`, where
//! `CARGO_MANIFEST_DIR` is that folder, not this one. So that the cases name real spec
//! files with the same relative paths as ordinary downstream code (`specs/...`), the
//! specs are copied there first.

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
}
