#!/usr/bin/env bash
# Cold builds of the three crates in turn, round after round, so that the machine's drift
# hits all of them alike; prints each build's wall, user and sys seconds, then the medians
# of the per-round ratios against hand-written.
#   bash benches/compile-time/interleave.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")"
rounds=${1:-7}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for round in $(seq "$rounds"); do
  for crate in with-attribute generated-file hand-written; do
    rm -rf "$scratch/target"
    times=$(cd "$crate" && CARGO_TARGET_DIR="$scratch/target" /usr/bin/time -f "%e %U %S" \
      cargo build --offline --quiet 2>&1 >/dev/null | tail -n 1)
    echo "$round $crate $times"
  done
done | tee "$scratch/log"
python3 - "$scratch/log" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
by = {}
for _, crate, wall, user, sys_ in rows:
    by.setdefault(crate, []).append((float(wall), float(user) + float(sys_)))
base = by["hand-written"]
for crate, runs in by.items():
    wall = statistics.median(a[0] / b[0] for a, b in zip(runs, base))
    cpu = statistics.median(a[1] / b[1] for a, b in zip(runs, base))
    print(f"{crate}: wall median {statistics.median(r[0] for r in runs):.2f} s, "
          f"CPU median {statistics.median(r[1] for r in runs):.2f} s, "
          f"ratio to hand-written: wall {wall:.3f}x, CPU {cpu:.3f}x")
PY
