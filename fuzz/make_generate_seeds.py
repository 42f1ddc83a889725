#!/usr/bin/env python3
"""Writes the seed corpus of the `generate` fuzz target into seeds/generate/.

Each file is a mode byte (`fuzz_targets/generate.rs`: bits 0-1 `codes` 0 status, 1 integer,
2 string; bits 2-3 `layout` 0 table, 1 headings, 2 list; 16 `tables = "all"`; 32 a `Name`
column; 64 a `Status` column; 128 a `Detail` column), then a page: the real pages the tests
read, each with the mode it is read with, and small pages of every shape with the columns
the target names (`Code`, `Message`, `Name`, `Status`, `Detail`).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "seeds", "generate")
STATUS, INTEGER, STRING = 0, 1, 2
HEADINGS, LIST = 4, 8
ALL, NAME, HTTP, DETAIL = 16, 32, 64, 128

real = {
    "spec/error-codes.md": STATUS,
    "tests/specs/binance-error-codes.md": INTEGER | HEADINGS,
    "tests/specs/binance-coin-futures-error-code-crawled.md": INTEGER | HEADINGS,
    "tests/specs/meilisearch-error-codes.mdx": STRING | HEADINGS,
    "tests/specs/bitbank-errors.md": INTEGER | LIST,
    "tests/specs/html-table.md": STATUS,
    "tests/specs/okx-funding-errors-crawled.md": INTEGER | ALL,
    "tests/specs/tickdb-errors.md": INTEGER | HEADINGS,
    "tests/specs/struck-codes.md": INTEGER | ALL,
    "tests/specs/twirp-errors.md": STRING | NAME | HTTP,
    "tests/specs/deribit-errors.md": INTEGER | ALL,
    "tests/specs/no-code-mark.md": STRING | HTTP,
    "cargo-kaiko-errors/tests/specs/docusaurus-tabs.mdx": INTEGER | ALL,
    "tests/specs/memos-error-codes.md": INTEGER,
    "tests/specs/openharmony-system-parameter-error-codes.md": INTEGER | HEADINGS,
    "tests/specs/auth-service-field-lists.md": STRING | HEADINGS,
    "tests/specs/digitalriver-409-conflict.md": STRING | HEADINGS,
}

built = {
    "integer-table": (INTEGER | NAME | HTTP | DETAIL | ALL,
        "| Code | Name | Status | Message | Detail |\n|---|---|---|---|---|\n"
        "| -1121 | INVALID_SYMBOL | 400 Bad Request | Invalid symbol. | Check it |\n"
        "| `51000` | PARAM | 200 | Parameter {param} error | |\n\n"
        "| Code | Message | Status | Name | Detail |\n|--|--|--|--|--|\n| 0 | OK | 200 | Ok | - |\n"),
    "string-table": (STRING | HTTP,
        "Code | Status | Message\n---|---|---\n`card_declined` | 402 | The card was declined.\n"
        "not_found | 404 Not Found | No such *thing* &amp; <b>more</b>\n"),
    "html-table": (INTEGER | DETAIL,
        "<table><thead><tr><th>Code</th><th>Message</th><th>Detail</th></tr></thead>\n"
        "<tbody><tr><td rowspan=\"2\"><code>10001</code></td><td>Bad<br/>request</td><td>x</td></tr>\n"
        "<tr><td colspan=2>Section</td></tr><tr><td>10002</td><td>&nbsp;Gone <em>now</em></td></tr></tbody></table>\n"),
    "headings": (INTEGER | HEADINGS,
        "---\ntitle: x\n---\n# Errors\n## 10xx - General\n### -1003 TOO_MANY_REQUESTS\n"
        " * Too many requests.\n * Too much weight: %s.\n   * nested\n### `-1004` Busy\nThe server is busy.\n"
        "#### 4003 / 4004 - Two\nx\n## Other notes\n"),
    "string-headings": (STRING | HEADINGS,
        "## `index_not_found`\n\nThe index was not found.\n\n## `invalid_api_key`\n**Causes**:\n- a\n- b\n"),
    "list": (INTEGER | LIST,
        "## Errors\n- `10000` Url not found.\n- 10001 System error\n  - more\n* -1 : Minus one\n"),
    "string-list": (STRING | LIST, "- `card_declined`: The card was declined.\n- `expired_card` Expired.\n"),
    "category-rows": (STRING | HTTP,
        "| Code | Status | Message |\n|---|---|---|\n| **Auth errors** | | |\n| `AUTH_1` | 401 | No key |\n"
        "| Plain title | | |\n| __Limits__ |\n| <b>Rate</b> | | |\n| **429** | | |\n"),
    "paragraph-titles": (INTEGER | HEADINGS,
        "## 1001 Bad key\n\n**Error Message**\n\nThe key is bad.\n\n**Solution**\n\nFix it.\n\n"
        "## 1002 Short\n\n**Short message**\n\n```json\n{}\n```\n"),
    "field-headings": (STRING | HEADINGS | HTTP,
        "## `A`\n\n- **Status:** 401 Unauthorized\n- **Description:** Bad.\n- **Trigger:** x\n\n"
        "## `B`\n\n**Status:** 404\n\nGone.\n\n## `C`\n\n- **Status:** x\n- **Code:** 1\n\n## `D`\n\n**When:** y\n"),
    "field-list": (STRING | LIST | HTTP,
        "- `A`\n  - **Status:** 401\n  - **Description:** Bad.\n- `B` Gone.\n  - **Status:** 410\n- `C`\n  - **Code:** 2\n"),
    "blank-rows": (INTEGER,
        "| Code | Message |\n|---|---|\n| 1 | One |\n|  |  |\n\n| Code | Message |\n|---|---|\n| | |\n"),
    "status-table": (STATUS, "| Error Code | Meaning |\n|---|---|\n| 400 | Bad request -- check it |\n| 5xx | Server |\n| 404 - Not Found | x |\n"),
}

os.makedirs(OUT, exist_ok=True)
for path, mode in real.items():
    name = os.path.basename(path).rsplit(".", 1)[0]
    with open(os.path.join(ROOT, path), "rb") as page, open(os.path.join(OUT, name), "wb") as seed:
        seed.write(bytes([mode]) + page.read())
for name, (mode, page) in built.items():
    with open(os.path.join(OUT, name), "wb") as seed:
        seed.write(bytes([mode]) + page.encode())
print(f"{len(real) + len(built)} seeds in {OUT}")
