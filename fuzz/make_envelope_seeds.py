#!/usr/bin/env python3
"""Writes the seed corpus of the `envelopes` fuzz target into seeds/envelopes/.

Each file is a style byte (0 Kaiko, 1 Binance, 2 Bybit, 3 OKX, 4 JSON-RPC, 5 Stripe,
6 Twirp: `kaiko_errors_tests::invariants::STYLES`), a status (two bytes, big-endian, folded
into 0..700), then a body shaped like that API's responses.
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "seeds", "envelopes")
STYLES = ["kaiko", "binance", "bybit", "okx", "json-rpc", "stripe", "twirp"]
trade = {"timestamp": 1764000000000, "trade_id": "611457389", "price": "97123.45",
         "amount": "0.0123", "taker_side_sell": True}
trades = [trade, dict(trade, trade_id="611457390")]

seeds = {
    ("kaiko", "success"): (200, json.dumps({"data": trades, "result": "success", "next_url": None})),
    ("kaiko", "error-429"): (429, '{"result":"error","message":"Rate limit reached","data":"","params":{}}'),
    ("binance", "array"): (200, json.dumps(trades)),
    ("binance", "object"): (200, '{"symbol":"BTCUSDT","price":"97000.10"}'),
    ("binance", "error-400"): (400, '{"code":-1121,"msg":"Invalid symbol."}'),
    ("binance", "error-200-string-code"): (200, '{"msg":"Invalid symbol.","code":"-1121"}'),
    ("binance", "undocumented"): (400, '{"code":-4164,"msg":"notional"}'),
    ("bybit", "success-code-last"): (200, '{"result":{"list":[]},"retExtInfo":{},"time":1,"retMsg":"OK","retCode":0}'),
    ("bybit", "success"): (200, json.dumps({"retCode": 0, "retMsg": "OK", "result": trades})),
    ("bybit", "error-200"): (200, '{"retCode":10001,"retMsg":"params error","result":{},"retExtInfo":{},"time":1}'),
    ("bybit", "error-data-first"): (200, '{"result":[{"x":1}],"retCode":10006,"retMsg":"Too many visits"}'),
    ("okx", "success"): (200, json.dumps({"code": "0", "msg": "", "data": trades})),
    ("okx", "error"): (200, '{"code":"51000","msg":"Parameter instId error","data":[]}'),
    ("okx", "numeric-success"): (200, '{"data":[],"msg":"","code":0}'),
    ("json-rpc", "result"): (200, '{"jsonrpc":"2.0","id":1,"result":"0x1b4"}'),
    ("json-rpc", "null-result"): (200, '{"jsonrpc":"2.0","id":1,"result":null}'),
    ("json-rpc", "error"): (200, '{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"invalid argument 0","data":{"x":[1,2]}}}'),
    ("json-rpc", "error-data-first"): (200, '{"jsonrpc":"2.0","id":1,"error":{"data":{"x":[1]},"message":"m","code":-32000}}'),
    ("stripe", "charge"): (200, '{"id":"ch_1","object":"charge","amount":500}'),
    ("stripe", "card-error"): (402, '{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined."}}'),
    ("stripe", "error-200"): (200, '{"error":{"code":"rate_limit","message":"slow down"}}'),
    ("twirp", "not-found"): (404, '{"code":"not_found","msg":"hat not found","meta":{"size":"12"}}'),
    ("twirp", "success"): (200, '{"size":12,"color":"red"}'),
    ("twirp", "proxy"): (503, "<html>503</html>"),
}

os.makedirs(OUT, exist_ok=True)
for (style, name), (status, body) in seeds.items():
    data = bytes([STYLES.index(style)]) + status.to_bytes(2, "big") + body.encode()
    with open(os.path.join(OUT, f"{style}-{name}"), "wb") as f:
        f.write(data)
print(f"{len(seeds)} seeds in {OUT}")
