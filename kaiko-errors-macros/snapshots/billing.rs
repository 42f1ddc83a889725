#[derive(PartialOrd, Ord)]
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
)]
pub(crate) enum BillingError {
    /// HTTP `400`: Bad Request -- Malformed -- The request body is not valid JSON.
    ///
    /// From line 5 of ../tests/specs/two-columns.md.
    Malformed,
    /// HTTP `404`: Not Found
    ///
    /// From line 6 of ../tests/specs/two-columns.md.
    NotFound,
    /// HTTP `429`: Too Many Requests -- Slow down: at most 10 requests a second.
    ///
    /// From line 7 of ../tests/specs/two-columns.md.
    TooManyRequests,
}
#[allow(dead_code)]
const _: () = {
    const _: &[::core::primitive::u8] = ::core::include_bytes!(
        "../tests/specs/two-columns.md"
    );
    impl BillingError {
        /// Every variant, in the order of the spec table.
        pub(crate) const ALL: &'static [Self] = &[
            Self::Malformed,
            Self::NotFound,
            Self::TooManyRequests,
        ];
        /// The HTTP status this error is documented under.
        #[must_use]
        #[inline]
        pub(crate) const fn status(self) -> ::core::primitive::u16 {
            match self {
                Self::Malformed => 400u16,
                Self::NotFound => 404u16,
                Self::TooManyRequests => 429u16,
            }
        }
        /// The variant documented for an HTTP status, or `None` for an undocumented one.
        #[must_use]
        #[inline]
        pub(crate) const fn from_status(
            status: ::core::primitive::u16,
        ) -> ::core::option::Option<Self> {
            match status {
                400u16 => ::core::option::Option::Some(Self::Malformed),
                404u16 => ::core::option::Option::Some(Self::NotFound),
                429u16 => ::core::option::Option::Some(Self::TooManyRequests),
                _ => ::core::option::Option::None,
            }
        }
        /// The documented message: a table row's whole cell, or the first message
        /// under a code heading.
        #[must_use]
        #[inline]
        pub(crate) const fn message(self) -> &'static ::core::primitive::str {
            match self {
                Self::Malformed => {
                    "Bad Request -- Malformed -- The request body is not valid JSON."
                }
                Self::NotFound => "Not Found",
                Self::TooManyRequests => {
                    "Too Many Requests -- Slow down: at most 10 requests a second."
                }
            }
        }
        /// Every documented message, in page order: `message()` first. A table row
        /// has one; a code heading one per bullet under it.
        #[must_use]
        #[inline]
        pub(crate) const fn messages(
            self,
        ) -> &'static [&'static ::core::primitive::str] {
            match self {
                Self::Malformed => {
                    &["Bad Request -- Malformed -- The request body is not valid JSON."]
                }
                Self::NotFound => &["Not Found"],
                Self::TooManyRequests => {
                    &["Too Many Requests -- Slow down: at most 10 requests a second."]
                }
            }
        }
        /// The reason: the message up to its first ` -- ` separator, or all of it.
        #[must_use]
        #[inline]
        pub(crate) const fn reason(self) -> &'static ::core::primitive::str {
            match self {
                Self::Malformed => "Bad Request -- Malformed",
                Self::NotFound => "Not Found",
                Self::TooManyRequests => "Too Many Requests",
            }
        }
        /// The detail: the message after its first ` -- ` separator, if it has one.
        #[must_use]
        #[inline]
        pub(crate) const fn detail(
            self,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match self {
                Self::Malformed => {
                    ::core::option::Option::Some("The request body is not valid JSON.")
                }
                Self::NotFound => ::core::option::Option::None,
                Self::TooManyRequests => {
                    ::core::option::Option::Some(
                        "Slow down: at most 10 requests a second.",
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
        pub(crate) fn decode<'de, T>(
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
    impl ::core::fmt::Display for BillingError {
        fn fmt(
            &self,
            formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            formatter.write_str(Self::message(*self))
        }
    }
    #[automatically_derived]
    impl ::core::error::Error for BillingError {}
    ::kaiko_errors::__http_impls!(BillingError);
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u16> for BillingError {
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
    impl ::core::convert::From<BillingError> for ::core::primitive::u16 {
        fn from(code: BillingError) -> Self {
            code.status()
        }
    }
    #[automatically_derived]
    impl ::kaiko_errors::ErrorTable for BillingError {
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
    impl ::kaiko_errors::__private::serde::Serialize for BillingError {
        fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
        where
            S: ::kaiko_errors::__private::serde::Serializer,
        {
            serializer.serialize_u16(Self::status(*self))
        }
    }
    #[automatically_derived]
    impl<'de> ::kaiko_errors::__private::serde::Deserialize<'de> for BillingError {
        fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
        where
            D: ::kaiko_errors::__private::serde::Deserializer<'de>,
        {
            ::kaiko_errors::__private::deserialize_status(deserializer)
        }
    }
};
