"""Judged timeline labels sorted by the shape of their clause, with how often judges called each good:
which shapes say nothing about what happened (issue 11, "empty labels").

    .venv/bin/python -P bench/empty_label_shapes.py [-v SHAPE] [--judged DIR]

Shapes, read on the label parsed alone (first that fits):
  took_place       'A study in Nature took place' ('take place' / 'occur' / 'happen' said of a noun)
  light_abstract   a light or saying verb whose object is an abstract noun with nothing saying its content
                   ('Joe Biden made the suggestion', 'Kyle Kirchmeier released a statement')
  saying_how       a verb of describing or pointing out with a 'how' / 'that' clause ('X described how ...')
  said_now         a saying whose content clause is a present tense, no plan ('Doctors said X is recovering')
  said_past_act    a saying whose content clause is a past act ('X said a warplane attacked a convoy'); both
                   tallied by kind of saying in bench/saying_label_shapes.py
  bare_onset       a verb of beginning, emerging or coming with nothing after it but a particle or
                   time ('The drama began', 'The New York Police Department reached out')
  bare_verb        any other verb with no object, complement or phrase ('Donald J. Trump came away')
  forecast         projected / expected / likely to, or a modal ('The economy is projected to grow')
  perfect          a present perfect ('Police violence has risen', 'Trump has attended')
  progressive      a past or present progressive ('The U.S. government was spending ...')
  present          a simple present, no auxiliary, not 'be' / 'plans' / 'aims' ('Donald Trump falls short',
                   'The wolf arrives', 'X expects to be part of a series')
  copula           'be' as the main verb ('Ahmad Khan Rahami was in custody', 'X and Y were involved')
  passive          other passives; 'act' everything else.
Rows: the judged timeline labels of bench/judgments/unseen/timeline-set*.jsonl and realnews-*/timeline.jsonl,
one per (article, label), the last verdict wins. Bad = label_good false.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.empty_labels import label_shape  # noqa: E402
from quizgen.nlp import load  # noqa: E402


def judged_rows(judged: Path) -> dict[tuple[str, str], dict]:
    """(article, label) -> the last judged row of that label."""
    files = sorted(glob.glob(str(judged / "unseen/timeline-set*.jsonl")))
    files += sorted(glob.glob(str(judged / "realnews-*/timeline.jsonl")))
    rows: dict[tuple[str, str], dict] = {}
    for f in files:
        if "set48" in f:
            continue          # the clean set is not read
        for line in open(f, encoding="utf-8"):
            r = json.loads(line) if line.strip() else {}
            if r.get("label") and isinstance(r.get("label_good"), bool):
                rows[(r["article"], r["label"])] = r
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", metavar="SHAPE", help="print the rows of this shape")
    ap.add_argument("--judged", default=str(ROOT / "bench/judgments"), help="the judged rows' folder")
    args = ap.parse_args()
    rows = judged_rows(Path(args.judged))
    nlp = load()
    keys = list(rows)
    tally: dict[str, Counter] = defaultdict(Counter)
    for key, doc in zip(keys, nlp.pipe(k[1] for k in keys)):
        r, shape = rows[key], label_shape(doc)
        tally[shape]["good" if r["label_good"] else "bad"] += 1
        if args.v == shape:
            print(f"{'good' if r['label_good'] else 'BAD ':5} {key[1][:100]} | {str(r.get('reason'))[:80]}")
    print(f"{len(rows)} judged labels")
    print_gates(sorted(tally.items(), key=lambda kv: -sum(kv[1].values())))


def print_gates(tally: list[tuple[str, Counter]], width: int = 16) -> None:
    """One line per shape: rows, good, bad, bad % and the gate it passes (COMMON rules: n >= 8 and
    bad >= 80 % DROP, >= 70 % demote)."""
    print(f"{'shape':{width}} {'rows':>5} {'good':>5} {'bad':>5} {'bad%':>5}  gate")
    for shape, c in tally:
        n = sum(c.values())
        bad = 100 * c["bad"] / n
        gate = "DROP" if n >= 8 and bad >= 80 else "demote" if n >= 8 and bad >= 70 else ""
        print(f"{shape:{width}} {n:5} {c['good']:5} {c['bad']:5} {bad:5.0f}  {gate}")


if __name__ == "__main__":
    main()
