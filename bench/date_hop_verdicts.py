"""Judged timeline rows of the date-attachment shapes of issue 11 (datehop12), counted from the teacher
verdicts in bench/judgments (date_right per row; rows deduplicated by article, label and date; set 48 and
any judge/verdict kit left out). Prints, per shape, how many rows there are and how many had a wrong date.

    python3 bench/date_hop_verdicts.py
"""
from __future__ import annotations

import glob
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "judgments"
_REACTION = re.compile(r"\b(?:condemned|denounced|criticized|criticised|deplored|decried|welcomed|hailed|praised|"
                       r"applauded|mourned|lamented|regretted|protested|blamed|investigated|probed)\b", re.I)
_EXPECT = re.compile(r"\b(?:came in|beat|missed|topped|exceeded|surpassed|trailed|disappointed)\b", re.I)
_FIGURES = re.compile(r"\b(?:results?|earnings|profits?|figures|numbers|revenue|sales)\b", re.I)
SHAPES = {
    # a year read off an index level: a year row whose label carries market figures
    "year beside market figures": lambda r, p, lab, why: p == "year" and bool(
        re.search(r"\bpoints?\b|\d{3,5}\.\d", lab)),
    # a reaction verb dated by a day (the day may be its object's)
    "reaction verb dated": lambda r, p, lab, why: bool(_REACTION.search(lab)),
    # a period's figures set against forecasts
    "quarter figures vs forecasts": lambda r, p, lab, why: p == "quarter" and bool(_FIGURES.search(lab)) and bool(
        _EXPECT.search(lab) or re.search(r"\bestimate|forecast|expect", why, re.I)),
    # the judges' reason names a deadline or a range end read as the day
    "deadline or range end": lambda r, p, lab, why: bool(re.search(r"\bdeadline\b|\bby (?:mon|tue|wed|thu|fri|sat|sun)"
                                                                  r"|range'?s? end|end of the range", why, re.I)),
    # a count of days from a day ('days after', 'days later', 'trading days')
    "counted offset": lambda r, p, lab, why: bool(re.search(r"\b(?:trading |business )?days? (?:after|later|before)\b",
                                                           why, re.I)),
    # the judges' reason says the date is unknown / not given for the happening
    "time unknown": lambda r, p, lab, why: bool(re.search(r"\b(?:date|day|time) (?:is |was )?(?:unknown|not given|"
                                                         r"not stated)|does not say when|doesn't say when", why, re.I)),
}


def _rows() -> list[dict]:
    seen, out = set(), []
    for f in sorted(glob.glob(str(ROOT / "**" / "*.jsonl"), recursive=True)):
        if re.search(r"set48|kit48|judge|verdicts", f.split("judgments/", 1)[-1]):
            continue
        for line in open(f, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            key = (r.get("article"), r.get("label"), r.get("date"))
            if "date_right" in r and key not in seen:
                seen.add(key)
                out.append(r)
    return out


def _precision(date: str) -> str:
    """'2023-10-01, quarter (written: ...)' -> 'quarter'; a bare date is a day."""
    m = re.match(r"[^,]*,\s*(\w+)", date)
    return m[1] if m else "day"


def main() -> None:
    rows = _rows()
    print(f"judged timeline rows (deduplicated): {len(rows)}")
    for name, test in SHAPES.items():
        hits = [r for r in rows if test(r, _precision(str(r.get("date", ""))), r.get("label") or "",
                                        r.get("reason") or "")]
        wrong = sum(1 for r in hits if r.get("date_right") is False)
        share = f"{100 * wrong / len(hits):.0f} %" if hits else "-"
        print(f"{name:32} rows {len(hits):4}  date wrong {wrong:4}  ({share})")


if __name__ == "__main__":
    main()
