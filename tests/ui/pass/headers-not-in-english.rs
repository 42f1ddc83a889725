//! Column names in any language, and variant names in CJK.

#![deny(warnings)]

#[kaiko_errors::error_table(spec = "specs/chinese-headers.md", code_column = "状态码", message_column = "含义")]
pub enum 错误 {}

const _: () = assert!(错误::请求无效.status() == 400);
const _: () = assert!(错误::未找到.status() == 404);

fn main() {
    assert_eq!(错误::请求无效.detail(), Some("参数错误。"));
}
