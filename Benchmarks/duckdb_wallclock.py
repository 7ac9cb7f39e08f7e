"""The wall-clock part of sales.accept and sales.first_touch, computed by DuckDB.

Reads the same JSON-lines event log leadpact audits and, per handoff cycle, finds the first
answer (accepted, rejected, disqualified or sql) and the first touch after the cycle's mql,
and whether each came later than the wall-clock limit (or never came before the period's end).

A cycle starts at the first mql after the lead's previous end (rejected, disqualified,
recycled, renurture, won, lost); later mqls in the same stretch are duplicate handoffs.
Business calendars and expedite rules are left out: this is the comparable, relational core
of the audit, not the audit itself.

Usage: python duckdb_wallclock.py EVENTS.jsonl FROM TO [ACCEPT_SECONDS] [TOUCH_SECONDS]
(FROM and TO are RFC 3339 instants; prints one JSON object).
"""

import json
import sys
import time

import duckdb

QUERY = """
WITH raw AS (
    SELECT row_number() OVER () AS line, lead, type, ts
    FROM read_json(?, format = 'newline_delimited', ignore_errors = true,
                   columns = {ts: 'VARCHAR', lead: 'VARCHAR', type: 'VARCHAR'})
),
events AS (
    SELECT line, lead, type, CAST(ts AS TIMESTAMPTZ) AS t,
           CASE WHEN type IN ('rejected', 'disqualified', 'recycled', 'renurture', 'won', 'lost')
                THEN 1 ELSE 0 END AS is_end
    FROM raw
    WHERE ts IS NOT NULL AND lead IS NOT NULL AND type IS NOT NULL
      AND regexp_matches(ts, '(Z|[+-][0-9][0-9]:[0-9][0-9])$')
      AND CAST(ts AS TIMESTAMPTZ) < CAST(? AS TIMESTAMPTZ)
),
stretched AS (
    SELECT *, coalesce(sum(is_end) OVER (PARTITION BY lead ORDER BY t, line
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS stretch
    FROM events
),
cycles AS (
    SELECT lead, stretch, t AS mql_t, line AS mql_line
    FROM (SELECT *, row_number() OVER (PARTITION BY lead, stretch ORDER BY t, line) AS nth
          FROM stretched WHERE type = 'mql')
    WHERE nth = 1
),
answers AS (
    SELECT c.lead, c.stretch, c.mql_t,
           min(s.t) FILTER (WHERE s.type IN ('accepted', 'rejected', 'disqualified', 'sql')) AS answered_t,
           min(s.t) FILTER (WHERE s.type = 'touch') AS touched_t
    FROM cycles c
    LEFT JOIN stretched s
      ON s.lead = c.lead AND s.stretch = c.stretch
     AND (s.t > c.mql_t OR (s.t = c.mql_t AND s.line > c.mql_line))
    GROUP BY c.lead, c.stretch, c.mql_t
),
judged AS (
    SELECT *,
        mql_t + to_seconds(?) AS accept_due,
        mql_t + to_seconds(?) AS touch_due
    FROM answers
)
SELECT
    count(*) AS cycles,
    count(*) FILTER (WHERE accept_due >= CAST(? AS TIMESTAMPTZ) AND accept_due < CAST(? AS TIMESTAMPTZ)
                     AND (answered_t IS NULL OR answered_t > accept_due)) AS accept_late,
    count(*) FILTER (WHERE touch_due >= CAST(? AS TIMESTAMPTZ) AND touch_due < CAST(? AS TIMESTAMPTZ)
                     AND (touched_t IS NULL OR touched_t > touch_due)) AS first_touch_late
FROM judged
"""


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    events, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    accept = int(sys.argv[4]) if len(sys.argv) > 4 else 1800
    touch = int(sys.argv[5]) if len(sys.argv) > 5 else 3600
    began = time.perf_counter()
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    row = connection.execute(QUERY, [events, end, accept, touch, start, end, start, end]).fetchone()
    elapsed = time.perf_counter() - began
    print(json.dumps({
        "cycles": row[0], "accept_late": row[1], "first_touch_late": row[2],
        "seconds": round(elapsed, 3), "duckdb": duckdb.__version__,
    }))


if __name__ == "__main__":
    main()
