"""TE3 DATE value mismatches grouped by cause, telling the tagger's faults from the gold's own conventions and slips.

    python3 bench/te3_date_errors.py ERRORS.tsv [--list CAUSE_PREFIX]

ERRORS.tsv is eval_te3.py's --errors output. Each DATE-only wrong value gets one cause, the first that fits:
the gold contradicting its own words (a weekday or month other than the one written), a corpus convention
the other corpus does not share (unpadded week numbers, 'X' decades, a part of day on a named day), an
annotator's underspecified or coarser/finer value that agrees with the system's, then the tagger's own
error kinds (wrong week, wrong year, ...). Prints per corpus the counts and, with --list, the items.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import re
import sys
from pathlib import Path

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _day(value: str) -> dt.date | None:
    m = _DAY.match(value)
    try:
        return dt.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


def _named_weekday(text: str) -> int | None:
    found = [i for i, w in enumerate(_WEEKDAYS) if w in text.lower()]
    return found[0] if len(found) == 1 else None


def _named_month(text: str) -> int | None:
    found = [i + 1 for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}", text.lower())]
    return found[0] if len(found) == 1 else None


def _gold_contradicts_text(gold_text: str, gold: str) -> bool:
    """'Tuesday' valued as a Monday, 'Sept. 27' valued in November: the gold misreads its own words."""
    d = _day(gold)
    wd = _named_weekday(gold_text)
    if d is not None and wd is not None and d.weekday() != wd:
        return True
    month = _named_month(gold_text)
    m = re.match(r"\d{4}-(\d{2})", gold)
    return month is not None and m is not None and int(m.group(1)) != month and "year" not in gold_text.lower()


def _convention(gold: str, sys_: str) -> str:
    """A corpus-specific spelling of the value the system gives in TimeML's usual form."""
    if re.fullmatch(r"\d{4}-W\d", gold) and sys_ == gold[:6] + "0" + gold[6:]:
        return "convention: week number not zero-padded (AQUAINT; TimeBank and ISO pad)"
    if re.fullmatch(r"\d{2,3}X+", gold) and sys_ == gold.rstrip("X"):
        return "convention: decade/century spelled with X (TimeBank spells 198)"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)", gold) and sys_ == gold[:10]:
        return "convention: part of day on a named day (AQUAINT gives it both ways)"
    return ""


def _agrees_coarser_or_finer(gold: str, sys_: str) -> bool:
    """'1949-XX' for 1949, '1989-12-31' for 'year-end' 1989: the same time at another precision."""
    g = gold.replace("-XX", "").replace("XX", "").rstrip("-")
    return bool(g) and (g.startswith(sys_) or sys_.startswith(g)) and (g != sys_ or "X" in gold)


def _gold_side(gold_text: str, gold: str, sys_: str) -> str:
    """The gold's own slip or convention, or an annotator's other precision; '' when the system is at fault."""
    if _gold_contradicts_text(gold_text, gold):
        return "gold slip: value contradicts its own words"
    conv = _convention(gold, sys_)
    if conv or not _agrees_coarser_or_finer(gold, sys_):
        return conv
    if "X" in gold:
        return "annotator: underspecified (X) where the text is specific"
    return "granularity only (same time, other precision)"


def cause(row: dict, dct: dt.date | None) -> str:
    gold, sys_ = row["gold_value"], row["sys_value"]
    side = _gold_side(row["gold_text"], gold, sys_)
    if side:
        return side
    gd, sd = _day(gold), _day(sys_)
    if gd and sd and _named_weekday(row["gold_text"]) is not None:
        far = dct is not None and abs((gd - dct).days) > 7
        return "weekday: gold over a week from publication" if far else "weekday: other week (tense)"
    return row["category"]


def _dct(corpus: str, doc: str, cache: dict) -> dt.date | None:
    if doc not in cache:
        path = Path(corpus) / f"{doc}.tml"
        m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", path.read_text(encoding="utf-8", errors="replace"),
                      re.S) if path.exists() else None
        cache[doc] = _day(m.group(1)) if m else None
    return cache[doc]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("errors", type=Path)
    ap.add_argument("--list", default=None, help="list the items whose cause starts with this")
    args = ap.parse_args()
    rows = [r for r in csv.DictReader(args.errors.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["eval"] == "date_only" and r["kind"] == "wrong_value"]
    cache: dict = {}
    by_corpus: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        c = cause(r, _dct(r["corpus"], r["doc"], cache))
        by_corpus[Path(r["corpus"]).name][c] += 1
        if args.list is not None and c.startswith(args.list):
            print(f"  {c} | {r['doc']} | {r['gold_text']}={r['gold_value']} sys {r['sys_text']}={r['sys_value']}"
                  f" | {r['context']}")
    for corpus, counts in by_corpus.items():
        print(f"== {corpus}: {sum(counts.values())} DATE value mismatches")
        for c, n in counts.most_common():
            print(f"  {n:4d}  {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
