#!/usr/bin/env python3
"""Writes the seed corpus of the `decode` fuzz target into seeds/decode/.

Each file is a status (two bytes, big-endian; the target folds it into 0..700) followed by
a body shaped like Kaiko's responses (../../shared/seed/kaiko-responses.md).
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "seeds", "decode")

trade = {"timestamp": 1764000000000, "trade_id": "611457389", "price": "97123.45",
         "amount": "0.0123", "taker_side_sell": True}
page = (
    '{"query":{"exchange":"cbse","instrument_class":"spot","instrument":"btc-usd",'
    '"page_size":100,"start_time":"2026-11-24T00:00:00.000Z","data_version":"v1"},'
    '"time":"2026-11-24T10:00:00.123Z","timestamp":1764000000123,'
    '"data":' + json.dumps([trade, dict(trade, trade_id="611457390", taker_side_sell=False)]) + ','
    '"result":"success","continuation_token":"3jdP1Wv3kq8bZx",'
    '"next_url":"https://us.market-api.kaiko.io/v2/data/trades.v1/exchanges/cbse/spot/btc-usd/trades?continuation_token=3jdP1Wv3kq8bZx",'
    '"access":{"access_range":{"start_timestamp":null,"end_timestamp":null},'
    '"data_range":{"start_timestamp":null,"end_timestamp":null}}}'
)
reasons = {
    400: "Bad Request", 401: "Unauthorized -- You are not authenticated properly.",
    403: "Forbidden -- You don't have access to the requested resource.", 404: "Not Found",
    405: "Method Not Allowed", 406: "Not Acceptable", 429: "Rate limit reached",
    500: "Internal Server Error -- We had a problem with our service. Try again later.",
    503: "Service Unavailable -- We're temporarily offline for maintenance.",
}
seeds = {
    "success-page": (200, page),
    "reference-data": (200, '{"result": "success", "data": []}'),
    "success-escaped": (200, '{"data":[{"timestamp":1,"trade_id":"a\\"b","price":"\\u00e9","amount":"0","taker_side_sell":false}],"result":"success","next_url":null}'),
    "success-as-error-status": (500, page),
    "error-200": (200, '{"result":"error","message":"Symbol Required -- The instrument is missing from the request.","data":"","params":{}}'),
    "proxy-502-html": (502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"),
    "proxy-504-empty": (504, ""),
    "empty-200": (200, ""),
    "truncated-200": (200, page[: len(page) // 2]),
    "trailing-garbage": (200, '{"result":"success","data":[]} x'),
    "not-an-object": (200, '[{"result":"success"}]'),
    "duplicate-result": (200, '{"result":"success","data":[],"result":"error"}'),
    "bom": (200, '\ufeff{"result":"success","data":[]}'),
}
for status, reason in reasons.items():
    body = {"result": "error", "message": reason, "data": "", "params": {}}
    seeds[f"error-{status}"] = (status, json.dumps(body))
    seeds[f"error-{status}-data-first"] = (status, '{"data":null,"result":"error","message":' + json.dumps(reason) + ',"params":{}}')

os.makedirs(OUT, exist_ok=True)
for name, (status, body) in seeds.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(status.to_bytes(2, "big") + body.encode("utf-8"))
print(f"{len(seeds)} seeds in {OUT}")
