//! Error types for an HTTP API, generated at compile time from the error-code table in
//! its documentation, and a one-pass decoder of its JSON response envelope.
//!
//! API docs publish their errors as a Markdown table. [`error_table`] reads that table
//! from the spec file when your crate compiles and writes the enum, the status <-> variant
//! mapping, the messages and the envelope decoder, so none of it drifts from the docs:
//! edit the spec and the next `cargo build` regenerates it.
//!
//! # Quick start
//!
//! ```
//! use kaiko_errors::error_table;
//!
//! /// The errors of the exchange API.
//! #[error_table(spec = "spec/error-codes.md")]
//! pub enum ExchangeError {}
//!
//! // The mappings are `const fn`: pin them at compile time.
//! const _: () = assert!(ExchangeError::RateLimitReached.status() == 429);
//!
//! #[derive(Debug, serde::Deserialize)]
//! struct Trade<'a> {
//!     trade_id: &'a str,
//!     price: &'a str,
//! }
//!
//! let body = br#"{"data":[{"trade_id":"1","price":"97123.45"}],"result":"success"}"#;
//! let page = ExchangeError::decode::<Vec<Trade<'_>>>(200, body).unwrap();
//! assert_eq!(page.data[0].price, "97123.45");
//!
//! let body = br#"{"result":"error","message":"Slow down","data":"","params":{}}"#;
//! let error = ExchangeError::decode::<Vec<Trade<'_>>>(429, body).unwrap_err();
//! assert_eq!(error.code(), Some(ExchangeError::RateLimitReached));
//! assert_eq!(error.message(), Some("Slow down"));
//! assert!(error.is_retryable());
//! assert_eq!(error.to_string(), "HTTP 429 Rate limit reached: Slow down");
//! ```
//!
//! # The attribute
//!
//! ```text
//! #[error_table(
//!     spec = "PATH",
//!     codes = "KIND",           // optional: "status" (default), "integer" or "string"
//!     layout = "LAYOUT",        // optional: "table" (default), "headings" or "list"
//!     section = "HEADING",      // optional: read only the part under this heading
//!     code_column = "NAME",     // optional, default "Error Code"
//!     message_column = "NAME",  // optional, default "Meaning"
//!     detail_column = "NAME",   // optional
//!     name_column = "NAME",     // optional: where variant names come from
//!     status_column = "NAME",   // optional, with "integer" / "string" codes
//!     tables = "first",         // optional: "first" (default) or "all"
//!     envelope(code = "PATH", message = "PATH", data = "PATH",
//!              success(PATH = LITERAL), error(PATH = LITERAL)),  // optional, each key too
//!     retryable(CODE, ...),     // optional
//!     rename(CODE = "Name", ...),  // optional
//!     crate = "PATH",           // optional, default "::kaiko_errors"
//! )]
//! ```
//!
//! - `spec` (required): the Markdown file, relative to the directory of the invoking
//!   crate's `Cargo.toml` (`CARGO_MANIFEST_DIR`).
//! - `codes`: what the code column holds.
//!   - `"status"`: HTTP statuses in `100..=599`; the status of a response is its code.
//!   - `"integer"`: the API's own integer codes, sent in the body: each code cell (after
//!     the cell reduction below) is an integer that fits `i64`, a sign allowed (`-1121`,
//!     `0`, `40400001`).
//!   - `"string"`: the API's own string codes: each code cell is one word without
//!     whitespace (`card_declined`, `OAU-101`, `telBAD_DOMAIN`); a cell written as a JSON
//!     string (`"not_found"`) gives the code without its quotes.
//! - `layout`: how the page writes its entries; see [Layouts](#layouts). The column
//!   arguments and `tables` are for tables: with `"headings"` or `"list"` they are errors.
//! - `section`: only the part of the page under the heading whose text (plain, whitespace
//!   collapsed) is `HEADING`, compared case-insensitively, up to the next heading of the
//!   same or a higher level, is read: its tables (with `tables = "all"`, every table of it,
//!   its subsections' too), or its code headings and list items. `section = "UTA"` reads
//!   the UTA table of Bybit's page (16 product tables, codes repeated across them);
//!   `section = "11xx - Request issues"` that part of Binance's heading page. For pages
//!   that repeat a subsection name, name it by the headings above it:
//!   `section = "Spot Trade / Orders"` (each step a heading of a deeper level inside the
//!   previous one). Two headings with the text is an error naming both lines; none is an
//!   error listing the page's headings, with a "did you mean" only when one is a few
//!   edits away. Line numbers in every diagnostic stay those of the whole file.
//! - `code_column`, `message_column`: the headers of the two columns to read. The table
//!   used is the first one whose header has them all (with `detail_column`, `name_column`
//!   and `status_column`, those too), matched case-insensitively, in any order; other
//!   columns are ignored.
//! - `detail_column`: for pages that put the reason and the detail in two columns
//!   (`Error Code | Error Name | Description`). The message column's cell is then the
//!   whole reason (not split at ` -- `), this column's cell the detail, and `message()` is
//!   `"<reason> -- <detail>"`, or the reason alone where the detail cell is empty.
//! - `name_column`: the column variant names come from (`TOO_MANY_REQUESTS` →
//!   `TooManyRequests`, gRPC's `NOT_FOUND` → `NotFound`). Without it, a string table's
//!   names come from the codes themselves (`card_declined` → `CardDeclined`), any other
//!   table's from the message's reason.
//! - `status_column` (integer and string tables): the HTTP status each code is documented
//!   with; many rows may share one. A cell is a status in `100..=599`, optionally followed
//!   by its reason phrase (`400 Bad Request`, `499 Client Closed Request`). With
//!   `layout = "headings"` or `"list"` it names the labelled field that gives the status
//!   under each entry (see [Layouts](#layouts)).
//! - `tables = "all"`: every table of the page whose header has the columns, rows in page
//!   order (pages that split their codes into one table per category); tables without the
//!   columns are skipped. Codes must still be unique across them.
//! - `envelope(...)`: where the API puts things in its JSON body; see
//!   [The envelope](#the-envelope).
//! - `retryable(CODE, ...)`: codes that [`ApiError::is_retryable`] also says yes to,
//!   beside 429, 5xx and transport failures (`retryable(-1003, -1015)`,
//!   `retryable("rate_limit")`).
//! - `rename(CODE = "Name", ...)`: pins the variant name of a code, whatever its row says
//!   (see [Stable names](#stable-names-across-doc-rewording)).
//!
//!   In `rename` and `retryable` a code is a literal of the table's kind: a status (`429`),
//!   an integer (`-1121`) or a string (`"card_declined"`). A code of the wrong kind or not
//!   in the table, a name that is not a Rust identifier, a code renamed twice, or a pinned
//!   name that another row also gets, is a compile error naming the code and the spec.
//! - `crate = "PATH"`: where the runtime crate is when your Cargo.toml renames the
//!   dependency (`errors = { package = "kaiko-errors", ... }` -> `crate = "errors"`), as
//!   serde's `#[serde(crate = "...")]`.
//! - YAML front matter at the very top of the spec (a first line `---`, up to the next
//!   `---`) is skipped; line numbers in diagnostics still count it.
//! - In an `.mdx` page (Docusaurus, Mintlify), the lines MDX does not read as Markdown are
//!   skipped the same way: a line that is one component tag (`<ManualAnchor id="x" />`,
//!   `<Tabs>`, `</TabItem>`: a capitalized name), an `import` / `export` line that starts a
//!   block (not a paragraph's next line), a `{/* comment */}` line. To CommonMark such a tag opens an HTML block that swallows the
//!   heading or table under it. Lowercase tags (`<table>`) are HTML and read as such, the JSX
//!   space `{' '}` in their text is a space; fenced code is left alone.
//!
//! The page is parsed with a CommonMark/GFM parser, so it can be a whole documentation
//! page: prose, headings, links, other tables. A cell is read as plain text: links and
//! images give their text, emphasis and code spans their content, inline HTML tags are
//! dropped (their text kept), escapes and entities are decoded, `<br>` is a space, and
//! whitespace (a non-breaking space too) is collapsed and trimmed. Header and code cells
//! are read the same way, so `` `429` `` and `Error&nbsp;Code` work.
//!
//! HTML `<table>`s in the page are tables too, read the same way; see [Layouts](#layouts).
//!
//! The enum must be empty and not generic. Its docs, attributes and derives stay as you
//! wrote them. Put `#[error_table]` above your `#[derive]`s: rustc runs a derive written
//! above it on the empty enum, before the variants exist.
//!
//! # Struck-through codes
//!
//! A row, heading or list item whose code is struck through (`~~10018~~`, `~10018~`,
//! `<del>`, `<s>`) is a code the docs retired but servers may still send: its variant
//! exists, with `#[deprecated = "struck through in <spec> at line N"]`, and is in `ALL`,
//! `from_code` and `decode` like any other. Only the code decides: a struck message beside
//! a plain code is no deprecation. In a message, struck text is retired wording: a wholly
//! struck message is kept without the markup, a partly struck one loses its struck part
//! (`~~Transaction not found~~ <br> User bank is not verified` reads `User bank is not
//! verified`). The generated code compiles without deprecation warnings; your own uses of
//! such a variant warn, so write `#[allow(deprecated)]` where you still match on it.
//!
//! # Layouts
//!
//! `layout = "table"` (the default) reads pipe tables and HTML `<table>` blocks alike.
//! A row whose only text is its first cell, in bold and not starting with a number
//! (`| **Parameter Errors** | | |`, not `| **404 Not Found** | |`), titles the category of
//! the rows below it and is skipped; without the bold, such a row is an error that says so.
//! A row whose every cell is empty (`|   |   |   |`, a placeholder GitBook leaves) is
//! skipped too; a table with the columns but no other rows is an error at its header, not
//! an enum without variants.
//! An HTML table's header row is the first row of its `<thead>`, or its first row when it
//! has none; cells are reduced to plain text as pipe cells are (tags dropped, `<br>` and
//! block tags such as `<p>` a space, entities and `&nbsp;` decoded), `rowspan` repeats a
//! cell in the rows below, `colspan` leaves the columns it spans empty, a row of one cell
//! spanning the whole table is a section title and is skipped, and each row's line is
//! the line of its `<tr>`. A table runs to its own `</table>`, blank lines inside it
//! included. Markdown inside an HTML cell is not read as Markdown (it stays as written).
//!
//! ```markdown
//! <table>
//!   <thead><tr><th>Error Code</th><th>Meaning</th></tr></thead>
//!   <tbody>
//!     <tr><td><code>429</code></td><td>Rate limit reached<br/>Slow down.</td></tr>
//!   </tbody>
//! </table>
//! ```
//!
//! is read by `#[error_table(spec = "docs/errors.md")]` as a pipe table would be:
//! the variant `RateLimitReachedSlowDown`, message `Rate limit reached Slow down.`
//! (pin a shorter name with `rename(429 = "RateLimitReached")`).
//!
//! `layout = "headings"` reads one entry per heading (any level) that starts with a code:
//! for `"integer"` and `"status"` codes a leading integer, in a code span or not, followed
//! by whitespace or the end of the heading; for `"string"` codes a leading code span.
//! Other headings are section titles and are skipped: `## 10xx - General issues`,
//! `## Other notes`, and also `## Messages for -1010 ERROR_MSG_RECEIVED` (a code inside a
//! title is no entry). A numbered title such as `## 1 Margin Borrowing` does start with an
//! integer and is read as code 1 (named `MarginBorrowing`, and an error if nothing under
//! it is a message): reword it, or write the codes as code spans and the titles without.
//! The heading's text after the code, a leading separator (`-`, `–`, `—`, `:`, `/`)
//! dropped, names the variant (`TOO_MANY_REQUESTS` → `TooManyRequests`,
//! `Order cancel-replace failed.` → `OrderCancelReplaceFailed`); a heading with only a
//! code is named from its code (string codes) or its first message (integer codes). A
//! heading with several codes (`#### 4003 / 4004 - Subscription Unavailable`) is an error
//! at its line. So is, on a page with code headings, a heading whose number is glued to a
//! `:` (`### 30002: Order already filled`): it is no entry by the rule above, and
//! skipping it as a title would drop a code without a word; write `30002 Order already
//! filled` or `` `30002`: Order already filled ``. The same holds for list items under
//! `layout = "list"`. (A number glued to `.` or `)`, as in `## 1. Introduction`, is a
//! numbered title and stays one.) A heading that puts a word before its code
//! (`## Error 1000: DNS points to prohibited IP`, as Cloudflare's 1xxx page does) is a
//! section title too; when no heading of the page starts with a code, the error counts
//! those and says to drop the word in the saved page (`` ## `1000`: DNS points to
//! prohibited IP ``). Likewise a string-code page whose headings are bare codes
//! (`### ITEM_LOGIN_REQUIRED`, no code span) is told to write them as code spans.
//!
//! An entry's content runs up to the next heading. Its messages are the top-level items
//! of a list right under the heading (a nested list is part of its parent item); else the
//! items of a list right under a label that says messages follow (`**Messages:**`,
//! `**Error messages**:`, wherever it is in the content); else its
//! first paragraph that is not a label (a paragraph of bold text ending in `:`, such as
//! `**Causes**:`) nor a title right above another paragraph (bold text alone of up to four
//! words without a sentence's end, such as OpenHarmony's `**Error Message**`: the
//! paragraph under it is the message), and when that paragraph ends in `:` with a list
//! right after it, the paragraph and the items as one message; else, when the content has no such paragraph
//! (`**Causes**:` and a list, nothing more), the items of its first list. A label leading
//! the message's paragraph is no part of it: `**Message:** Internal server error` gives
//! `Internal server error`. Code blocks,
//! tables and HTML are never messages: under `#### 1001 - Invalid API Key`, a JSON
//! example, `**Causes**:` and its list, then `**Solution**: Verify the key.`, the message
//! is `Verify the key.`. A code heading with no message is an error at its
//! line. `message()` is the first message, `messages()` all of them.
//!
//! Some pages give each code's facts as labelled fields, bullets or paragraphs that start
//! with a bold label (`- **HTTP Status:** 401 Unauthorized`, `- **Description:** The token
//! is invalid.`). Then the message is the field whose label says it (a label containing
//! `Message`, `Description`, `Meaning`, `Explanation`, `Cause` or `Reason`), else a plain
//! paragraph after the fields, else the first field that is no status or code (a label
//! without `Status`, `HTTP` or `Code`, in whatever language). Fields that give only a
//! status and a code are an error naming their labels. The same holds for the nested
//! items of a list entry with no text after its code. With these layouts
//! `status_column = "HTTP Status"` names the field that gives each entry's HTTP status
//! (`**HTTP Status:** 401 Unauthorized`), for `status()`; an entry without it is an error.
//!
//! ```markdown
//! ## 10xx - General Server or Network issues
//! ### -1003 TOO_MANY_REQUESTS
//!  * Too many requests queued.
//!  * Too much request weight used; current limit is %s request weight per %s.
//!
//! ## `index_not_found`
//! The requested index does not exist.
//! ```
//!
//! The first entry is read by `#[error_table(spec = "docs/binance.md", codes = "integer",
//! layout = "headings")]` as `TooManyRequests` (code -1003, two messages), the second by
//! `codes = "string", layout = "headings"` as `IndexNotFound`.
//!
//! `layout = "list"` reads one entry per list item, at any depth, whose text starts with
//! a code (the same rule as headings); the rest of the item, a leading separator dropped,
//! is its message (its nested items that are not entries themselves included), and names
//! the variant as a table row's message does (from the code, for string codes). Items
//! that do not start with a code (a table of contents, prose lists) are skipped. A
//! paragraph whose first line is a code span alone is an entry too, its next lines the
//! message (a definition list without list markup, as Matrix writes its error codes:
//! `` `M_FORBIDDEN` `` on one line, `: Forbidden access, ...` on the next; a leading `:`
//! is dropped); a code span with text after it on its line (`` `M_FORBIDDEN` is sent
//! when ... ``) is prose.
//!
//! ```markdown
//! ## SYSTEM_ERROR
//! - `10000` Url not found.
//! - 10001 System error.
//! ```
//!
//! is read by `#[error_table(spec = "docs/errors.md", codes = "integer", layout = "list")]`
//! as `UrlNotFound` (10000) and `SystemError` (10001).
//!
//! The code kinds, `envelope(...)`, `retryable` and `rename` work the same with every
//! layout, and so do the diagnostics (duplicate codes and colliding names at both lines).
//! A page read with the wrong layout says which one it looks like: "no Markdown table has
//! all of the columns ...; the page has 104 headings that start with a code (first
//! `-1000 UNKNOWN` at line 13): add `layout = "headings"`", and the same for list items,
//! tables and a code kind that would find entries.
//!
//! # What is generated
//!
//! One unit variant per row, in spec order, named in UpperCamelCase from the row's
//! *reason*: the message up to the first ` -- ` (or ` – `, ` — `); or from the
//! `name_column`; or, in a string table without one, from the code. Words are split on
//! whitespace and punctuation (`_` too), apostrophes inside a word are dropped, a word in
//! all capitals becomes one capitalised word, other words keep their inner letters:
//! `HTTP Version Not Supported` → `HttpVersionNotSupported`, `I'm a teapot` →
//! `ImATeapot`, `OAuth expired` → `OAuthExpired`, `ERR_ACTOR_INSTANCE_MISSING` →
//! `ErrActorInstanceMissing`.
//!
//! For every table:
//!
//! | Item | What it is |
//! |---|---|
//! | `#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]` | always (deriving them too is fine) |
//! | `const ALL: &'static [Self]` | every variant, in spec order |
//! | `const fn message(self) -> &'static str` | the whole message cell, or a heading's first message |
//! | `const fn messages(self) -> &'static [&'static str]` | every documented message in page order, `message()` first (a table row has one) |
//! | `const fn reason(self) -> &'static str` | the message before the separator, or all of it |
//! | `const fn detail(self) -> Option<&'static str>` | the message after the separator |
//! | `fn decode<T>(status, body) -> Result<Page<T>, ApiError<Self>>` | [`decode`] for this table |
//! | `Display`, `Error` | `Display` is `message()` |
//! | [`ErrorTable`] | the trait the runtime uses |
//!
//! And by the kind of its codes:
//!
//! | `codes` | Items |
//! |---|---|
//! | `"status"` | `const fn status(self) -> u16`, `const fn from_status(u16) -> Option<Self>`, `TryFrom<u16, Error = UnknownStatus>`, `From<Self> for u16`; serde as the number (`429`) |
//! | `"integer"` | `const fn code(self) -> i64`, `const fn from_code(i64) -> Option<Self>`, `TryFrom<i64, Error = UnknownCode>`, `From<Self> for i64`; serde as the number, and `Deserialize` also takes a string holding it (`"51000"`) |
//! | `"string"` | `const fn code(self) -> &'static str`, `fn from_code(&str) -> Option<Self>` (exact, case-sensitive), `FromStr<Err = UnknownCode>`; serde as the string |
//! | with `status_column` | `const fn status(self) -> u16` |
//!
//! A table of application codes has no `from_status` (many codes share a status). Its
//! [`ErrorTable::from_status`] is always `None`, and [`ErrorTable::status`] is the
//! `status_column`'s status, or 0 for a table without one
//! ([`ErrorTable::HAS_STATUSES`] says which). `From<E> for http::StatusCode` (feature
//! `http`) exists only for tables with statuses.
//!
//! Serde is reached through this crate: your crate needs no serde dependency for them.
//! Do not also derive `Serialize`/`Deserialize` on the enum (the impls would conflict).
//! An undocumented code is a deserialization error that names it.
//!
//! Everything is written with absolute paths, so a table with `200 | Ok` or `None` rows
//! compiles under `use MyError::*`.
//!
//! # Stable names across doc rewording
//!
//! A variant's name comes from its row's reason, so when the docs team rewords a row the
//! name follows: Kaiko's page has said both "Too Many Requests" and "Rate limit reached"
//! for 429. On the next build after such an edit, the enum has `RateLimitReached` instead
//! of `TooManyRequests`, and every `match` or path naming the old variant stops compiling
//! (the codes, `status()`, `from_status()`, serde's numeric form and `decode` are
//! unchanged: only the name moved). Messages and reasons always follow the page.
//!
//! To keep callers compiling, pin the name the code had:
//!
//! ```
//! #[kaiko_errors::error_table(spec = "spec/error-codes.md", rename(429 = "TooManyRequests"))]
//! pub enum KaikoError {}
//!
//! // The page now says "Rate limit reached"; the variant keeps its old name.
//! assert_eq!(KaikoError::TooManyRequests.status(), 429);
//! assert_eq!(KaikoError::TooManyRequests.reason(), "Rate limit reached");
//! ```
//!
//! A pin is also how to name a row whose reason gives no identifier (`3D Secure Required`,
//! an emoji) without editing the docs. A pin of a code the page no longer lists fails the
//! build, so a pin never outlives its row silently.
//!
//! # The envelope
//!
//! Without `envelope(...)`, a status table reads Kaiko's: every response is a JSON object
//! with `result` = `success` or `error`, and on error a `message`. See [`decode`] for the
//! rules. It reads the body once: `data` goes straight into your type `T` (which may
//! borrow from the body), wherever it stands among the keys. `T` is fed through a thin
//! adapter rather than serde_json's own deserializer, so serde_json-specific types
//! (`RawValue`) cannot be `T`.
//!
//! `envelope(...)` says where another API puts things, as dotted paths into nested
//! objects (`error.code`):
//!
//! - `data`: where the payload is (default `"data"`); `""` means the whole body is the
//!   data.
//! - `message`: where the message is (default `"message"`).
//! - `code`: where the body's code is (integer and string tables; default `"code"`). A
//!   status table has none: its code is the status, and `code = ...` there is an error.
//! - `success(PATH = LITERAL)`: the field whose value marks a success (`success(retCode =
//!   0)`, `success(code = "0")`, `success(ok = true)`). An integer literal and a string
//!   literal of the same text match both `0` and `"0"` in the body; `true`/`false` match
//!   only a JSON bool.
//! - `error(PATH = LITERAL)`: the value that marks the API's error, when the API has one
//!   (Kaiko's `"result":"error"`); then any other value of that field is a decode error.
//!
//! Each path keeps its default when not given. The markers are defaults only when no
//! `envelope(...)` is written at all: a status table without one gets Kaiko's
//! `success(result = "success"), error(result = "error")`; a code table without one gets
//! no markers; an `envelope(...)` states its own (none, if it gives none). Paths that
//! contradict each other (`code = "error.code"` with `message = "error"`, or the data path
//! shared with another) are compile errors.
//!
//! A body *has a code* when the code path holds a value of the table's kind: for an
//! integer table an integer or a string holding one, for a string table a string. `null`,
//! a float, a bool, an object, or a string that is no integer (for an integer table) is
//! no code. The rules, for every table, in this order:
//!
//! 1. A body that matches `error`, or (without `error`) whose success field holds another
//!    value, or (without `success`) that has a code, is the API's error, whatever `data`
//!    holds: [`ApiError::code`] is the variant of the body's code (of the status, for a
//!    status table), [`ApiError::raw_code`] the code as sent, [`ApiError::message`] the
//!    string at the message path. A non-2xx is always an error, whatever the body holds
//!    (HTML, empty, JSON of another shape): then only the message and the code are read,
//!    and the last of each wins.
//! 2. A 2xx body is a success when its success field holds the literal or, without
//!    `success`, when it has no code: `Ok(Page { data, .. })`.
//! 3. Any other 2xx is a decode error ([`ApiError::is_decode`]): no success field, an
//!    unknown value where `error` is given, invalid JSON, a success whose `data` is
//!    missing or not a `T`, an envelope key given twice.
//!
//! Where the payload itself may carry a field at the code path (`data = ""` and an asset
//! `{"code":"BTC",...}` in a string table), only `success(...)` can tell a success from an
//! error: give one when the API has one.
//!
//! One pass over the body: `data` may come before or after the fields that decide, nested
//! paths are read in the same pass, nothing is buffered. With `data = ""`, `T` reads the
//! body and the envelope's fields are noted as it reads (or skips) them. When `data` comes
//! before the field that decides and is not a `T` (or the whole body is not a `T`), the
//! body is read a second time with `data` skipped, on that failure path only, so that an
//! error body whose `data` is an empty `{}` or `[]` of the wrong type is still the API's
//! error; the success path never pays for it. A scalar `data` (`""`, `null`) before the
//! deciding field is kept until it is known.
//!
//! [`Page`]'s pagination fields are read from the body's top-level `continuation_token`
//! and `next_url`, under every envelope whose data is not the whole body (then they are
//! the payload's, and `None`).
//!
//! [`ApiError`]'s `Display` shows a code table's code as sent, then the reason of its
//! variant: `HTTP 400, code -1121 (Invalid symbol.): Invalid symbol.`;
//! `HTTP 400, code -4164 (not in the error table): ...` for an undocumented one.
//!
//! # Retrying
//!
//! [`ApiError::is_retryable`] says whether trying again may succeed (429, 5xx, the
//! table's `retryable(...)` codes, transport failures that are not the request's fault),
//! and [`ApiError::retry_after`] how long the server asked to wait. With
//! [backon](https://docs.rs/backon):
//!
//! ```
//! use backon::{ExponentialBuilder, Retryable};
//! use kaiko_errors::{ApiError, ErrorCode, Page};
//! use std::time::Duration;
//!
//! # async fn fetch_trades() -> Result<Page<Vec<u64>>, ApiError<ErrorCode>> {
//! #     kaiko_errors::decode(200, br#"{"result":"success","data":[]}"#)
//! # }
//! async fn trades() -> Result<Page<Vec<u64>>, ApiError<ErrorCode>> {
//!     let cap = Duration::from_secs(10);
//!     fetch_trades
//!         .retry(ExponentialBuilder::default().with_max_times(3))
//!         .when(ApiError::is_retryable)
//!         // The server's `Retry-After` when it sent one, capped; else backon's delay.
//!         .adjust(move |error, delay| {
//!             delay.map(|d| error.retry_after().map_or(d, |wait| wait.min(cap)))
//!         })
//!         .await
//! }
//! ```
//!
//! Keep the `delay.map(...)`: backon passes `None` once its budget is spent, and an
//! `adjust` that returns a wait then makes it retry for ever. For tower's retry layer,
//! the `tower` feature has a policy: `tower::RetryPolicy`. `tests/tests/retry.rs` runs
//! this against a local server; the client example (`tests/examples/client.rs`) pages
//! through trades with it.
//!
//! # Features
//!
//! - `macros` (on by default): [`error_table`], the attribute. A crate that only uses
//!   files generated by `cargo kaiko-errors generate` (or by a `build.rs` with
//!   `kaiko-errors-codegen`) turns it off, `default-features = false`, and builds no
//!   proc-macro of ours and no syn.
//!
//! The others are off by default.
//!
//! - `http`: every generated table converts into `http::StatusCode` (`From<E>`);
//!   `ApiError::http_status` gives the status as one;
//!   `http::decode_response::<E, T>(&response)` decodes an `http::Response` whose body is
//!   any `AsRef<[u8]>`, with its headers, so that [`ApiError::retry_after`] sees
//!   `Retry-After`.
//! - `reqwest` (implies `http`): `reqwest::decode_response` reads a `reqwest::Response`'s
//!   body once and decodes it (`T: DeserializeOwned`); a transport failure is its own kind
//!   of error ([`ApiError::is_transport`], `source()` the `reqwest::Error`), and
//!   `From<reqwest::Error>` lets `client.get(url).send().await?` share the `Result`. This
//!   crate asks reqwest for no TLS of its own: pick it in your reqwest dependency
//!   (`rustls` needs no system OpenSSL).
//!
//!   What a transport error says: with no response at all (refused, reset, timed out
//!   before the headers), `status()` is 0, `code()` and `http_status()` are `None`; with a
//!   body cut after the headers arrived, `status()` is the response's and `code()` follows
//!   it. `is_retryable()` is true for 429 and every 5xx, and for timeouts, refused or reset
//!   connections, connections closed before the response, and bodies cut mid-stream.
//!   `retry_after()` reads `Retry-After` on any status, in seconds or as an HTTP date (a
//!   date already past is zero).
//! - `tower`: `tower::RetryPolicy`, a `tower::retry::Policy` for a `Service` whose
//!   error is `ApiError<E>` (one that decodes inside it): an attempt budget, exponential
//!   backoff, `Retry-After` with a cap. Brings in tower (its `retry` layer) and tokio's
//!   timer.
//! - `sonic`: [`decode`] parses with [sonic-rs](https://docs.rs/sonic-rs)
//!   0.5 (SIMD) instead of serde_json. The same `Deserialize<'de>` types work, borrowed data
//!   included, and the envelope rules are the same. What differs:
//!   - [`JsonError`], the error behind `source()` of a decode error, is `sonic_rs::Error`
//!     (it too has `line()` and `column()`); messages are worded differently.
//!   - Nesting stops at 255 levels (serde_json: 128), and bodies of 4 GiB or more are
//!     refused.
//!   - Platforms: SIMD on x86_64 and aarch64, a scalar fallback elsewhere; on x86_64 build
//!     with `-C target-cpu=native` (or `x86-64-v3`) to get AVX2.
//!   - **Not hardened against hostile nesting.** sonic-rs 0.5 skips an ignored value
//!     (`IgnoredAny`, an unknown field of your record) and reports a wrong type by
//!     recursing once per nesting level: a body nested thousands of levels deep inside
//!     `data` overflows the stack, an abort that no caller can catch. This crate bounds its
//!     own skipping of the envelope, but not what `T` asks sonic-rs to do. In debug builds
//!     sonic-rs's stack frames are large enough that even its 255-level limit needs more
//!     than the 2 MB stack of a spawned thread. Use `sonic` for upstreams you trust, and
//!     the default serde_json backend where bodies may be hostile.
//!
//!   For throughput, build with `lto = "fat"`, `codegen-units = 1` and a `target-cpu`
//!   that has AVX2; `BENCHMARKS.md` has the figures for each.
//!
//! # Diagnostics
//!
//! A spec that cannot be read is a compile error on the `spec = "..."` literal, naming the
//! file, line and column and what to fix: missing file, no table with the needed
//! columns (the tables seen are listed), a code that is not a number or not in
//! `100..=599` (saying which `codes = "..."` would read it), a code that is not an integer
//! or beyond `i64`, a string code with whitespace, a status cell that is no status, a
//! duplicate code (both lines), an empty message or name, a reason that gives no
//! identifier, two rows giving the same name, a heading or list item with several codes,
//! a code heading with no message, a page that has no entries in the chosen layout (with
//! the layout it looks written in). All problems of a spec are reported in one
//! build. Arguments that cannot be read (an unknown `codes` kind, `tables` value or
//! envelope key, an unknown `layout`, a column argument other than `status_column` with
//! `"headings"` or `"list"`,
//! an empty path segment, a marker that is not a literal, `status_column`
//! on a status table, a `retryable` or `rename` code of the wrong kind or not in the
//! table) are errors on the argument itself.
//!
//! # Pointing the attribute at your own docs
//!
//! Real error pages come from many templates. What to do with the usual patterns:
//!
//! | The page has | Do |
//! |---|---|
//! | other headers (`Code`, `Status Code`, `Description`, `Descripción`, `状态码`, `含义`, `Описание`; Square's `Name` over its codes) | `code_column = "..."`, `message_column = "..."`: the error names the two when a header has a column named for codes and one for messages, or two columns the first of code-like words |
//! | reason and detail in two columns (`Error Code \| Error Name \| Description`) | `message_column = "Error Name", detail_column = "Description"` |
//! | YAML front matter (`---` ... `---` at the top) | nothing: it is skipped |
//! | an `.mdx` page with components above headings or tables (`<ManualAnchor id="x" />`, `<Tabs>`), `import` lines | nothing: those lines are skipped |
//! | a header row with more cells than its delimiter row | give both the same number of cells |
//! | a header without a leading `\|` right under a paragraph line | add a blank line before it (GFM tables cannot interrupt a paragraph that way) |
//! | a header under `####Heading` (no space) | write `#### Heading`: without the space it is a paragraph line |
//! | a header cell written as `<div ...>Error Code</div>` at the start of the line | start the line with `\|`: a line that starts with a tag opens an HTML block |
//! | the table indented inside the front matter | move it below the closing `---` |
//! | status and reason in the code cell (`200 - OK`, `**400 - Bad Request**`, `200&nbsp;OK`) | keep only the number there; the reason goes in the message column |
//! | class rows (`5xx`, `50X`) | list each status on its own row, or drop the row: a variant maps to one status |
//! | range rows (`-32000 to -32099`, `10000-10099`) | list each code on its own row, or drop the row: a variant maps to one code |
//! | a table without leading pipes, lines ending in two spaces (a crawler's copy of a rendered page) | nothing: GFM reads it as a table |
//! | a cell's text broken onto a next line that has no `\|` (crawled pages) | join the line to its row: inside a table Markdown reads it as a row of its own |
//! | a dash or `N/A` where a row has no code, or a code no status | give it one, or drop the row (or `status_column`): a variant needs a code, and with `status_column` a status |
//! | the page twice, in two languages, under two `#` titles | `section = "..."` with the title of the one you want |
//! | application codes (`10000`-`99913`, `-1121`) in the body | `codes = "integer"`, and `envelope(...)` for where the body puts them |
//! | string codes (`card_declined`, `NOT_FOUND`, `"not_found"`) | `codes = "string"`; names come from the codes, or `name_column = "..."` |
//! | an HTTP status column beside the codes (`400 Bad Request`) | `status_column = "..."`: then `status()` and `From<E> for http::StatusCode` |
//! | a name column (`TOO_MANY_REQUESTS`, `InvalidArgument`) | `name_column = "..."` |
//! | one table per category (`## 10xx - General`, `## 11xx - Request issues`) | `tables = "all"` |
//! | one table with a bold row titling each category (`\| **Parameter Errors** \| \| \|`) | nothing: a row whose only text is its first cell, bold and not starting with a number, is skipped; a plain one is an error that says to make it bold |
//! | a heading per code over labelled fields (`- **HTTP Status:** 401`, `- **Description:** ...`) | `layout = "headings"`: the `Description` (or `Message`, `Meaning`, ...) field is the message |
//! | one table per product, the one you call among them (Bybit: `## UTA`, `## Spot Trade`, codes repeated across them) | `section = "UTA"`; `section = "Spot Trade / Orders"` when a subsection name repeats |
//! | retired codes struck through (`~~10018~~`) | nothing: their variants are `#[deprecated]`; `#[allow(deprecated)]` where you use them |
//! | a heading per code (`### -1003 TOO_MANY_REQUESTS`, `` ## `index_not_found` ``), messages as bullets or a paragraph under it | `layout = "headings"` (with `codes = "integer"` or `"string"`) |
//! | a heading per code with bold titles of its paragraphs (`**Error Message**`, `**Description**`, `**Solution**`) | `layout = "headings"`: the paragraph under the first title is the message |
//! | a list item per code (`` - `10000` Url not found. ``) | `layout = "list"` |
//! | a code span alone on a line over its meaning (Matrix: `` `M_FORBIDDEN` ``, then `: Forbidden access, ...`), or an integer alone (Kramdown's definition lists: `400`, then `: Bad request`) | `layout = "list"` (with `section = "..."` for the section that lists the codes) |
//! | HTML `<table>`s (GitBook, Docusaurus, MDX; merged cells, widths) | nothing: they are read as tables; `rowspan` cells repeat down |
//! | a code glued to a `:` (`### 30002: Order filled`, `- 10002: Bad JSON.`) among code headings or items | write `30002 Order filled` or `` `30002`: Order filled `` (the error points at each) |
//! | a word before each code (`## Error 1000: DNS points to prohibited IP`, `## HTTP 404`) | drop the word: `` ## `1000`: DNS points to prohibited IP `` |
//! | string codes in headings or items without code spans (`### ITEM_LOGIN_REQUIRED`) | write them as code spans: `` ### `ITEM_LOGIN_REQUIRED` `` |
//! | a bold heading per HTTP status with its RFC (`## **429 Too Many Requests ([RFC6585](...))**`) | `layout = "headings"`; `rename(429 = "TooManyRequests")` for a name without the RFC |
//! | a numbered section title read as a code heading (`## 1 Margin Borrowing`) | reword the title, or write the codes as code spans and use `codes = "string"` if they are words |
//! | the same message for several codes on a list or heading page (`System error.`) | `rename(CODE = "Name", ...)` for all but one of them |
//! | application codes in the code column but the statuses you want in another | point `code_column` at the HTTP status column |
//! | reasons in any language (`Überlastet`, `未找到`, `Не найдено`) | nothing: they become identifiers where Rust allows (`Überlastet`, `未找到`, `НеНайдено`) |
//!
//! When no table has the columns, the error lists the tables the parser saw (line and
//! header) and, for each line that looks like the wanted header but did not become a
//! table, says why, at that line. When many rows fail the same way, the error says it
//! once, with the count and the lines (`125 codes outside 100..=599, lines 19-143; first
//! 10000 at line 19`); each distinct problem stays its own error.
//!
//! Generated names trip none of rustc's default lints in your crate:
//! `confusable_idents`, `mixed_script_confusables` and `uncommon_codepoints` look only at
//! identifiers written in source files, not at those a macro generates (and an item-level
//! `#[allow]` of them would itself warn, as they are crate-level lints). Naming such a
//! variant in your own code is then your code, under your crate's lint settings.
//!
//! # Kaiko's own table
//!
//! [`ErrorCode`] is generated from Kaiko's published error-code page, kept verbatim in
//! this crate's `spec/error-codes.md`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Input (a spec, a response body) must never panic: no unwrap, expect or indexing in the
// shipped code paths.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

