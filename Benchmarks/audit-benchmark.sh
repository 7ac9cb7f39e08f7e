#!/usr/bin/env bash
# Audit benchmark: generate a year of events, audit it with a release build, and compare with
# DuckDB computing the wall-clock part of sales.accept and sales.first_touch over the same file.
#
#   Benchmarks/audit-benchmark.sh                 # 10 million events (the default)
#   LEADS=156000 Benchmarks/audit-benchmark.sh    # about 2 million events, for a quick run
#
# Needs /usr/bin/time (Debian package `time`) and python3 with venv; DuckDB comes from PyPI into
# a throwaway .venv-bench. Writes its files under .build/bench/ and prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

CONTRACT=${CONTRACT:-contracts/acme-global.sla.yaml}
LEADS=${LEADS:-780000}         # ≈ 10 million events over 51 weeks with the default seed
WEEKS=${WEEKS:-51}
SEED=${SEED:-20260105}
START=${START:-2026-01-05}
FROM=${FROM:-2026-01-05}
TO=${TO:-2026-12-28}      # inside the contract's effective span (2026-01-01 .. 2027-01-01)
OUT=.build/bench
mkdir -p "$OUT"

echo "== building release"
swift build -c release --product leadpact >/dev/null
BIN=$(swift build -c release --show-bin-path)/leadpact

echo "== generating $LEADS leads over $WEEKS weeks"
/usr/bin/time -v "$BIN" fixtures generate "$CONTRACT" --leads "$LEADS" --weeks "$WEEKS" \
    --seed "$SEED" --start "$START" -o "$OUT/events.jsonl" 2>"$OUT/generate.time"
EVENTS=$(wc -l <"$OUT/events.jsonl")
BYTES=$(stat -c %s "$OUT/events.jsonl")

echo "== auditing $EVENTS events ($FROM .. $TO)"
/usr/bin/time -v "$BIN" audit "$CONTRACT" --events "$OUT/events.jsonl" --from "$FROM" --to "$TO" \
    --format json -o "$OUT/audit.json" 2>"$OUT/audit.time" || true

WEEK=${WEEK:-2026-W47}
echo "== auditing $EVENTS events for the report of $WEEK"
/usr/bin/time -v "$BIN" audit "$CONTRACT" --events "$OUT/events.jsonl" --week "$WEEK" \
    --format json -o "$OUT/week.json" 2>"$OUT/week.time" || true

echo "== DuckDB"
if [ ! -x .venv-bench/bin/python ]; then python3 -m venv .venv-bench; fi
.venv-bench/bin/pip install -q --disable-pip-version-check duckdb
FROM_TS=$(python3 -c "import sys,zoneinfo,datetime as d; print(d.datetime.fromisoformat(sys.argv[1]).replace(tzinfo=zoneinfo.ZoneInfo('America/New_York')).isoformat())" "$FROM")
TO_TS=$(python3 -c "import sys,zoneinfo,datetime as d; print(d.datetime.fromisoformat(sys.argv[1]).replace(tzinfo=zoneinfo.ZoneInfo('America/New_York')).isoformat())" "$TO")
/usr/bin/time -v .venv-bench/bin/python Benchmarks/duckdb_wallclock.py "$OUT/events.jsonl" "$FROM_TS" "$TO_TS" \
    >"$OUT/duckdb.json" 2>"$OUT/duckdb.time"

python3 Benchmarks/summarise.py "$EVENTS" "$BYTES" "$OUT"
