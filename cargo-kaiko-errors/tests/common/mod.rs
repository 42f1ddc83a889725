//! What the CLI tests share: the binary, run as Cargo runs it, in this package.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_cargo-kaiko-errors");

/// Where the test runs: the package's directory, so that spec paths read as a user types
/// them.
pub fn package() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// `cargo kaiko-errors ARGS`, as Cargo runs the subcommand.
pub fn cargo_kaiko_errors(args: &[&str]) -> Run {
    let output = Command::new(BIN)
        .arg("kaiko-errors")
        .args(args)
        .current_dir(package())
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}
