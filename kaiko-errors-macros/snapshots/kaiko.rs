/// The errors of Kaiko's REST API.
#[non_exhaustive]
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub enum ErrorCode {
    /// HTTP `400`: Bad Request
    ///
    /// From line 11 of ../spec/error-codes.md.
    BadRequest,
    /// HTTP `401`: Unauthorized -- You are not authenticated properly. See Authentication.
    ///
    /// From line 12 of ../spec/error-codes.md.
    Unauthorized,
    /// HTTP `403`: Forbidden -- You don't have access to the requested resource.
    ///
    /// From line 13 of ../spec/error-codes.md.
    Forbidden,
    /// HTTP `404`: Not Found
    ///
    /// From line 14 of ../spec/error-codes.md.
    NotFound,
    /// HTTP `405`: Method Not Allowed
    ///
    /// From line 15 of ../spec/error-codes.md.
    MethodNotAllowed,
    /// HTTP `406`: Not Acceptable
    ///
    /// From line 16 of ../spec/error-codes.md.
    NotAcceptable,
    /// HTTP `429`: Rate limit reached
    ///
    /// From line 17 of ../spec/error-codes.md.
    RateLimitReached,
    /// HTTP `500`: Internal Server Error -- We had a problem with our service. Try again later.
    ///
    /// From line 18 of ../spec/error-codes.md.
    InternalServerError,
    /// HTTP `503`: Service Unavailable -- We're temporarily offline for maintenance.
    ///
    /// From line 19 of ../spec/error-codes.md.
    ServiceUnavailable,
}
const _: () = {
    const _: &[::core::primitive::u8] = ::core::include_bytes!(
        "../spec/error-codes.md"
    );
    impl ErrorCode {
        /// Every variant, in the order of the spec table.
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
        /// The HTTP status this error is documented under.
        #[must_use]
        #[inline]
        pub const fn status(self) -> ::core::primitive::u16 {
            match self {
                Self::BadRequest => 400u16,
                Self::Unauthorized => 401u16,
                Self::Forbidden => 403u16,
                Self::NotFound => 404u16,
                Self::MethodNotAllowed => 405u16,
                Self::NotAcceptable => 406u16,
                Self::RateLimitReached => 429u16,
                Self::InternalServerError => 500u16,
                Self::ServiceUnavailable => 503u16,
            }
        }
        /// The variant documented for an HTTP status, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        pub const fn from_status(
            status: ::core::primitive::u16,
        ) -> ::core::option::Option<Self> {
            match status {
                400u16 => ::core::option::Option::Some(Self::BadRequest),
                401u16 => ::core::option::Option::Some(Self::Unauthorized),
                403u16 => ::core::option::Option::Some(Self::Forbidden),
                404u16 => ::core::option::Option::Some(Self::NotFound),
                405u16 => ::core::option::Option::Some(Self::MethodNotAllowed),
                406u16 => ::core::option::Option::Some(Self::NotAcceptable),
                429u16 => ::core::option::Option::Some(Self::RateLimitReached),
                500u16 => ::core::option::Option::Some(Self::InternalServerError),
                503u16 => ::core::option::Option::Some(Self::ServiceUnavailable),
                _ => ::core::option::Option::None,
            }
        }
        /// The documented message: a table row's whole cell, or the first message
        /// under a code heading.
        #[must_use]
        #[inline]
        pub const fn message(self) -> &'static ::core::primitive::str {
            match self {
                Self::BadRequest => "Bad Request",
                Self::Unauthorized => {
                    "Unauthorized -- You are not authenticated properly. See Authentication."
                }
                Self::Forbidden => {
                    "Forbidden -- You don't have access to the requested resource."
                }
                Self::NotFound => "Not Found",
                Self::MethodNotAllowed => "Method Not Allowed",
                Self::NotAcceptable => "Not Acceptable",
                Self::RateLimitReached => "Rate limit reached",
                Self::InternalServerError => {
                    "Internal Server Error -- We had a problem with our service. Try again later."
                }
                Self::ServiceUnavailable => {
                    "Service Unavailable -- We're temporarily offline for maintenance."
                }
            }
        }
        /// Every documented message, in page order: `message()` first. A table row
        /// has one; a code heading one per bullet under it.
        #[must_use]
        #[inline]
        pub const fn messages(self) -> &'static [&'static ::core::primitive::str] {
            match self {
                Self::BadRequest => &["Bad Request"],
                Self::Unauthorized => {
                    &[
                        "Unauthorized -- You are not authenticated properly. See Authentication.",
                    ]
                }
                Self::Forbidden => {
                    &["Forbidden -- You don't have access to the requested resource."]
                }
                Self::NotFound => &["Not Found"],
                Self::MethodNotAllowed => &["Method Not Allowed"],
                Self::NotAcceptable => &["Not Acceptable"],
                Self::RateLimitReached => &["Rate limit reached"],
                Self::InternalServerError => {
                    &[
                        "Internal Server Error -- We had a problem with our service. Try again later.",
                    ]
                }
                Self::ServiceUnavailable => {
                    &[
                        "Service Unavailable -- We're temporarily offline for maintenance.",
                    ]
                }
            }
        }
        /// The reason: the message up to its first ` -- ` separator, or all of it.
        #[must_use]
        #[inline]
        pub const fn reason(self) -> &'static ::core::primitive::str {
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
        /// The detail: the message after its first ` -- ` separator, if it has one.
        #[must_use]
        #[inline]
        pub const fn detail(
            self,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match self {
                Self::BadRequest
                | Self::NotFound
                | Self::MethodNotAllowed
                | Self::NotAcceptable
                | Self::RateLimitReached => ::core::option::Option::None,
                Self::Unauthorized => {
                    ::core::option::Option::Some(
                        "You are not authenticated properly. See Authentication.",
                    )
                }
                Self::Forbidden => {
                    ::core::option::Option::Some(
                        "You don't have access to the requested resource.",
                    )
                }
                Self::InternalServerError => {
                    ::core::option::Option::Some(
                        "We had a problem with our service. Try again later.",
                    )
                }
                Self::ServiceUnavailable => {
                    ::core::option::Option::Some(
                        "We're temporarily offline for maintenance.",
                    )
                }
            }
        }
        /// Decodes a response of this API: `Ok` with the page for a 2xx
        /// `"result":"success"` body, otherwise the error, typed with this table.
        ///
        /// # Errors
        /// Every non-2xx status, every `"result":"error"` body, and every 2xx body
        /// that is not a success envelope holding a `T`.
        pub fn decode<'de, T>(
            status: ::core::primitive::u16,
            body: &'de [::core::primitive::u8],
        ) -> ::core::result::Result<
            ::kaiko_errors::Page<T>,
            ::kaiko_errors::ApiError<Self>,
        >
        where
            T: ::kaiko_errors::__private::serde::Deserialize<'de>,
        {
            ::kaiko_errors::decode::<Self, T>(status, body)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for ErrorCode {
        fn fmt(
            &self,
            formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            formatter.write_str(Self::message(*self))
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for ErrorCode {}
    ::kaiko_errors::__http_impls!(ErrorCode);
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u16> for ErrorCode {
        type Error = ::kaiko_errors::UnknownStatus;
        fn try_from(
            status: ::core::primitive::u16,
        ) -> ::core::result::Result<Self, Self::Error> {
            match Self::from_status(status) {
                ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(::kaiko_errors::UnknownStatus(status))
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<ErrorCode> for ::core::primitive::u16 {
        fn from(code: ErrorCode) -> Self {
            code.status()
        }
    }
    #[automatically_derived]
    impl ::kaiko_errors::ErrorTable for ErrorCode {
        const ALL: &'static [Self] = Self::ALL;
        fn status(self) -> ::core::primitive::u16 {
            Self::status(self)
        }
        fn from_status(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
            Self::from_status(status)
        }
        fn message(self) -> &'static ::core::primitive::str {
            Self::message(self)
        }
        fn reason(self) -> &'static ::core::primitive::str {
            Self::reason(self)
        }
        fn detail(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            Self::detail(self)
        }
    }
    #[automatically_derived]
    impl ::kaiko_errors::__private::serde::Serialize for ErrorCode {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: ::kaiko_errors::__private::serde::Serializer,
        {
            serializer.serialize_u16(Self::status(*self))
        }
    }
    #[automatically_derived]
    impl<'de> ::kaiko_errors::__private::serde::Deserialize<'de> for ErrorCode {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: ::kaiko_errors::__private::serde::Deserializer<'de>,
        {
            ::kaiko_errors::__private::deserialize_status(deserializer)
        }
    }
};
