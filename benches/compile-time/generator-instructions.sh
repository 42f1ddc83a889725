#!/usr/bin/env bash
# The instructions of one compile of kaiko-errors-codegen as the with-attribute crate's cold
# build compiles it (a host dependency of the macro: opt-level 0, no debuginfo, not
# incremental), counted by callgrind. The rest of the build runs without valgrind. About
# two minutes.
#   bash benches/compile-time/generator-instructions.sh
set -euo pipefail
cd "$(dirname "$0")/with-attribute"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/wrapper" <<'WRAP'
#!/usr/bin/env bash
# RUSTC_WRAPPER: only the generator's rustc runs under callgrind.
rustc=$1; shift
case " $* " in
  *" --crate-name kaiko_errors_codegen "*)
    exec valgrind --tool=callgrind --callgrind-out-file="$COUNT_DIR/codegen.out" -q "$rustc" "$@" ;;
esac
exec "$rustc" "$@"
WRAP
chmod +x "$scratch/wrapper"
# Everything else first, so that the counted build compiles the generator and what uses it.
CARGO_TARGET_DIR="$scratch/target" cargo build --offline --quiet
touch ../../../kaiko-errors-codegen/src/lib.rs
COUNT_DIR="$scratch" RUSTC_WRAPPER="$scratch/wrapper" CARGO_TARGET_DIR="$scratch/target" \
  cargo build --offline --quiet
echo "kaiko-errors-codegen $(grep -m1 '^summary:' "$scratch/codegen.out" | awk '{print $2}')"
