"""Fault kinds of judged-bad timeline labels, read from the judges' reasons: `python bench/label_fault_kinds.py
[--from N] [-v KIND]` counts each kind over timeline-set*-before verdicts (sets N..46; issue 11)."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

UNSEEN = Path(__file__).resolve().parent / "judgments" / "unseen"
HELD_BACK = ("set47",)

# Reason wordings per fault kind, checked in this order; a reason can carry several kinds.
KINDS: list[tuple[str, str]] = [
    ("cut_off", r"cut[- ]?off|cut (mid|inside|before|after)|\bstops? (before|at|short|mid)|\bends? (at|on|in|with) '"
                r"|breaks? off|\bcuts? (the|it|\w+) ?\w* off|too bare|unfinished|incomplete|truncat|dangling (verb|preposition|modifier)|left without|"
                r"without (its|the|a|an) (object|complement|noun)|drops? ['\"‘]|missing (its|the) (object|complement)"
                r"|(lost|loses|drops|dropped|leaves out|lacks) (the|its) (object|complement|purpose|goal)"),
    ("fragment", r"fragment|no finite verb|not a (complete )?clause|verbless|not a sentence"),
    ("never_says_what", r"never (says|names|states) (what|which|who|whom|where)|(does not|doesn't) say (what|which|who|where)"
                        r"|leaves out what"
                        r"|(first|to do|what) \w* ?\?|of what\b|what (he|she|it|they) (will|would|did)"),
    ("garbled", r"garbl|ungrammatical|nonsense|run-together|glued|mangled|broken (wording|grammar)"),
    ("unresolved", r"unresolved|dangling|no referent|cannot be (understood|resolved)|never names|does not name"
                   r"|vague|which \w+ is meant|without naming|appositive"),
    ("reporting_frame", r"reporting (verb|frame|clause)|bare report|statement frame|quotation|quote"),
    ("state_or_hypothetical", r"\bstate\b|hypothetical|negated|stative|modal|not a happening|background"),
    ("duplicate", r"duplicat|repeats event|\bdup\b|same as event"),
    ("length", r"1[3-9] words|over the 12|too long"),
    ("wrong_fact", r"wrong (person|subject|actor|event)|misstat|mislead|reverses|not \w+ but|misattribut"),
]
CUT_KINDS = ("cut_off", "fragment", "never_says_what")


def bad_rows(first_set: int) -> list[dict]:
    """Judged-bad label rows of the before-change timeline verdicts of sets first_set..46."""
    rows = []
    for f in sorted(UNSEEN.glob("timeline-set*-before*.jsonl")):
        if any(h in f.name for h in HELD_BACK):
            continue
        number = int(re.search(r"set(\d+)", f.name).group(1))
        if number < first_set:
            continue
        for line in f.read_text().splitlines():
            row = json.loads(line)
            if row.get("label_good") is False:
                rows.append(row)
    return rows


def kinds_of(reason: str) -> list[str]:
    """Fault kinds a judge's reason names (["other"] when none)."""
    found = [name for name, pattern in KINDS if re.search(pattern, reason, re.I)]
    return found or ["other"]


def main(argv: list[str]) -> None:
    first_set = int(argv[argv.index("--from") + 1]) if "--from" in argv else 30
    shown = argv[argv.index("-v") + 1] if "-v" in argv else None
    rows, per_kind, first_kind = bad_rows(first_set), Counter(), Counter()
    for row in rows:
        found = kinds_of(row.get("reason", ""))
        per_kind.update(found)
        first_kind[found[0]] += 1
        if shown in found:
            print(f"  {row['label']}  ||  {row.get('reason', '')}")
    cut = sum(1 for r in rows if set(kinds_of(r.get("reason", ""))) & set(CUT_KINDS))
    print(f"bad labels of sets {first_set}-46: {len(rows)}; cut off / fragment / never says what: {cut}")
    for name, count in per_kind.most_common():
        print(f"  {name:24s} {count:4d}  (first named: {first_kind[name]})")


if __name__ == "__main__":
    main(sys.argv[1:])
