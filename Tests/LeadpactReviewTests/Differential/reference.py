"""Writes a review test case and the figures the review must give for it.

usage: reference.py SEED DIRECTORY

Writes DIRECTORY/contract.sla.yaml and DIRECTORY/events.jsonl, generated from SEED, and
DIRECTORY/expected.json: for the handoffs started in the reviewed period (2026-03-02 up to
2026-03-16, UTC), counted from the generated stories themselves (not by reading the log back):
handoffs, SQLs and wins per score band (width 25), per source, with and without each
explicit rule and implicit activity; end reasons per source; the threshold sweep; and the
mql_volume and mql_to_sql of the period and the three biweekly periods before it.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

CONTRACT = """leadpact: 1
contract:
  id: review-differential
  title: Review differential
  version: 1.0.0
  timezone: UTC
  parties:
    marketing: Marketing <m@example.com>
    sales: Sales <s@example.com>
  review: { cadence: biweekly, metrics: [mql_volume, mql_to_sql] }
fields:
  company_size: int
  seniority: [ic, manager, director]
activities: [webinar, pricing_view, demo_request]
scoring:
  explicit:
    - { if: "seniority in [director]", points: 30 }
    - { if: "company_size >= 100", points: 20 }
  implicit:
    - { activity: pricing_view, points: 15, max: 2 }
    - { activity: webinar, points: 10 }
    - { activity: demo_request, points: 40 }
stages:
  mql:
    when: "score >= 60 and company_size >= 10"
    active_within: 30 days
sales:
  first_touch_within: 1 day
  reasons: [no_budget, wrong_fit, no_response]