// The generated code names `::kaiko_errors`; this makes that path work inside this crate.
extern crate self as kaiko_errors;

// A dependency for its features only (see Cargo.toml): nothing of it is used.
#[cfg(feature = "macros")]
use memchr as _;

mod backend;
mod envelope;
mod error;
#[cfg(feature = "http")]
pub mod http;
mod kept;
#[cfg(feature = "reqwest")]
pub mod reqwest;
mod shape;
mod table;
#[cfg(feature = "tower")]
pub mod tower;

pub use backend::JsonError;
pub use envelope::{decode, Page};
pub use error::ApiError;
#[cfg(feature = "macros")]
pub use kaiko_errors_macros::error_table;
pub use table::{CodeKind, ErrorTable, RawCode, UnknownCode, UnknownStatus};

// Kaiko's `ErrorCode`, generated from `spec/error-codes.md` by `cargo kaiko-errors` and
// committed (CI checks that it is up to date), so that this crate builds without its
// proc-macro.
mod error_code;
pub use error_code::ErrorCode;

/// `From<Table> for http::StatusCode`, when this crate has its `http` feature: generated
/// code invokes it, so the impl follows this crate's features, not the user's.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$table> for $crate::__private::http::StatusCode {
            fn from(code: $table) -> Self {
                match Self::from_u16(code.status()) {
                    ::core::result::Result::Ok(status) => status,
                    // Unreachable: a table only holds statuses in 100..=599.
                    ::core::result::Result::Err(_) => Self::INTERNAL_SERVER_ERROR,
                }
            }
        }
    };
}

