//! Kaiko's table through the attribute, and a decode of a trades page.

use serde::Deserialize;

#[kaiko_errors::error_table(spec = "spec/error-codes.md")]
pub enum KaikoError {}

#[derive(Debug, Deserialize)]
pub struct Trade<'a> {
    pub trade_id: &'a str,
    pub price: &'a str,
}

fn main() {
    let body = br#"{"data":[{"trade_id":"1","price":"2"}],"result":"success"}"#;
    let page = KaikoError::decode::<Vec<Trade<'_>>>(200, body).unwrap();
    println!("{:?} {:?}", page.data, KaikoError::ALL);
    let error = KaikoError::decode::<Vec<Trade<'_>>>(429, br#"{"result":"error","message":"m"}"#).unwrap_err();
    println!("{error}");
}
