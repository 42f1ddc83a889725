#!/usr/bin/env bash
# The instructions of every rustc run of a cold build (macro expansion included, linking
# and build scripts' runs not), counted by callgrind: a figure the machine's drift does not
# move, unlike wall time. Slow (valgrind runs rustc about 50 times slower): minutes.
#   bash benches/compile-time/instructions.sh CRATE [CRATE...]
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/wrapper" <<'WRAP'
#!/usr/bin/env bash
# RUSTC_WRAPPER: cargo calls it with the rustc path first.
rustc=$1; shift
exec valgrind --tool=callgrind --callgrind-out-file="$COUNT_DIR/%p.out" -q "$rustc" "$@"
WRAP
chmod +x "$scratch/wrapper"
for crate in "$@"; do
  mkdir -p "$scratch/$crate/counts"
  (cd "$here/$crate" && COUNT_DIR="$scratch/$crate/counts" RUSTC_WRAPPER="$scratch/wrapper" \
    CARGO_TARGET_DIR="$scratch/$crate/target" cargo build --offline --quiet -j1) &
done
wait
for crate in "$@"; do
  # Per unit (crate name from rustc's command line), then the total.
  for out in "$scratch/$crate"/counts/*.out; do
    name=$(grep -m1 '^cmd:' "$out" | grep -o -- '--crate-name [A-Za-z0-9_-]*' | cut -d' ' -f2 || true)
    n=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    echo "${name:-rustc-probe} ${n:-0}"
  done | sort -k2 -n -r > "$scratch/$crate/units"
  sed "s/^/  $crate: /" "$scratch/$crate/units" | head -n 12
  # %.0f, not %d: mawk clamps %d to 2^31 - 1.
  echo "$crate $(awk '{s += $2} END {printf "%.0f\n", s}' "$scratch/$crate/units")"
done
