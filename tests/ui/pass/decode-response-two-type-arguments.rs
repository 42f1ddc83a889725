//! `http::decode_response::<E, T>`: two type arguments, whatever the body type.
use kaiko_errors::{ErrorCode, Page};

fn trades<B: AsRef<[u8]>>(response: &http::Response<B>) -> Option<Page<Vec<u64>>> {
    kaiko_errors::http::decode_response::<ErrorCode, Vec<u64>>(response).ok()
}

fn main() {
    let body = br#"{"data":[1,2],"result":"success"}"#;
    let vec = http::Response::new(body.to_vec());
    let slice = http::Response::new(&body[..]);
    let bytes = http::Response::new(bytes::Bytes::from_static(body));
    let string = http::Response::new(String::from_utf8(body.to_vec()).unwrap());
    for page in [trades(&vec), trades(&slice), trades(&bytes), trades(&string)] {
        assert_eq!(page.map(|page| page.data), Some(vec![1, 2]));
    }
    // Borrowed data borrows from the response.
    let response = http::Response::new(r#"{"data":["a"],"result":"success"}"#);
    let page = kaiko_errors::http::decode_response::<ErrorCode, Vec<&str>>(&response);
    assert_eq!(page.map(|page| page.data).ok(), Some(vec!["a"]));
}
