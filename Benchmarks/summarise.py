"""Prints the benchmark's figures from the /usr/bin/time -v outputs the script saved."""

import json
import re
import sys


def measure(path):
    text = open(path, encoding="utf-8").read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in clock.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    return seconds, rss_kib * 1024, status


def main():
    events, size, folder = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    gen_s, gen_rss, _ = measure(f"{folder}/generate.time")
    audit_s, audit_rss, audit_status = measure(f"{folder}/audit.time")
    duck_s, duck_rss, _ = measure(f"{folder}/duckdb.time")
    duck = json.load(open(f"{folder}/duckdb.json", encoding="utf-8"))
    audit = json.load(open(f"{folder}/audit.json", encoding="utf-8"))
    by_rule = audit.get("obligations", {}).get("by_rule", {})
    print(f"log:       {events:,} events, {size / 1e6:,.0f} MB ({size / events:.0f} bytes/line)")
    print(f"generate:  {gen_s:.1f} s ({events / gen_s:,.0f} events/s), peak RSS {gen_rss / 1e6:,.0f} MB")
    print(f"leadpact:  {audit_s:.1f} s ({events / audit_s:,.0f} events/s), peak RSS {audit_rss / 1e6:,.0f} MB "
          f"({audit_rss / events:.0f} bytes/event), exit {audit_status}")
    week_s, week_rss, week_status = measure(f"{folder}/week.time")
    print(f"one week:  {week_s:.1f} s ({events / week_s:,.0f} events/s), peak RSS {week_rss / 1e6:,.0f} MB "
          f"({week_rss / events:.0f} bytes/event), exit {week_status}")
    for rule in ("sales.accept", "sales.first_touch"):
        counts = by_rule.get(rule, {})
        print(f"           {rule}: {counts.get('total', '?')} obligations, {counts.get('breached', '?')} breached")
    print(f"duckdb:    {duck_s:.1f} s ({events / duck_s:,.0f} events/s), peak RSS {duck_rss / 1e6:,.0f} MB "
          f"({duck_rss / events:.0f} bytes/event), duckdb {duck['duckdb']}")
    print(f"           {duck['cycles']} cycles, accept late {duck['accept_late']}, first touch late {duck['first_touch_late']} (wall clock)")
    print(f"ratio:     DuckDB time / leadpact time = {duck_s / audit_s:.2f}")


if __name__ == "__main__":
    main()
