"""Judged timeline rows behind the lead-report rules (issue 11): labels telling that a company made its
figures public ('X reported a 47% decline in earnings', 'X posted a loss'), by how they were dated.

Run: python3 bench/report_lead_rows.py [--show]   (reads bench/judgments/unseen/timeline-set*.jsonl)
A report dated by the week or the day of publication (or a day near it) is the shape the reported-period
lead rule lets in; a report dated by the quarter its figures cover is the shape it replaces.
"""
import argparse
import collections
import glob
import json
import os
import re

UNSEEN = os.path.join(os.path.dirname(__file__), "judgments", "unseen")
BLIND = ("set47", "set48")     # blind test sets: never read
_REPORT = re.compile(r"\b(reported|posted|announced|released|issued)\b.*\b(earnings|profit|loss|income|net|revenue|"
                     r"sales|results|decline|drop|increase|jump|rise|fall)\b", re.I)


def _kind(date: str) -> str:
    """How the row was dated: 'quarter' (or half, year), 'week', or 'day'."""
    precision = (date.split(", ")[1:] or ["day"])[0].split(" ")[0]
    return "quarter" if precision in ("quarter", "half", "year", "month") else precision


def _undated_week(date: str) -> bool:
    """A week date with no date words written: the undated lead's publication-week rule."""
    return ", week" in date and ("written" not in date or 'written: ""' in date or date.endswith("week ()"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    tally, week = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(os.path.join(UNSEEN, "timeline-set*.jsonl"))):
        name = os.path.basename(path)
        if any(b in name for b in BLIND) or "changed" in name:
            continue
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if "label" in row and _undated_week(str(row.get("date", ""))):
                week["n"] += 1
                week["date"] += bool(row.get("date_right"))
                week["good"] += bool(row.get("date_right")) and bool(row.get("label_good"))
            if "label" not in row or not _REPORT.search(row["label"] or ""):
                continue
            kind = _kind(str(row.get("date", "")))
            good = bool(row.get("date_right")) and bool(row.get("label_good"))
            tally[kind] += 1
            tally[kind + " date"] += bool(row.get("date_right"))
            tally[kind + " good"] += good
            if args.show:
                print(f"{kind:8} date={row.get('date_right')!s:5} label={row.get('label_good')!s:5} {name[9:24]:16} "
                      f"{row['label'][:80]} | {row.get('date')}")
    print(f"undated leads dated by the publication week (no date words): {week['n']}, date right {week['date']} "
          f"({week['date'] / max(week['n'], 1):.0%}), date and label right {week['good']} ({week['good'] / max(week['n'], 1):.0%})")
    for kind in ("quarter", "week", "day"):
        n = tally[kind]
        if n:
            print(f"report labels dated by {kind}: {n}, date right {tally[kind + ' date']} ({tally[kind + ' date'] / n:.0%}), "
                  f"date and label right {tally[kind + ' good']} ({tally[kind + ' good'] / n:.0%})")


if __name__ == "__main__":
    main()
