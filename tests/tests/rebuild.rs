//! Editing the spec regenerates the enum on the next `cargo build`: no `cargo clean`, no
//! touch of Rust code. Builds a throwaway downstream crate with the real cargo.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const MAIN_RS: &str = r#"
#[kaiko_errors::error_table(spec = "specs/errors.md")]
pub enum ProbeError {}

fn main() {
    for code in ProbeError::ALL {
        println!("{} {:?} {}", code.status(), code, code);
    }
}
"#;

const SPEC_BEFORE: &str =
    "| Error Code | Meaning |\n|---|---|\n| 404 | Not Found |\n| 429 | Too Many Requests |\n";
const SPEC_AFTER: &str = "| Error Code | Meaning |\n|---|---|\n| 404 | Not Found |\n| 429 | Rate limit reached -- Slow down. |\n| 503 | Service Unavailable |\n";

#[test]
fn editing_the_spec_regenerates_without_cargo_clean() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let probe = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-probe");
    write_probe_crate(&probe, workspace);

    let before = cargo_run(&probe);
    assert_eq!(
        before.0,
        "404 NotFound Not Found\n429 TooManyRequests Too Many Requests\n"
    );

    // Cargo compares modification times; make sure the edit is seen as newer.
    std::thread::sleep(Duration::from_millis(1100));
    write(&probe.join("specs/errors.md"), SPEC_AFTER);
    let after = cargo_run(&probe);
    assert_eq!(
        after.0,
        "404 NotFound Not Found\n429 RateLimitReached Rate limit reached -- Slow down.\n503 ServiceUnavailable Service Unavailable\n"
    );
    eprintln!("rebuild after a spec edit: {:?}", after.1);
}

fn write_probe_crate(probe: &Path, workspace: &Path) {
    let manifest = format!(
        "[package]\nname = \"rebuild-probe\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nkaiko-errors = {{ path = {:?} }}\n\n[workspace]\n",
        workspace.join("kaiko-errors")
    );
    write(&probe.join("Cargo.toml"), &manifest);
    write(&probe.join("src/main.rs"), MAIN_RS);
    write(&probe.join("specs/errors.md"), SPEC_BEFORE);
    // The workspace's lock file pins the same versions, so `--offline` finds them all.
    std::fs::copy(workspace.join("Cargo.lock"), probe.join("Cargo.lock")).expect("copy Cargo.lock");
}

fn cargo_run(probe: &Path) -> (String, Duration) {
    let cargo: PathBuf = std::env::var_os("CARGO").map_or_else(|| "cargo".into(), PathBuf::from);
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(probe)
        .env("CARGO_TARGET_DIR", probe.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        elapsed,
    )
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("create a folder of the probe crate");
    }
    std::fs::write(path, text).expect("write a file of the probe crate");
}
