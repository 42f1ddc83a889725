//! The enum generated in build.rs works as the macro's does, and the script tells Cargo
//! to rerun it when the spec changes.

use kaiko_errors_build_script::TwirpError;

#[test]
fn the_build_script_generates_the_enum() {
    assert_eq!(
        TwirpError::from_code("not_found"),
        Some(TwirpError::NotFound)
    );
    assert_eq!(TwirpError::NotFound.status(), 404);
    assert_eq!(TwirpError::ALL.len(), 17);
    let error = TwirpError::decode::<Vec<u8>>(404, br#"{"code":"not_found","msg":"no such hat"}"#)
        .unwrap_err();
    assert_eq!(error.code(), Some(TwirpError::NotFound));
    assert_eq!(error.message(), Some("no such hat"));
}

#[test]
fn the_build_script_reruns_when_the_spec_changes() {
    // Cargo keeps what the script printed beside its OUT_DIR.
    let output = std::path::Path::new(env!("OUT_DIR")).join("../output");
    let printed = std::fs::read_to_string(output).unwrap();
    assert!(
        printed
            .lines()
            .any(|line| line == "cargo:rerun-if-changed=specs/twirp-errors.md"),
        "{printed}"
    );
}
