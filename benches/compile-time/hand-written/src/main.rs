//! Kaiko's table written by hand with thiserror and serde: the enum, the status mapping,
//! the messages, serde as the numeric code, and an envelope decoder.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum KaikoError {
    #[error("Bad Request")]
    BadRequest,
    #[error("Unauthorized -- You are not authenticated properly. See Authentication.")]
    Unauthorized,
    #[error("Forbidden -- You don't have access to the requested resource.")]
    Forbidden,
    #[error("Not Found")]
    NotFound,
    #[error("Method Not Allowed")]
    MethodNotAllowed,
    #[error("Not Acceptable")]
    NotAcceptable,
    #[error("Rate limit reached")]
    RateLimitReached,
    #[error("Internal Server Error -- We had a problem with our service. Try again later.")]
    InternalServerError,
    #[error("Service Unavailable -- We're temporarily offline for maintenance.")]
    ServiceUnavailable,
}

impl KaikoError {
    pub const ALL: &'static [Self] = &[
        Self::BadRequest,
        Self::Unauthorized,
        Self::Forbidden,
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::NotAcceptable,
        Self::RateLimitReached,
        Self::InternalServerError,
        Self::ServiceUnavailable,
    ];

    pub const fn status(self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::NotAcceptable => 406,
            Self::RateLimitReached => 429,
            Self::InternalServerError => 500,
            Self::ServiceUnavailable => 503,
        }
    }

    pub const fn from_status(status: u16) -> Option<Self> {
        Some(match status {
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            405 => Self::MethodNotAllowed,
            406 => Self::NotAcceptable,
            429 => Self::RateLimitReached,
            500 => Self::InternalServerError,
            503 => Self::ServiceUnavailable,
            _ => return None,
        })
    }

    pub const fn reason(self) -> &'static str {
        match self {
            Self::BadRequest => "Bad Request",
            Self::Unauthorized => "Unauthorized",
            Self::Forbidden => "Forbidden",
            Self::NotFound => "Not Found",
            Self::MethodNotAllowed => "Method Not Allowed",
            Self::NotAcceptable => "Not Acceptable",
            Self::RateLimitReached => "Rate limit reached",
            Self::InternalServerError => "Internal Server Error",
            Self::ServiceUnavailable => "Service Unavailable",
        }
    }
}

impl Serialize for KaikoError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.status())
    }
}

impl<'de> Deserialize<'de> for KaikoError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let status = u16::deserialize(deserializer)?;
        Self::from_status(status)
            .ok_or_else(|| serde::de::Error::custom(format!("undocumented status {status}")))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("HTTP {status}: {message:?}")]
    Server { status: u16, code: Option<KaikoError>, message: Option<String> },
    #[error("invalid body: {0}")]
    Decode(#[from] serde_json::Error),
}

#[derive(Deserialize)]
struct Envelope {
    result: String,
    message: Option<String>,
    #[serde(default)]
    data: serde_json::Value,
    continuation_token: Option<String>,
    next_url: Option<String>,
}

pub struct Page<T> {
    pub data: T,
    pub continuation_token: Option<String>,
    pub next_url: Option<String>,
}

pub fn decode<T: serde::de::DeserializeOwned>(status: u16, body: &[u8]) -> Result<Page<T>, ApiError> {
    let success_status = (200..300).contains(&status);
    let server = |message| ApiError::Server { status, code: KaikoError::from_status(status), message };
    let envelope: Envelope = match serde_json::from_slice(body) {
        Ok(envelope) => envelope,
        Err(error) if success_status => return Err(ApiError::Decode(error)),
        Err(_) => return Err(server(None)),
    };
    if success_status && envelope.result == "success" {
        Ok(Page {
            data: T::deserialize(envelope.data)?,
            continuation_token: envelope.continuation_token,
            next_url: envelope.next_url,
        })
    } else {
        Err(server(envelope.message))
    }
}

#[derive(Debug, Deserialize)]
pub struct Trade {
    pub trade_id: String,
    pub price: String,
}

fn main() {
    let body = br#"{"data":[{"trade_id":"1","price":"2"}],"result":"success"}"#;
    let page: Page<Vec<Trade>> = decode(200, body).unwrap();
    println!("{:?} {:?}", page.data, KaikoError::ALL);
    let error = decode::<Vec<Trade>>(429, br#"{"result":"error","message":"m"}"#).err();
    println!("{error:?}");
}
