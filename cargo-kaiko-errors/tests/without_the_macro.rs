//! A generated file compiles in a crate of its own, outside this workspace (so that
//! Cargo does not unify in the features the workspace's crates turn on), that depends on
//! `kaiko-errors` with `default-features = false`: no proc-macro and no syn are built.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{cargo_kaiko_errors, package};

fn generate(args: &[&str], out: &Path) {
    let mut all = vec!["generate"];
    all.extend(args);
    all.extend(["--out", out.to_str().unwrap()]);
    let run = cargo_kaiko_errors(&all);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
}

/// The runtime of this repository when the test runs in it; the published one otherwise.
fn runtime_dependency() -> String {
    let local = package().join("../kaiko-errors");
    if local.join("Cargo.toml").is_file() {
        let path = std::fs::canonicalize(local).unwrap();
        format!(
            "{{ path = {:?}, default-features = false }}",
            path.display().to_string()
        )
    } else {
        format!(
            "{{ version = \"={}\", default-features = false }}",
            env!("CARGO_PKG_VERSION")
        )
    }
}

const LIB: &str = r##"//! A client crate that commits its generated error types.
#![deny(warnings, missing_docs, unreachable_pub)]
#![forbid(unsafe_code)]

/// Kaiko's table, generated.
pub mod kaiko;
/// Binance's code headings, generated.
pub mod binance;

/// The generated API in use.
#[must_use]
pub fn describe(status: u16, body: &[u8]) -> String {
    match kaiko::ErrorCode::decode::<Vec<u64>>(status, body) {
        Ok(page) => format!("{} items", page.data.len()),
        Err(error) => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_types_work() {
        assert_eq!(kaiko::ErrorCode::from_status(404), Some(kaiko::ErrorCode::NotFound));
        assert_eq!(binance::BinanceError::from_code(-1121).map(binance::BinanceError::code), Some(-1121));
        assert!(<binance::BinanceError as kaiko_errors::ErrorTable>::retryable(binance::BinanceError::TooManyRequests));
        let error = binance::BinanceError::decode::<Vec<u64>>(400, br#"{"code":-1121,"msg":"Invalid symbol."}"#).unwrap_err();
        assert_eq!(error.code(), Some(binance::BinanceError::BadSymbol));
        assert_eq!(describe(200, br#"{"result":"success","data":[1,2]}"#), "2 items");
    }
}
"##;

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> String {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn a_generated_file_builds_without_the_macro() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("without-the-macro");
    let src = root.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"generated-client\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\nkaiko-errors = {}\n\n[workspace]\n",
            runtime_dependency()
        ),
    )
    .unwrap();
    // The workspace's lock file: the same dependency versions, and no resolution online.
    let lock = package().join("../Cargo.lock");
    if lock.is_file() {
        std::fs::copy(lock, root.join("Cargo.lock")).unwrap();
    }
    std::fs::write(src.join("lib.rs"), LIB).unwrap();
    generate(
        &[
            "tests/specs/kaiko-error-codes.md",
            "--name",
            "ErrorCode",
            "--doc",
            "Kaiko's errors.",
            "--non-exhaustive",
        ],
        &src.join("kaiko.rs"),
    );
    generate(
        &[
            "tests/specs/binance-error-codes.md",
            "--name",
            "BinanceError",
            "--doc",
            "Binance's errors.",
            "--codes",
            "integer",
            "--layout",
            "headings",
            "--envelope",
            "code=code",
            "--envelope",
            "message=msg",
            "--envelope",
            "data=",
            "--retryable=-1003,-1015",
        ],
        &src.join("binance.rs"),
    );
    let target = root.join("target");
    cargo(&root, &target, &["test", "--quiet"]);
    let tree = cargo(
        &root,
        &target,
        &["tree", "--edges", "normal,build", "--prefix", "none"],
    );
    assert!(tree.contains("kaiko-errors v"), "{tree}");
    for absent in [
        "kaiko-errors-macros",
        "kaiko-errors-codegen",
        "syn v",
        "proc-macro2",
    ] {
        assert!(!tree.contains(absent), "`{absent}` is built:\n{tree}");
    }
}
