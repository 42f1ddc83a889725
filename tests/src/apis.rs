//! The error tables of real APIs (`specs/*-errors.md`, sources in `specs/README.md`), each
//! with the envelope its API sends: shared by the tests, the benches and the fuzz target.

use kaiko_errors::error_table;

/// Binance: negative integer codes, names from a column, a table per category, the whole
/// body as the data.
#[error_table(
    spec = "specs/binance-errors.md",
    codes = "integer",
    code_column = "Code",
    name_column = "Name",
    message_column = "Description",
    tables = "all",
    envelope(code = "code", message = "msg", data = ""),
    retryable(-1003, -1015),
)]
pub enum BinanceError {}

/// Bybit: `retCode` 0 is success, under 200 for errors too.
#[error_table(
    spec = "specs/bybit-errors.md",
    codes = "integer",
    code_column = "Code",
    message_column = "Description",
    envelope(
        code = "retCode",
        message = "retMsg",
        data = "result",
        success(retCode = 0)
    ),
    retryable(10006, 10016)
)]
pub enum BybitError {}

/// OKX: codes sent as strings of digits, `"0"` is success, a status per code.
#[error_table(
    spec = "specs/okx-errors.md",
    codes = "integer",
    code_column = "Error Code",
    message_column = "Error Message",
    status_column = "HTTP Status Code",
    tables = "all",
    envelope(code = "code", message = "msg", success(code = "0")),
    rename(50011 = "RateLimitReached"),
)]
pub enum OkxError {}

/// JSON-RPC: the error nested under `error`, the data under `result`.
#[error_table(
    spec = "specs/jsonrpc-errors.md",
    codes = "integer",
    code_column = "Code",
    message_column = "Message",
    envelope(code = "error.code", message = "error.message", data = "result")
)]
pub enum RpcError {}

/// Stripe: string codes, nested, the whole body as the data.
#[error_table(
    spec = "specs/stripe-error-codes.md",
    codes = "string",
    code_column = "Error code",
    message_column = "Description",
    envelope(code = "error.code", message = "error.message", data = ""),
    retryable("rate_limit", "lock_timeout")
)]
pub enum StripeError {}

/// Twirp: string codes written as JSON strings, names from a column, a status column.
#[error_table(
    spec = "specs/twirp-errors.md",
    codes = "string",
    code_column = "JSON/String",
    name_column = "twirp.ErrorCode",
    message_column = "twirp.ErrorCode",
    status_column = "HTTP status code",
    envelope(code = "code", message = "msg", data = "")
)]
pub enum TwirpError {}

/// Binance's official error page as published: a heading per code (`### -1003
/// TOO_MANY_REQUESTS`), its messages as bullets, section titles between them.
#[error_table(
    spec = "specs/binance-error-codes.md",
    codes = "integer",
    layout = "headings",
    envelope(code = "code", message = "msg", data = ""),
    retryable(-1003, -1015)
)]
pub enum BinancePageError {}

/// Binance's coin-margined futures error page as a crawler saved the rendered site: every
/// heading ends in Docusaurus's anchor link (`[\u{200b}](/docs/...#-1000-unknown "Direct
/// link to -1000 UNKNOWN")`), and the page is there twice, in English and in Chinese.
#[error_table(
    spec = "specs/binance-coin-futures-error-code-crawled.md",
    codes = "integer",
    layout = "headings",
    section = "Error Codes",
    envelope(code = "code", message = "msg", data = "")
)]
pub enum BinanceCoinFuturesError {}

/// TickDB: a quick-reference table of codes (with `0`, success) above a heading per code;
/// its body is `{"code":...,"message":...,"data":...}` with code `0` for success.
#[error_table(
    spec = "specs/tickdb-errors.md",
    codes = "integer",
    code_column = "Code",
    message_column = "Meaning",
    detail_column = "Recommendation",
    envelope(code = "code", message = "message", success(code = 0)),
    retryable(3001, 5000, 5001, 5002)
)]
pub enum TickDbError {}

/// Meilisearch: a heading per string code (`` ## `index_not_found` ``), a paragraph
/// under each, YAML front matter on top.
#[error_table(
    spec = "specs/meilisearch-error-codes.mdx",
    codes = "string",
    layout = "headings",
    envelope(code = "code", message = "message")
)]
pub enum MeilisearchError {}

/// Gate.io APIv4 as crawled to Markdown: a VuePress page whose every heading starts with a
/// permalink (`## [#](#label-list) \`label\` list`), string codes in a `label` column,
/// `{"label": ..., "message": ...}` under a non-2xx status. The first table of the
/// `label list` section: with all nine, four labels are there twice
/// (`ui/fail/real-gateio-label-tables.rs`).
#[error_table(
    spec = "specs/gateio-error-codes-crawled.md",
    codes = "string",
    section = "API / label list",
    code_column = "label",
    message_column = "Meaning",
    envelope(code = "label", message = "message", data = "")
)]
pub enum GateioRequestError {}

/// Cloudflare: the HTTP statuses its edge answers with, one bold heading per status with
/// its RFC as a link (`## **429 Too Many Requests ([RFC6585](...))**`), read as a status
/// table by its headings, Kaiko's envelope and all. The RFC in each heading is part of the
/// name; two are pinned shorter.
#[error_table(
    spec = "specs/cloudflare-4xx-client-error.mdx",
    layout = "headings",
    rename(400 = "BadRequest", 429 = "TooManyRequests")
)]
pub enum CloudflareStatus {}

/// Discord: the JSON error codes of an MDX page whose every table sits under a `######`
/// heading with an anchor component right above it (`<ManualAnchor id="..." />`).
#[error_table(
    spec = "specs/discord-opcodes-and-status-codes.mdx",
    codes = "integer",
    section = "JSON Error Codes",
    code_column = "Code",
    message_column = "Meaning"
)]
pub enum DiscordError {}

