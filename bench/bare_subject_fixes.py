"""Judged-bad timeline labels with a bare nameless subject (issue 11), split by what would fix them:
naming the subject from the article, or another fault naming would not fix; also counts a dump's such labels.

    .venv/bin/python bench/bare_subject_fixes.py [--show] [--dump DUMP_DIR]

A reason is read by keywords: 'naming' when it blames an unnamed subject ('dangling', 'vague', 'which',
'whose', 'does not name', 'unresolved'); 'other' when it blames a cut-off, garbled or fragment label, a
state, a plan, a quotation, a wrong subject or date, or a duplicate. naming_only: naming and no other;
naming_and_other: both (naming alone would not save it); other_only: naming not mentioned.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import re
import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMING = re.compile(r"dangl|vague|\bwhich\b|\bwhose\b|unresolv|cannot be resolved|can't be identified|"
                    r"unspecified|not name|names neither|never names|doesn't name|does not say|doesn't say|"
                    r"unexplained|unclear|says almost nothing|\bof what\b|too bare|the toll of what|"
                    r"no actor|should name|subject unclear", re.I)
OTHER = re.compile(r"cut[- ]?off|\bcut\b|truncat|garbl|fragment|ungrammatical|broken|\bstate\b|stative|"
                   r"negat|hypothetical|expectation|plan\b|planned|future|quot|idiom|metaphor|wrong (actor|subject|antecedent)|"
                   r"not .* the (labeled|happening)|duplicat|repeats|\bnot [A-Z][a-z]{2} \d|date doesn't|"
                   r"reporting|comparison|comparative|trivia|hedged|drops|leaves out|padding|over 12|"
                   r"conditional|habit|filler|lifted|garbage|nonsense|merges|runs into|is from|belongs to|"
                   r"not a happening|not when|not the", re.I)


def _unnamed_labels():
    """bench/unnamed_labels.py as a module (bench/ stays off sys.path: its queue.py shadows the stdlib's)."""
    spec = importlib.util.spec_from_file_location("unnamed_labels", ROOT / "bench" / "unnamed_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_reason(reason: str) -> str:
    """naming_only, naming_and_other or other_only for one judge's reason."""
    naming, other = bool(NAMING.search(reason)), bool(OTHER.search(reason))
    if naming and not other:
        return "naming_only"
    return "naming_and_other" if naming else "other_only"


def bad_bare_rows(nlp) -> list[dict]:
    """The judged-bad labels of class bare_nameless (bench/unnamed_labels.py)."""
    bench = _unnamed_labels()
    rows = bench.judged_rows()
    return [r for r, doc in zip(rows, nlp.pipe(r["label"] for r in rows))
            if "bare_nameless" in bench.classes(doc) and not r["label_good"]]


def dump_bare_labels(nlp, dump: str) -> list[tuple[str, str]]:
    """(lesson, label) of every timeline label in a dump whose subject is bare and nameless."""
    classes = _unnamed_labels().classes
    found = []
    for name in sorted(glob.glob(str(Path(dump) / "*.json"))):
        data = json.load(open(name, encoding="utf-8"))
        labels = [e.get("label", "") for e in data.get("events", []) if e.get("label")]
        for label, doc in zip(labels, nlp.pipe(labels)):
            if "bare_nameless" in classes(doc):
                found.append((Path(name).stem, label))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print each bad row with its split")
    ap.add_argument("--dump", help="a lesson dump folder: list its bare nameless labels")
    args = ap.parse_args()
    from quizgen.nlp import load
    nlp = load()
    if args.dump:
        found = dump_bare_labels(nlp, args.dump)
        for lesson, label in found:
            print(f"{lesson[:60]:60} | {label}")
        print(f"bare nameless labels in {args.dump}: {len(found)}")
        return 0
    tally: dict[str, int] = {}
    bad = bad_bare_rows(nlp)
    for row in bad:
        kind = split_reason(row.get("reason", ""))
        tally[kind] = tally.get(kind, 0) + 1
        if args.show:
            print(f"{kind:17} {row['label']} | {row.get('reason', '')[:140]}")
    print(f"bad bare nameless rows {len(bad)}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
