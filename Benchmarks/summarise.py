"""Prints the benchmark's figures from the /usr/bin/time -v outputs the script saved.

usage: python3 Benchmarks/summarise.py EVENTS BYTES FOLDER

FOLDER/runs holds one file a run, named KIND-PAIR.time (audit, duckdb, week-html, week-json).
Each kind is summarised by its median wall time (min and max beside it), CPU, events per second
and peak resident memory; the ratios are ratios of medians, with the median of the pair-by-pair
ratios beside them.
"""

import glob
import json
import os
import re
import statistics
import sys

EXIT_STATUS = re.compile(r"Exit status: (\d+)")


def measure(path):
    """Wall seconds, CPU seconds, peak RSS in bytes and exit status of one run."""
    text = open(path, encoding="utf-8").read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    wall = 0.0
    for part in clock.split(":"):
        wall = wall * 60 + float(part)
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) * 1024
    status = int(EXIT_STATUS.search(text).group(1))
    return {"wall": wall, "cpu": user + system, "rss": rss, "status": status}


def runs(folder, kind):
    """The runs of one kind, by pair number."""
    found = {}
    for path in glob.glob(os.path.join(folder, "runs", f"{kind}-*.time")):
        pair = os.path.basename(path)[len(kind) + 1:-len(".time")]
        if pair.isdigit():
            found[int(pair)] = measure(path)
    return found


def line(name, measured, events):
    """One kind's medians on one line; returns its median wall time."""
    walls = [run["wall"] for run in measured.values()]
    wall = statistics.median(walls)
    cpu = statistics.median(run["cpu"] for run in measured.values())
    rss = statistics.median(run["rss"] for run in measured.values())
    statuses = sorted({run["status"] for run in measured.values()})
    print(f"{name:<22} {wall:6.2f} s ({min(walls):.2f}–{max(walls):.2f}), cpu {cpu:6.2f} s, "
          f"{events / wall:>11,.0f} events/s, peak RSS {rss / 2**20:,.0f} MiB "
          f"= {rss / events:.0f} bytes/event, exit {statuses}, {len(walls)} runs")
    return wall


def ratio(name, numerator, denominator):
    """Ratio of the medians, and the median of the pair-by-pair ratios."""
    pairs = sorted(set(numerator) & set(denominator))
    if not pairs:
        return
    of_medians = (statistics.median(numerator[p]["wall"] for p in pairs)
                  / statistics.median(denominator[p]["wall"] for p in pairs))
    by_pair = [numerator[p]["wall"] / denominator[p]["wall"] for p in pairs]
    print(f"{name}: {of_medians:.2f} (ratio of medians; pair by pair: median "
          f"{statistics.median(by_pair):.2f}, {min(by_pair):.2f}–{max(by_pair):.2f}, {len(pairs)} pairs)")


def main():
    events, size, folder = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    print(f"log:       {events:,} events, {size / 1e6:,.0f} MB ({size / events:.1f} bytes/line)")
    generated = os.path.join(folder, "generate.time")
    if os.path.exists(generated):
        run = measure(generated)
        print(f"generate:  {run['wall']:.1f} s, peak RSS {run['rss'] / 2**20:,.0f} MiB")

    audit, duck = runs(folder, "audit"), runs(folder, "duckdb")
    html, json_week = runs(folder, "week-html"), runs(folder, "week-json")
    for name, measured in (("leadpact audit (year)", audit), ("DuckDB anchor query", duck),
                           ("week, --format html", html), ("week, --format json", json_week)):
        if measured:
            line(name, measured, events)
    ratio("DuckDB ÷ leadpact (≥ 1.0: leadpact is faster)", duck, audit)
    ratio("weekly HTML ÷ weekly JSON", html, json_week)

    report = json.load(open(os.path.join(folder, "audit.json"), encoding="utf-8"))
    by_rule = report.get("obligations", {}).get("by_rule", {})
    for rule in ("sales.accept", "sales.first_touch"):
        counts = by_rule.get(rule, {})
        print(f"audit:     {rule}: {counts.get('total', '?')} obligations, "
              f"{counts.get('breached', '?')} breached (business time)")
    anchor = json.load(open(os.path.join(folder, "duckdb.json"), encoding="utf-8"))
    counts = anchor["result"]
    print(f"duckdb:    {counts['cycles']} cycles; accept late {counts['accept_late']}, first touch late "
          f"{counts['first_touch_late']} (wall clock); DuckDB {anchor['duckdb']}, "
          f"{anchor['threads']} threads, query {anchor['query_s']} s of {anchor['total_s']} s")


if __name__ == "__main__":
    main()
