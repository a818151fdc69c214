# shellcheck shell=bash
# What the bench scripts share, sourced first thing with the script's own arguments:
#
#   . "$(dirname "$0")/lib/bench.sh" "$@"
#
# Leaves the shell in the repository's root with: sizes (the arguments, default 1000 10000
# 100000), kith (KITH_BIN, which measures another build such as an older commit's for a
# before-and-after, or else a fresh release build), work (a scratch folder removed on exit), and
# measure RUNS COMMAND... (prints "median_ms median_peak_kib" of the whole process, output to
# /dev/null).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)

if [ -z "${KITH_BIN:-}" ]; then
    cargo build --release --quiet --bin kith
fi
kith="${KITH_BIN:-$PWD/target/release/kith}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bench_lib="$PWD/benches/lib"
measure() {
    python3 "$bench_lib/measure.py" "$@"
}
