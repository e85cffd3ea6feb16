"""Where the default quiz loses its candidates, per article of 300+ words: `python bench/quiz_gates.py DIR... [-v]`."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import (QUIZ_FLOOR, SPARE_FLOOR, _learned_order, candidates,  # noqa: E402
                               ranked_candidates, select_quiz, with_notes)
from quizgen.questions.checks import key_holds  # noqa: E402
from quizgen.ranker import article_view  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.questions.worth import quiz_doubt  # noqa: E402


def gates(text: str, verbose: bool) -> Counter:
    """Counts of candidates at each gate, and (verbose) the notes of bank questions left out."""
    parsed = analyse(parse_article(text))
    cands = candidates(make_context(parsed))
    keyed = [q for q in cands if key_holds(q, parsed)]
    bank = _learned_order(ranked_candidates(parsed), parsed)
    view = article_view(parsed)
    quiz = select_quiz(bank, parsed)
    c = Counter(cands=len(cands), key_fails=len(cands) - len(keyed), rank_drops=len(keyed) - len(bank),
                bank=len(bank), quiz=len(quiz))
    for q in bank:
        if q.id in quiz:
            continue
        gate = "doubt" if quiz_doubt(q, view) else "below_spare" if q.score < SPARE_FLOOR else \
            "below_floor" if q.score < QUIZ_FLOOR else "overlap_or_full"
        c[gate] += 1
    if verbose:
        for q in with_notes(bank, quiz, parsed):
            if q.id not in quiz:
                print(f"   {q.type:15} {q.score:.2f} {q.prompt[:90]!r} -> {q.answer!r}: {q.note}")
    return c


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    total = Counter()
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            text = decode(read_bytes(str(p)))
            if len(parse_article(text).body.split()) < 300:
                continue
            print(p.name[:60], flush=True)
            c = gates(text, args.v)
            print("  ", dict(c), flush=True)
            total.update(c)
    print("total", dict(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