/// The check at the top of a generated file: it calls this crate's `__private` items,
/// which change between versions, so it must be compiled with the version it was
/// generated for. The literal is this crate's version (a test pins it to Cargo.toml's).
#[doc(hidden)]
#[macro_export]
macro_rules! __generated_for {
    ("0.1.0") => {};
    ($version:literal) => {
        ::core::compile_error!(::core::concat!(
            "this file was generated for kaiko-errors ",
            $version,
            " but is compiled with kaiko-errors 0.1.0: regenerate it with this version's \
             `cargo kaiko-errors generate` (the command is in the file's header), or depend \
             on kaiko-errors = \"=",
            $version,
            "\""
        ));
    };
}

/// Without the `http` feature there is nothing to implement.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident) => {};
}

/// What generated code uses. Not public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::envelope::decode_whole_body;
    pub use crate::shape::{kaiko_field, role, Field, Marker, Shape};
    #[cfg(feature = "http")]
    pub use ::http;
    pub use serde_core as serde;

    use crate::ErrorTable;
    use serde_core::de::{Deserializer, Error, Unexpected, Visitor};
    use std::marker::PhantomData;

    /// Deserializes a table's variant from its numeric code.
    ///
    /// # Errors
    /// When the value is not an integer or not a documented code.
    pub fn deserialize_status<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_u16(StatusVisitor(PhantomData))
    }

    /// A string code as a [`RawCode`](crate::RawCode), for `FromStr`'s error.
    #[must_use]
    pub fn string_code(code: &str) -> crate::RawCode {
        crate::RawCode::String(code.into())
    }

    /// Deserializes an integer table's variant from its code: a number, or a string
    /// holding one (`"51000"`, as OKX and KuCoin send).
    ///
    /// # Errors
    /// When the value is neither, or not a documented code.
    pub fn deserialize_integer_code<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
        from_code: fn(i64) -> Option<E>,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_any(IntegerCodeVisitor(from_code))
    }

    struct IntegerCodeVisitor<E>(fn(i64) -> Option<E>);

    impl<E> Visitor<'_> for IntegerCodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "an integer code documented in {}",
                std::any::type_name::<E>()
            )
        }

        fn visit_i64<Er: Error>(self, value: i64) -> Result<E, Er> {
            (self.0)(value).ok_or_else(|| Er::invalid_value(Unexpected::Signed(value), &self))
        }

        fn visit_u64<Er: Error>(self, value: u64) -> Result<E, Er> {
            i64::try_from(value)
                .ok()
                .and_then(self.0)
                .ok_or_else(|| Er::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_str<Er: Error>(self, value: &str) -> Result<E, Er> {
            crate::envelope::integer_in(value)
                .and_then(self.0)
                .ok_or_else(|| Er::invalid_value(Unexpected::Str(value), &self))
        }
    }

    /// Deserializes a string table's variant from its code.
    ///
    /// # Errors
    /// When the value is not a string, or not a documented code.
    pub fn deserialize_string_code<'de, E: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
        from_code: fn(&str) -> Option<E>,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_str(StringCodeVisitor(from_code))
    }

    struct StringCodeVisitor<E>(fn(&str) -> Option<E>);

    impl<E> Visitor<'_> for StringCodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a code documented in {}", std::any::type_name::<E>())
        }

        fn visit_str<Er: Error>(self, value: &str) -> Result<E, Er> {
            (self.0)(value).ok_or_else(|| Er::invalid_value(Unexpected::Str(value), &self))
        }
    }

    struct StatusVisitor<E>(PhantomData<E>);

    impl<E: ErrorTable> Visitor<'_> for StatusVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "an HTTP status documented in {}",
                std::any::type_name::<E>()
            )
        }

        fn visit_u64<Er: Error>(self, value: u64) -> Result<E, Er> {
            u16::try_from(value)
                .ok()
                .and_then(E::from_status)
                .ok_or_else(|| Er::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_i64<Er: Error>(self, value: i64) -> Result<E, Er> {
            match u64::try_from(value) {
                Ok(value) => self.visit_u64(value),
                Err(_) => Err(Er::invalid_value(Unexpected::Signed(value), &self)),
            }
        }
    }
}

#[cfg(test)]
mod version_check {
    /// `__generated_for!` accepts exactly this crate's version and names it in its error.
    #[test]
    fn the_generated_file_check_names_this_version() {
        let source = include_str!("lib.rs");
        let version = env!("CARGO_PKG_VERSION");
        assert!(source.contains(&format!("(\"{version}\") => {{}};")));
        assert!(source.contains(&format!("compiled with kaiko-errors {version}:")));
    }
}
