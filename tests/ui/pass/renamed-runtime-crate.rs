//! `crate = "..."` for a renamed dependency: the generated code names the runtime crate by
//! that path (here a re-export), not `::kaiko_errors`.

mod deps {
    pub use kaiko_errors as errors;
}

#[kaiko_errors::error_table(spec = "specs/exchange.md", crate = "crate::deps::errors")]
pub enum Renamed {}

fn main() {
    let error = Renamed::decode::<Vec<u8>>(418, br#"{"result":"error","message":"short and stout"}"#).unwrap_err();
    assert_eq!(error.code(), Some(Renamed::ImATeapot));
    assert_eq!(u16::from(Renamed::ImATeapot), 418);
}
