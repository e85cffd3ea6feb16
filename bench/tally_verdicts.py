"""Totals and per-article counts of judges' verdict files (questions or timeline labels).

Usage: python bench/tally_verdicts.py VERDICTS.jsonl [...]
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict


def _rows(paths: list[str]) -> list[dict]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def questions(rows: list[dict]) -> None:
    per = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if "verdict" not in r:  # an article whose default quiz is empty
            per[r["article"]]["keep"] += 0
            continue
        per[r["article"]][r["verdict"]] += 1
        per[r["article"]]["wrong"] += bool(r.get("wrong_key"))
    tot = defaultdict(int)
    for art, c in sorted(per.items()):
        n = c["keep"] + c["edit"] + c["reject"]
        print(f"{art[:50]:50} {n:3}: {c['keep']}/{c['edit']}/{c['reject']}"
              + (f", {c['wrong']} wrong" if c["wrong"] else ""))
        for k, v in c.items():
            tot[k] += v
    n = tot["keep"] + tot["edit"] + tot["reject"]
    print(f"questions {n}: keep {100 * tot['keep'] / n:.1f}% edit {100 * tot['edit'] / n:.1f}% "
          f"reject {100 * tot['reject'] / n:.1f}% wrong keys {tot['wrong']}; "
          f"articles under 6: {sum(1 for c in per.values() if c['keep'] + c['edit'] + c['reject'] < 6)}")


def timeline(rows: list[dict]) -> None:
    per = defaultdict(lambda: defaultdict(int))
    for r in rows:
        c = per[r["article"]]
        if "missed" in r:
            c["missed"] += r["missed"] if isinstance(r["missed"], int) else len(r["missed"])   # a count, or the list
            continue
        c["n"] += 1
        c["good"] += bool(r.get("label_good"))
        c["right"] += bool(r.get("date_right"))
    tot = defaultdict(int)
    for art, c in sorted(per.items()):
        print(f"{art[:50]:50} {c['n']:3}: labels {c['good']} dates {c['right']}, missed {c['missed']}")
        for k, v in c.items():
            tot[k] += v
    n = max(tot["n"], 1)
    print(f"events {tot['n']}: labels good {100 * tot['good'] / n:.1f}% dates right "
          f"{100 * tot['right'] / n:.1f}% missed {tot['missed']}")


def main() -> None:
    rows = _rows(sys.argv[1:])
    if any("verdict" in r for r in rows):
        questions(rows)
    else:
        timeline(rows)


if __name__ == "__main__":
    main()
