#!/usr/bin/env bash
# Audit benchmark: generate a year of events, then time a release build of `leadpact audit`
# against DuckDB's query of Benchmarks/duckdb_anchor.py over the same file, as whole processes
# in alternating pairs (audit, DuckDB, audit, DuckDB, ...), and the weekly report as HTML
# against the same report as JSON the same way. Prints the medians and their ratios.
#
#   Benchmarks/audit-benchmark.sh                 # 10 million events (the default)
#   LEADS=156000 Benchmarks/audit-benchmark.sh    # about 2 million events, for a quick run
#   PAIRS=3 WEEK_PAIRS=0 Benchmarks/audit-benchmark.sh   # fewer pairs, no weekly reports
#   REUSE_LOG=1 Benchmarks/audit-benchmark.sh     # time again over the log already generated
#
# Needs /usr/bin/time (Debian package `time`) and python3 with venv; DuckDB comes from PyPI into
# a throwaway .venv-bench. Writes its files under .build/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

CONTRACT=${CONTRACT:-contracts/acme-global.sla.yaml}
LEADS=${LEADS:-780000}         # ≈ 10 million events over 51 weeks with the default seed
WEEKS=${WEEKS:-51}
SEED=${SEED:-20260105}
START=${START:-2026-01-05}
FROM=${FROM:-2026-01-05}
TO=${TO:-2026-12-28}           # inside the contract's effective span (2026-01-01 .. 2027-01-01)
WEEK=${WEEK:-2026-W47}
PAIRS=${PAIRS:-7}              # alternating pairs of the year's audit and DuckDB
WEEK_PAIRS=${WEEK_PAIRS:-5}    # alternating pairs of the weekly report as HTML and as JSON
OUT=.build/bench
RUNS=$OUT/runs
mkdir -p "$OUT"
rm -rf "$RUNS"
mkdir -p "$RUNS"

echo "== building release"
swift build -c release --product leadpact >/dev/null
BIN=$(swift build -c release --show-bin-path)/leadpact

echo "== DuckDB into .venv-bench"
if [ ! -x .venv-bench/bin/python ]; then python3 -m venv .venv-bench; fi
.venv-bench/bin/pip install -q --disable-pip-version-check duckdb

if [ "${REUSE_LOG:-0}" = 1 ] && [ -s "$OUT/events.jsonl" ]; then
    echo "== reusing $OUT/events.jsonl"
else
    echo "== generating $LEADS leads over $WEEKS weeks"
    /usr/bin/time -v "$BIN" fixtures generate "$CONTRACT" --leads "$LEADS" --weeks "$WEEKS" \
        --seed "$SEED" --start "$START" -o "$OUT/events.jsonl" 2>"$OUT/generate.time"
fi
EVENTS=$(wc -l <"$OUT/events.jsonl")
BYTES=$(stat -c %s "$OUT/events.jsonl")

# DuckDB leaves out events at or after the end of the audit's period, as the audit does.
END_TS=$(python3 -c "import sys, zoneinfo, datetime as d; print(d.datetime.fromisoformat(sys.argv[1]).replace(tzinfo=zoneinfo.ZoneInfo('America/New_York')).isoformat())" "$TO")

audit_year() {
    /usr/bin/time -v -o "$RUNS/audit-$1.time" "$BIN" audit "$CONTRACT" --events "$OUT/events.jsonl" \
        --from "$FROM" --to "$TO" --format json -o "$OUT/audit.json" >/dev/null 2>&1 || true
}
duckdb_anchor() {
    /usr/bin/time -v -o "$RUNS/duckdb-$1.time" .venv-bench/bin/python Benchmarks/duckdb_anchor.py \
        "$OUT/events.jsonl" --end "$END_TS" >"$OUT/duckdb.json"
}
audit_week() {
    /usr/bin/time -v -o "$RUNS/week-$1-$2.time" "$BIN" audit "$CONTRACT" --events "$OUT/events.jsonl" \
        --week "$WEEK" --format "$1" -o "$OUT/week.$1" >/dev/null 2>&1 || true
}

echo "== one unmeasured run of each, to warm the page cache"
audit_year warm
duckdb_anchor warm

echo "== $PAIRS pairs: leadpact audit (the year, JSON) and DuckDB, over $EVENTS events"
for pair in $(seq 1 "$PAIRS"); do
    audit_year "$pair"
    duckdb_anchor "$pair"
done

echo "== $WEEK_PAIRS pairs: the report of $WEEK as HTML and as JSON, over the same log"
for pair in $(seq 1 "$WEEK_PAIRS"); do
    audit_week html "$pair"
    audit_week json "$pair"
done
rm -f "$RUNS"/*-warm.time

python3 Benchmarks/summarise.py "$EVENTS" "$BYTES" "$OUT"
