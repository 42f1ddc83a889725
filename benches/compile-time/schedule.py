#!/usr/bin/env python3
"""Replays cargo's job scheduling of a cold build, to see what the order costs.

cargo starts, whenever a job slot is free, the ready unit with the most units depending on
it (transitively; every unit costs the same, 100), ties going to the unit listed first. A
library may start once its library dependencies have written their metadata (pipelining);
a proc-macro, a build script and a binary wait for everything. This script replays that
with each unit's own duration from a `--timings` report of a one-job build (`-j1`, so that
no duration includes waiting), on two slots, and prints the end of the build for the real
graph and for variants of it.

It does not model rustc's own code generation threads (a crate alone on the machine uses
both cores for LLVM), so its absolute figures overstate a two-core build; compare only
variants of one graph with each other.

    cd benches/compile-time/with-attribute
    CARGO_TARGET_DIR=/tmp/j1 cargo build -j1 --timings
    CARGO_TARGET_DIR=/tmp/ug cargo +nightly build --unit-graph -Z unstable-options > /tmp/ug.json
    python3 ../schedule.py /tmp/ug.json /tmp/j1/cargo-timings/cargo-timing.html
"""

import json
import re
import sys


def package(unit):
    pkg_id = unit["pkg_id"]
    last = pkg_id.split("#")[-1]
    if "@" in last:
        return last.split("@")[0]
    return pkg_id.split("#")[0].rstrip("/").split("/")[-1]


def load(graph_path, timings_path):
    units = json.load(open(graph_path))["units"]
    html = open(timings_path).read()
    data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
    by_index = {unit["i"]: unit for unit in data}
    duration, metadata = {}, {}
    for i, unit in enumerate(units):
        timing = by_index.get(i)
        if timing is None:
            duration[i] = metadata[i] = 0.01
            continue
        if timing["name"] != package(unit):
            sys.exit(f"unit {i}: the report and the graph are of different builds")
        duration[i] = timing["duration"]
        frontend = [s for s in (timing["sections"] or []) if s[0] == "frontend"]
        metadata[i] = frontend[0][1]["end"] if frontend else timing["duration"]
    deps = {i: [d["index"] for d in unit["dependencies"]] for i, unit in enumerate(units)}
    return units, deps, duration, metadata


def replay(units, deps, duration, metadata, slots=2, bonus=None):
    n = len(units)
    dependents = {i: set() for i in range(n)}
    for i in range(n):
        for d in deps[i]:
            dependents[d].add(i)
    below = {}

    def downstream(i):
        if i not in below:
            below[i] = {i}.union(*(downstream(j) for j in dependents[i]))
        return below[i]

    bonus = bonus or {}
    priority = {i: len(downstream(i)) + bonus.get(package(units[i]), 0) for i in range(n)}

    def is_lib(i):
        return units[i]["target"]["kind"] == ["lib"] and units[i]["mode"] == "build"

    def ready(i, meta_done, full_done):
        return all(
            d in (meta_done if is_lib(i) and is_lib(d) else full_done) for d in deps[i]
        )

    now, running, meta_done, full_done, started = 0.0, {}, set(), set(), set()
    while len(full_done) < n:
        waiting = [i for i in range(n) if i not in started and ready(i, meta_done, full_done)]
        waiting.sort(key=lambda i: (-priority[i], i))
        while len(running) < slots and waiting:
            unit = waiting.pop(0)
            started.add(unit)
            running[unit] = now
        events = []
        for unit, start in running.items():
            if unit not in meta_done:
                events.append((start + metadata[unit], "metadata", unit))
            events.append((start + duration[unit], "done", unit))
        now, kind, unit = min(events)
        meta_done.add(unit)
        if kind == "done":
            full_done.add(unit)
            del running[unit]
    return now


def main():
    units, deps, duration, metadata = load(sys.argv[1], sys.argv[2])
    index = {package(u): i for i, u in enumerate(units) if u["mode"] == "build"
             and "custom-build" not in u["target"]["kind"]}
    print(f"CPU (sum of durations): {sum(duration.values()):.2f} s")
    print(f"replayed on two slots: {replay(units, deps, duration, metadata):.2f} s")
    for name in ["serde_core", "serde_derive", "pulldown-cmark", "memchr"]:
        for step in (-2, 2):
            end = replay(units, deps, duration, metadata, bonus={name: step})
            print(f"  {name} priority {step:+d}: {end:.2f} s")
    codegen = index.get("kaiko-errors-codegen")
    if codegen is not None:
        for factor in (0.8, 0.6):
            faster = dict(duration)
            faster[codegen] *= factor
            end = replay(units, deps, faster, metadata)
            print(f"  kaiko-errors-codegen x{factor}: {end:.2f} s")
    if "tl" in index:
        without = dict(duration)
        without[index["tl"]] = 0.0
        print(f"  tl for free: {replay(units, deps, without, metadata):.2f} s")


if __name__ == "__main__":
    main()
