"""Reference answers for the business-calendar differential test, from `businesstimedelta`.

Usage: python reference.py CASES.json ANSWERS.json

CASES.json: {"calendars": [{"zone", "rules": [{"kind": "work"|"lunch", "start": "HH:MM",
"end": "HH:MM", "days": [0..6, Monday = 0]}], "holidays": ["YYYY-MM-DD", ...]}],
"cases": [{"calendar": i, "op": "add", "start": epoch_seconds, "seconds": n} |
{"calendar": i, "op": "elapsed", "start": epoch_seconds, "end": epoch_seconds}]}

ANSWERS.json: a list with, per case, the due instant in epoch seconds ("add") or the
business seconds between the two instants ("elapsed").
"""
import datetime
import json
import sys

import businesstimedelta
import pytz


def clock(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def build(calendar):
    zone = pytz.timezone(calendar["zone"])
    rules = []
    for rule in calendar["rules"]:
        kind = businesstimedelta.WorkDayRule if rule["kind"] == "work" else businesstimedelta.LunchTimeRule
        rules.append(kind(start_time=clock(rule["start"]), end_time=clock(rule["end"]),
                          working_days=rule["days"], tz=zone))
    if calendar["holidays"]:
        dates = {datetime.date.fromisoformat(text) for text in calendar["holidays"]}
        rules.append(businesstimedelta.HolidayRule(dates, tz=zone))
    return businesstimedelta.Rules(rules)


def instant(seconds):
    return datetime.datetime.fromtimestamp(seconds, tz=pytz.utc)


def main():
    with open(sys.argv[1]) as handle:
        request = json.load(handle)
    calendars = [build(calendar) for calendar in request["calendars"]]
    answers = []
    for case in request["cases"]:
        rules = calendars[case["calendar"]]
        start = instant(case["start"])
        if case["op"] == "add":
            due = start + businesstimedelta.BusinessTimeDelta(rules, seconds=case["seconds"])
            answers.append(int(due.timestamp()))
        else:
            delta = rules.difference(start, instant(case["end"]))
            answers.append(delta.hours * 3600 + delta.seconds)
    with open(sys.argv[2], "w") as handle:
        json.dump(answers, handle)


if __name__ == "__main__":
    main()
