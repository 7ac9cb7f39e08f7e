"""DuckDB yardstick for `leadpact audit`: the wall-clock core of sales.accept and sales.first_touch.

A handoff cycle of a lead opens at an `mql` that arrives while the lead has no cycle open, and
closes at the lead's next rejected, disqualified, recycled, renurture, won or lost event. For each
cycle the query takes the first answer (accepted, rejected, disqualified or sql) and the first
touch, and sorts each into met, late, waived, missing or open against a limit in wall-clock
minutes (30 and 60 unless told). A lead's events are ordered by `ts`, equal times in the order
of the file (or by `ts` alone with --ts-only). Business calendars, scores, expressions and the
other rules are left out: this is a small part of the audit, written as one grouped pass over
the rows, the fastest way found to ask DuckDB for it.

    python Benchmarks/duckdb_anchor.py EVENTS.jsonl [--end RFC3339] [--accept-minutes 30]
        [--touch-minutes 60] [--threads N] [--ts-only]

Prints one JSON object: the counts, the seconds of the query, the seconds of the whole run, the
threads used and DuckDB's version. Needs `pip install duckdb`.
"""

import argparse
import json
import time

STARTED = time.perf_counter()

import duckdb  # noqa: E402  (its import is part of the run's time)

CLOSING = ("rejected", "disqualified", "recycled", "renurture", "won", "lost")
ANSWERS = ("accepted", "rejected", "disqualified", "sql")
KEPT = ("mql", "accepted", "rejected", "disqualified", "sql", "touch") + CLOSING[2:]


def sql_list(words):
    """`('a', 'b')`: a tuple of plain words as an SQL list."""
    return "(" + ", ".join(f"'{word}'" for word in words) + ")"


def outcome_columns(prefix, first, minutes, period_end):
    """The five counts of one obligation: met, late, waived, missing and open."""
    due = f"opened + INTERVAL {minutes} MINUTE"
    unanswered = f"{first} IS NULL"
    return ",\n".join([
        f"  count(*) FILTER (WHERE {first} <= {due}) AS {prefix}_met",
        f"  count(*) FILTER (WHERE {first} > {due}) AS {prefix}_late",
        f"  count(*) FILTER (WHERE {unanswered} AND closed < {due}) AS {prefix}_waived",
        f"  count(*) FILTER (WHERE {unanswered} AND (closed IS NULL OR closed >= {due})"
        f" AND {due} < {period_end}) AS {prefix}_missing",
        f"  count(*) FILTER (WHERE {unanswered} AND closed IS NULL AND {due} >= {period_end})"
        f" AS {prefix}_open",
    ])


def build_query(end, accept_minutes, touch_minutes, ts_only):
    """The whole query: read, order each lead's events, group them by cycle, count."""
    period_end = f"TIMESTAMPTZ '{end}'"
    # The generated logs hold a few malformed lines on purpose; the audit counts and skips
    # them, and so does DuckDB here.
    reader = ("read_json($file, format = 'newline_delimited', ignore_errors = true, "
              "columns = {'ts': 'VARCHAR', 'lead': 'VARCHAR', 'type': 'VARCHAR'})")
    if ts_only:
        source, line, order = reader, "", "at_"
    else:
        source = f"{reader} WITH ORDINALITY AS rows(ts, lead, type, line)"
        line, order = ", line", "at_, line"
    closing = sql_list(CLOSING)
    # `segment` counts the closing events before a row, so a segment holds at most one cycle;
    # `open_before` says whether the last mql-or-closing event before the row was an mql.
    return f"""
WITH events AS (
  SELECT lead, CAST(ts AS TIMESTAMPTZ) AS at_, type{line}
  FROM {source}
  WHERE type IN {sql_list(KEPT)}
),
placed AS (
  SELECT lead, at_, type,
         count(*) FILTER (WHERE type IN {closing}) OVER earlier AS segment,
         coalesce(last_value(CASE WHEN type = 'mql' THEN 1 WHEN type IN {closing} THEN 0 END
                             IGNORE NULLS) OVER earlier, 0) = 1 AS open_before
  FROM events
  WHERE at_ < {period_end}
  WINDOW earlier AS (PARTITION BY lead ORDER BY {order}
                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
cycles AS (
  SELECT min(at_) FILTER (WHERE type = 'mql' AND NOT open_before) AS opened,
         min(at_) FILTER (WHERE open_before AND type IN {sql_list(ANSWERS)}) AS answered,
         min(at_) FILTER (WHERE open_before AND type = 'touch') AS touched,
         min(at_) FILTER (WHERE open_before AND type IN {closing}) AS closed
  FROM placed
  GROUP BY lead, segment
)
SELECT count(*) AS cycles,
{outcome_columns("accept", "answered", accept_minutes, period_end)},
{outcome_columns("first_touch", "touched", touch_minutes, period_end)}
FROM cycles
WHERE opened IS NOT NULL
"""


def main():
    arguments = argparse.ArgumentParser(description="DuckDB yardstick for leadpact audit")
    arguments.add_argument("events", help="a JSON-lines event log")
    arguments.add_argument("--end", default="2027-01-01T00:00:00-05:00",
                           help="the period's end: events at or after it are left out")
    arguments.add_argument("--accept-minutes", type=int, default=30)
    arguments.add_argument("--touch-minutes", type=int, default=60)
    arguments.add_argument("--threads", type=int, help="DuckDB's threads (default: every core)")
    arguments.add_argument("--ts-only", action="store_true",
                           help="order equal times any way (not the order the spec asks for)")
    options = arguments.parse_args()

    database = duckdb.connect()
    database.execute("SET enable_progress_bar = false")
    if options.threads:
        database.execute(f"SET threads = {options.threads}")
    query_started = time.perf_counter()
    cursor = database.execute(
        build_query(options.end, options.accept_minutes, options.touch_minutes, options.ts_only),
        {"file": options.events})
    values = cursor.fetchone()
    finished = time.perf_counter()
    names = [column[0] for column in cursor.description]
    threads = database.execute("SELECT current_setting('threads')").fetchone()[0]
    print(json.dumps({
        "result": dict(zip(names, values)),
        "query_s": round(finished - query_started, 3),
        "total_s": round(finished - STARTED, 3),
        "threads": threads,
        "duckdb": duckdb.__version__,
    }))


if __name__ == "__main__":
    main()
