#!/usr/bin/env bash
# Compile-time figures for BENCHMARKS.md: the attribute, a generated file without the
# macro feature, and the hand-written baseline. Run from anywhere; needs the crates in
# Cargo.lock of each folder in the local cargo registry (run `cargo fetch` there once).
#   bash benches/compile-time/measure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-5}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; cp "$scratch.spec" with-attribute/spec/error-codes.md 2>/dev/null || true' EXIT
cp with-attribute/spec/error-codes.md "$scratch.spec"

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for crate in with-attribute generated-file hand-written; do
  for _ in $(seq "$runs"); do
    rm -rf "$scratch/target"
    (cd "$crate" && CARGO_TARGET_DIR="$scratch/target" seconds cargo build --offline --quiet)
  done | median | sed "s/^/cold cargo build, $crate (median of $runs, s): /"
done

# A one-line edit of the spec, then `cargo build`: the enum is regenerated.
(cd with-attribute && CARGO_TARGET_DIR="$scratch/target" cargo build --offline --quiet)
for i in $(seq "$runs"); do
  if (( i % 2 )); then
    sed -i 's/| 429        | Rate limit reached   /| 429        | Too Many Requests    /' with-attribute/spec/error-codes.md
  else
    cp "$scratch.spec" with-attribute/spec/error-codes.md
  fi
  (cd with-attribute && CARGO_TARGET_DIR="$scratch/target" seconds cargo build --offline --quiet)
done | median | sed "s/^/rebuild after a one-line spec edit (median of $runs, s): /"
