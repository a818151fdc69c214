#!/bin/sh
# Times `kith sync` at a size (default 10000 contacts, ten interactions each) against a local
# Radicale: the first sync of a demo notebook, a sync with nothing to do, the first sync of a
# second, empty notebook, and one edit each way. Each line: what, wall time, kith's CPU, peak
# memory; kith prints the requests. RADICALE_AS_SHIPPED=1 keeps Radicale's per-card UID scan.
set -eu
size=${1:-10000}
kith=${KITH_BIN:-target/release/kith}
dir=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT
python3 -c 'import radicale' 2>/dev/null || python3 -m pip install --quiet radicale
printf 'anita:secret\n' > "$dir/users"
if [ "${RADICALE_AS_SHIPPED:-0}" = 1 ]; then radicale="-m radicale"; else
    radicale="$(dirname "$0")/radicale_no_uid_scan.py"; fi
# shellcheck disable=SC2086
python3 $radicale --storage-filesystem-folder="$dir/store" --server-hosts=127.0.0.1:5299 \
    --auth-type=htpasswd --auth-htpasswd-filename="$dir/users" \
    --auth-htpasswd-encryption=plain --logging-level=warning &
server=$!
sleep 2
export KITH_SYNC_PASSWORD=secret KITH_CONFIG="$dir/config.toml"
touch "$dir/config.toml"
sync() { /usr/bin/time -f "$1: %e s wall, %U s CPU, %M KiB" "$kith" --db "$2" sync \
    --url http://127.0.0.1:5299/ --user anita; }
"$kith" --db "$dir/a.redb" init >/dev/null
"$kith" --db "$dir/a.redb" demo --contacts "$size" --interactions $((size * 10)) >/dev/null
sync "first sync" "$dir/a.redb"
sync "nothing changed" "$dir/a.redb"
"$kith" --db "$dir/b.redb" init >/dev/null
sync "first sync of an empty notebook" "$dir/b.redb"
sync "nothing changed" "$dir/b.redb"
id=$("$kith" --db "$dir/a.redb" list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$kith" --db "$dir/a.redb" edit "#$id" --title Changed >/dev/null
sync "one edit sent" "$dir/a.redb"
sync "one edit received" "$dir/b.redb"
