#!/usr/bin/env bash
# Restore, export and list at several sizes: wall time and peak resident memory of the whole
# process (median of STREAM_RUNS runs; a restore runs once per size), on a demo notebook of
# SIZE contacts with ten notes each.
#
#   benches/stream.sh [SIZE...]      (default: 1000 10000 100000)
#
# KITH_BIN measures another build (an older commit's, for a before-and-after).
. "$(dirname "$0")/lib/bench.sh" "$@"
runs=${STREAM_RUNS:-3}

row() { # work size runs command...
    local name=$1 size=$2 n=$3; shift 3
    read -r t m <<<"$(measure "$n" "$@")"
    printf '| %-22s | %8s | %10.1f ms | %8.1f MiB |\n' "$name" "$size" "$t" "$(python3 -c "print($m/1024)")"
}

printf '| %-22s | %8s | %13s | %12s |\n' work contacts time "peak memory"
printf '|%s|%s|%s|%s|\n' "------------------------" "---------:" "--------------:" "-------------:"
for size in "${sizes[@]}"; do
    db="$work/demo-$size.redb"
    "$kith" --db "$db" demo --contacts "$size" --interactions "$((size * 10))" --seed 1 >/dev/null
    row "list" "$size" "$runs" "$kith" --db "$db" list
    row "export json" "$size" "$runs" "$kith" --db "$db" export --format json -o "$work/backup.json"
    row "export vcard" "$size" "$runs" "$kith" --db "$db" export --format vcard -o "$work/cards.vcf"
    row "export csv" "$size" "$runs" "$kith" --db "$db" export --format csv -o "$work/cards.csv"
    row "export ics" "$size" "$runs" "$kith" --db "$db" export --format ics -o "$work/cal.ics"
    "$kith" --db "$db" export --format json -o "$work/backup.json" 2>/dev/null
    row "restore (import json)" "$size" 1 bash -c \
        "rm -f '$work/restored.redb'; exec '$kith' --db '$work/restored.redb' import '$work/backup.json'"
    rm -f "$db" "$work/restored.redb"
done
