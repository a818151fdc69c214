#!/usr/bin/env bash
# Side by side with abook and khard: the same generated book in all three, the same work, and
# kith's time and resident memory as ratios to theirs.
#
#   benches/peers.sh [SIZE...]        default: 1000 10000 100000
#   PEERS_RUNS=5 PEERS_NOTES_PER_CONTACT=10 PEERS_QUERY=Casals PEERS_KHARD_MAX=10000 \
#   KITH_BIN=path benches/peers.sh 1000
#
# abook comes from Debian (apt-get) and khard from PyPI (pip) when missing. The book is kith's
# demo notebook at each size, exported as vCard: abook converts the file into its own format,
# khard reads the vdir (one card per contact). Each figure is the median of PEERS_RUNS runs of
# the whole process (wall time, and peak resident memory from wait4), each program run once
# unmeasured first and then straight, with no shell in between.
. "$(dirname "$0")/lib/bench.sh" "$@"
runs=${PEERS_RUNS:-5}
per_contact=${PEERS_NOTES_PER_CONTACT:-10}
query=${PEERS_QUERY:-Casals}
# khard parses every card on each run (about 1 s a thousand cards here): past this size it is
# left out rather than run for minutes.
khard_max=${PEERS_KHARD_MAX:-10000}

need_root() { if [ "$(id -u)" -ne 0 ]; then echo sudo; fi; }
if ! command -v abook >/dev/null; then
    echo "installing abook (Debian package)…" >&2
    $(need_root) apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $(need_root) apt-get install -y -qq abook >&2
fi
if ! command -v khard >/dev/null; then
    echo "installing khard (PyPI)…" >&2
    python3 -m pip install -q khard >&2
fi

ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}x' if b else '-')" "$1" "$2"; }

# kith's command is in the array `k`; both programs are run straight (no shell in between),
# once first unmeasured so neither pays for a cold file cache.
row() { # work peer_name peer_cmd...
    local work_name=$1 peer_name=$2; shift 2
    measure 1 "${k[@]}" >/dev/null
    measure 1 "$@" >/dev/null
    read -r kt km <<<"$(measure "$runs" "${k[@]}")"
    read -r pt pm <<<"$(measure "$runs" "$@")"
    printf '| %-26s | %8s | %8.1f ms | %7.1f MiB | %-6s | %8.1f ms | %7.1f MiB | %6s | %6s |\n' \
        "$work_name" "$size" "$kt" "$(echo "$km/1024" | bc -l)" "$peer_name" "$pt" \
        "$(echo "$pm/1024" | bc -l)" "$(ratio "$kt" "$pt")" "$(ratio "$km" "$pm")"
}

echo "| work                       |     size |       kith |        kith | peer   |       peer |        peer | time   | memory |"
echo "|----------------------------|---------:|-----------:|------------:|--------|-----------:|------------:|-------:|-------:|"
for size in "${sizes[@]}"; do
    dir="$work/$size"
    mkdir -p "$dir/vdir"
    db="$dir/kith.redb"
    "$kith" --db "$db" demo --contacts "$size" --interactions $((size * per_contact)) >/dev/null
    "$kith" --db "$db" export --format vcard --vcard3 -o "$dir/book.vcf" 2>/dev/null
    "$kith" --db "$db" export --format vcard --vcard3 --dir "$dir/vdir" 2>/dev/null
    abook --convert --informat vcard --infile "$dir/book.vcf" --outformat abook \
        --outfile "$dir/addressbook" >/dev/null
    entries=$(grep -c '^\[[0-9]' "$dir/addressbook" || true)
    if [ "$entries" -ne "$size" ]; then
        echo "abook read $entries of $size cards" >&2
        exit 1
    fi
    cat >"$dir/khard.conf" <<CONF
[addressbooks]
[[book]]
path = $dir/vdir
[general]
default_action = list
CONF
    export KHARD_CONFIG="$dir/khard.conf"
    k=("$kith" --db "$db" search "$query")
    row "search '$query'" abook abook --datafile "$dir/addressbook" --mutt-query "$query"
    if [ "$size" -le "$khard_max" ]; then
        row "search '$query'" khard khard -c "$dir/khard.conf" email --parsable "$query"
    fi
    k=("$kith" --db "$db" list)
    row "list" abook abook --convert --informat abook --infile "$dir/addressbook" --outformat text
    if [ "$size" -le "$khard_max" ]; then
        row "list" khard khard -c "$dir/khard.conf" list
    fi
    k=("$kith" --db "$db" export --format vcard)
    row "export vcard" abook abook --convert --informat abook --infile "$dir/addressbook" \
        --outformat vcard
    rm -rf "$dir"
done