/// bitbank: a list item per code (`` - `10000` Url not found. ``) under section headings.
/// (Its body puts the code inside `data` on errors, `{"success":0,"data":{"code":20003}}`,
/// and the payload there on success: one key in two roles, which an envelope cannot
/// describe yet, so this table is read without one.)
#[error_table(
    spec = "specs/bitbank-errors.md",
    codes = "integer",
    layout = "list",
    // The page gives the same message to several codes; each pair is pinned apart.
    rename(
        10003 = "SystemErrorOther",
        30016 = "MissingAssetOther",
        40025 = "InvalidAssetOther",
        50006 = "AccountIsBlockedOther",
        50060 = "TemporarilyRestrictingNewMarginOrdersOther",
        50080 = "OpenOrdersCannotBeUsedInMarginTradingOther",
        50081 = "CloseOrdersCannotBeUsedInMarginTradingOther",
        70001 = "SystemErrorSuspended",
        70002 = "SystemErrorSuspendedOther",
        70003 = "SystemErrorSuspendedThird",
        70012 = "SystemErrorSuspendedFourth",
    )
)]
pub enum BitbankError {}

/// An HTML table in a Markdown page (as GitBook and Docusaurus pages write them):
/// `<code>`, `<em>`, `&nbsp;`, `<br/>` in cells, a shared status by `rowspan`.
#[error_table(
    spec = "specs/html-table.md",
    codes = "integer",
    code_column = "Error Code",
    status_column = "HTTP Status",
    message_column = "Message"
)]
pub enum HtmlTableError {}

/// Microsoft Store for Business, "Reclaim seat from user": a real page whose tables are
/// all HTML, `<p>` in every cell.
#[error_table(
    spec = "specs/windows-store-reclaim-seat.md",
    code_column = "Error code",
    message_column = "Description",
    detail_column = "Details"
)]
pub enum ReclaimSeatError {}

/// Bybit's whole error page as published (Docusaurus): 16 tables, one per product, the
/// first of HTTP statuses, codes repeated across products, retired codes struck
/// through. `section = "UTA"` reads the Unified Trading Account table only.
#[error_table(
    spec = "specs/bybit-error-codes.mdx",
    codes = "integer",
    section = "UTA",
    code_column = "Code",
    message_column = "Description",
    envelope(code = "retCode", message = "retMsg", data = "result", success(retCode = 0)),
    // Two codes of the UTA table share a message with an earlier one.
    rename(
        110045 = "WalletBalanceIsInsufficientForClosing",
        110046 = "LiquidationWouldBeTriggeredByClosing"
    ),
)]
pub enum BybitUtaError {}

/// Struck-through codes in a table (`~~`, `~`, `<del>`, `<s>`), read by section.
#[error_table(
    spec = "specs/struck-codes.md",
    codes = "integer",
    section = "Bank",
    code_column = "Code",
    message_column = "Message"
)]
pub enum BankError {}

/// A struck-through code heading, read by a section path.
#[error_table(
    spec = "specs/struck-codes.md",
    codes = "integer",
    layout = "headings",
    section = "Headings / Orders"
)]
pub enum OrderError {}

/// One section of Binance's heading page.
#[error_table(
    spec = "specs/binance-error-codes.md",
    codes = "integer",
    layout = "headings",
    section = "11xx - Request issues"
)]
pub enum BinanceRequestError {}

/// Deribit: JSON-RPC over HTTP and WebSocket; a table per category whose `Message` column
/// is the string the body sends as `error.message` (`invalid_credentials`), which names
/// the variants, beside a human `Description`.
#[error_table(
    spec = "specs/deribit-errors.md",
    codes = "integer",
    code_column = "Code",
    name_column = "Message",
    message_column = "Description",
    detail_column = "Solution",
    tables = "all",
    envelope(code = "error.code", message = "error.message", data = "result")
)]
pub enum DeribitError {}

/// Tencent Cloud API 3.0 (here TencentDB for SQL Server): every answer is HTTP 200 with
/// `{"Response": {...}}`, an error `{"Response": {"Error": {"Code": ..., "Message": ...},
/// "RequestId": ...}}` with dotted string codes; the page's error table comes after the
/// parameter tables, whose columns it does not share.
#[error_table(
    spec = "specs/tencentcloud-sqlserver-modify-db-remark.md",
    codes = "string",
    message_column = "Description",
    envelope(
        code = "Response.Error.Code",
        message = "Response.Error.Message",
        data = ""
    )
)]
pub enum TencentCloudError {}

/// Rainbow API (NFT minting on Conflux): a table per category of string codes beside the
/// HTTP status they come with, escaped underscores (`AUTHORIZATION\_TOKEN\_MISSING\_ERROR`),
/// and blank placeholder rows that GitBook left under the tables not yet filled in.
#[error_table(
    spec = "specs/rainbow-error-codes.md",
    codes = "string",
    code_column = "ERROR CODE",
    message_column = "EXPLANATION",
    status_column = "STATUS CODE",
    tables = "all"
)]
pub enum RainbowError {}

/// Matrix (the client-server API): string codes as definitions, each a paragraph whose
/// first line is the code span alone and whose next lines, after a `: `, say what it
/// means; the body is `{"errcode": ..., "error": ...}`, a success is the data itself.
#[error_table(
    spec = "specs/matrix-client-server-errors.md",
    codes = "string",
    layout = "list",
    section = "Common error codes",
    envelope(code = "errcode", message = "error", data = "")
)]
pub enum MatrixError {}