"""

UTC = timezone.utc
START = datetime(2026, 1, 5, tzinfo=UTC)
PERIOD = (datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 16, tzinfo=UTC))
PERIODS = [(PERIOD[0] - timedelta(days=14 * k), PERIOD[1] - timedelta(days=14 * k)) for k in (3, 2, 1, 0)]
VALID = {"no_budget", "wrong_fit", "no_response"}
SOURCES = ["webinar", "paid_search", "content", "events", None]
IMPLICIT = {"pricing_view": (15, 2), "webinar": (10, None), "demo_request": (40, None)}


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Lead:
    def __init__(self, name):
        self.name = name
        self.fields = {}
        self.activities = []  # (moment, name)

    def score(self):
        total = 0
        if self.fields.get("seniority") == "director":
            total += 30
        if self.fields.get("company_size", -1) >= 100:
            total += 20
        for activity, (points, most) in IMPLICIT.items():
            count = sum(1 for _, name in self.activities if name == activity)
            total += points * (min(count, most) if most is not None else count)
        return total

    def explicit_held(self):
        return [self.fields.get("seniority") == "director", self.fields.get("company_size", -1) >= 100]

    def besides_score(self, moment):
        active = any(moment - timedelta(days=30) <= at <= moment for at, _ in self.activities)
        return active and self.fields.get("company_size", -1) >= 10


def generate(seed, directory):
    rng = random.Random(seed)
    events, cycles = [], []
    for index in range(1500):
        lead = Lead("L-%04d" % index)
        moment = START + timedelta(minutes=rng.randrange(0, 60 * 24 * 75))

        def emit(kind, **fields):
            nonlocal moment
            moment += timedelta(minutes=rng.randrange(1, 60 * 30))
            events.append(dict(ts=stamp(moment), lead=lead.name, type=kind, **fields))
            return moment

        def profile():
            values = {"company_size": rng.choice([5, 20, 80, 100, 150, 900]),
                      "seniority": rng.choice(["ic", "manager", "director"])}
            if rng.random() < 0.1:
                del values["seniority"]
            lead.fields.update(values)
            emit("profile", set=values)

        profile()
        for _ in range(rng.randrange(1, 3)):  # one or two cycles, each after the previous ended
            for _ in range(rng.choice([0, 1, 2, 3, 4])):
                name = rng.choice(list(IMPLICIT))
                lead.activities.append((emit("activity", activity=name), name))
            if rng.random() < 0.15:
                profile()
            if rng.random() < 0.1:
                moment += timedelta(days=35)  # no activity in the 30 days before the mql
            source = rng.choice(SOURCES)
            context = {"trigger": "score"} if source is None else {"trigger": "score", "source": source}
            mql_at = emit("mql", by="marketing", context=context)
            cycle = dict(mql_at=mql_at, score=lead.score(), explicit=lead.explicit_held(),
                         activities=sorted({name for _, name in lead.activities}),
                         besides=lead.besides_score(mql_at), source=source or "(none)",
                         sql_at=None, end=None, end_at=None, reason=None)
            cycles.append(cycle)
            if rng.random() < 0.1:
                emit("mql", by="marketing", context={"trigger": "again"})  # a duplicate handoff
            emit("assigned", by="router", to="rep%d" % rng.randrange(4))
            emit("touch", by="rep", channel="call")
            if rng.random() < 0.4:
                cycle["sql_at"] = emit("sql", by="rep")
            ending = rng.choice(["won", "lost", "rejected", "disqualified", "recycled", "renurture", None])
            if ending is None:
                break
            extra = {}
            if ending in ("rejected", "disqualified", "recycled", "renurture"):
                choice = rng.choice(["no_budget", "wrong_fit", "no_response", "bogus", "missing", "number"])
                if choice == "number":
                    extra["reason"] = 7
                elif choice != "missing":
                    extra["reason"] = choice
                    cycle["reason"] = choice
            cycle["end"], cycle["end_at"] = ending, emit(ending, by="rep", **extra)
    with open(directory + "/contract.sla.yaml", "w") as out:
        out.write(CONTRACT)
    with open(directory + "/events.jsonl", "w") as out:
        for event in events:
            out.write(json.dumps(event, sort_keys=True) + "\n")
    return cycles


def tally(members, end):
    """Handoffs, SQLs and wins, counting what happened before `end`."""
    sqls = sum(1 for c in members if c["sql_at"] is not None and c["sql_at"] < end)
    won = sum(1 for c in members if c["end"] == "won" and c["end_at"] < end)
    return [len(members), sqls, won]


def expected(cycles):
    start, end = PERIOD
    handed = [c for c in cycles if start <= c["mql_at"] < end]
    out = {"handoffs": tally(handed, end), "bands": {}, "sources": {}, "explicit": [], "activities": {},
           "reasons": {}, "sweep": [], "metrics": []}
    for band in sorted({c["score"] // 25 for c in handed}):
        out["bands"]["%d–%d" % (band * 25, band * 25 + 25)] = tally([c for c in handed if c["score"] // 25 == band], end)
    for source in {c["source"] for c in handed}:
        out["sources"][source] = tally([c for c in handed if c["source"] == source], end)
    for rule in range(2):
        out["explicit"].append([tally([c for c in handed if c["explicit"][rule]], end),
                                tally([c for c in handed if not c["explicit"][rule]], end)])
    for activity in IMPLICIT:
        out["activities"][activity] = [tally([c for c in handed if activity in c["activities"]], end),
                                       tally([c for c in handed if activity not in c["activities"]], end)]
    for c in handed:
        if c["end"] in ("rejected", "disqualified", "recycled", "renurture") and c["end_at"] < end:
            row = out["reasons"].setdefault(c["source"], {"ended": 0, "invalid": 0, "tallies": {}})
            row["ended"] += 1
            row["invalid"] += 0 if c["reason"] in VALID else 1
            key = "%s/%s" % (c["end"], c["reason"] or "")
            row["tallies"][key] = row["tallies"].get(key, 0) + 1
    for tenths in range(5, 16):
        threshold = 60 * tenths / 10
        out["sweep"].append([threshold] + tally([c for c in handed if c["besides"] and c["score"] >= threshold], end))
    for period_start, period_end in PERIODS:
        members = [c for c in cycles if period_start <= c["mql_at"] < period_end]
        out["metrics"].append(tally(members, period_end)[:2])
    return out


def main():
    seed, directory = int(sys.argv[1]), sys.argv[2]
    cycles = generate(seed, directory)
    with open(directory + "/expected.json", "w") as out:
        json.dump(expected(cycles), out, sort_keys=True)


main()
