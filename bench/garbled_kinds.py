"""Judged rule-1 questions (broken English) that quizgen.wellformed.faults() lets through, grouped by the
kind of break the judge named: `python bench/garbled_kinds.py [-v KIND]` (-v lists a kind's rows)."""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import json  # noqa: E402

from quizgen.wellformed import faults  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "judgments" / "unseen"
BLANK = "_____"
BLIND = "set47"      # the blind test set: never read
# the kind of break, read from the judge's reason; the first that matches names the row
KINDS = (
    ("source typing (typo, entity, spacing)", r"typo|misspel|spelling|source'?s? error|artefact|artifact|encoding|\bamp\b|stray space"),
    ("clause or object cut", r"cut[- ]off|cut off|is cut|was cut|truncat|incomplete|fragment|no object|lacks|lost its|missing|dropp|drops"),
    ("capital letters", r"capital|lower-case|lowercase|lower case"),
    ("leftover connective", r"dangling '?(however|also|but|and|finally|meanwhile)|opens with|starts with|begins with|leftover"),
    ("word repeated", r"repeat|doubled|twice"),
    ("awkward or ungrammatical rewrite", r"awkward|clumsy|unnatural|run-on|tangled|word order|garbl|ungrammatical"),
)


def rule_one_rows() -> list[dict]:
    """Every judged rule-1 question (a cloze with its blank filled), once per printed text."""
    files = sorted(UNSEEN.glob("questions-set*.jsonl")) + sorted(UNSEEN.parent.glob("*.jsonl"))
    seen, out = set(), []
    for f in (f for f in files if BLIND not in f.name):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("rule") != 1 or not r.get("prompt") or r.get("type") == "order_events":
                continue
            text = r["prompt"].replace(BLANK, str(r.get("answer", ""))).strip()
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "reason": r.get("reason") or "", "verdict": r.get("verdict")})
    return out


def kind_of(reason: str) -> str:
    return next((name for name, pat in KINDS if re.search(pat, reason.lower())), "other")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", dest="show", help="list the rows of kinds starting with this name")
    args = ap.parse_args()
    rows = rule_one_rows()
    missed = [r for r in rows if not faults(r["text"])]
    print(f"rule-1 questions {len(rows)}, not flagged by faults() {len(missed)}")
    kinds = Counter(kind_of(r["reason"]) for r in missed)
    for name, n in kinds.most_common():
        print(f"  {n:4d}  {name}")
        for r in missed if args.show and name.startswith(args.show) else ():
            if kind_of(r["reason"]) == name:
                print(f"        {r['verdict'][:3]} {r['text'][:120]}\n            -- {r['reason'][:110]}")


if __name__ == "__main__":
    main()
