"""How the answer-key check agrees with teachers: wrong keys caught, kept questions lost.

    .venv/bin/python bench/answer_keys.py [--articles ../shared/realnews] [--judgments bench/judgments]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quizgen  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import candidates, make_context  # noqa: E402
from quizgen.questions.checks import answer_key_problem  # noqa: E402

from bench.train_ranker import load_judgments  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--judgments", type=Path, default=ROOT / "bench" / "judgments")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    by_article = defaultdict(list)
    for r in load_judgments(args.judgments):
        by_article[r["article"]].append(r)
    tally: Counter = Counter()
    for name in sorted(by_article):
        parsed = analyse(quizgen.read_article(args.articles / f"{name}.txt"))
        bank = {q.id: q for q in candidates(make_context(parsed))}
        events = {e.id: e for e in parsed.events}
        for r in by_article[name]:
            q = bank.get(r["question_id"])
            if q is None:
                continue
            time_text = events[q.event_ids[0]].time_text if q.event_ids and q.event_ids[0] in events else None
            problem = answer_key_problem(q, parsed.spans[q.sentence_id], time_text=time_text)
            wrong_key = r["rule"] in (3, 4)
            tally["judged"] += 1
            tally["wrong_key"] += wrong_key
            tally[r["verdict"]] += 1
            if problem:
                tally["refused"] += 1
                tally[f"refused_{r['verdict']}"] += 1
                tally["caught_wrong_key"] += wrong_key
                if args.verbose:
                    print(f"{r['verdict']:6} rule {r['rule']:<2} {problem}\n        {q.prompt[:100]}")
            elif wrong_key and args.verbose:
                print(f"MISSED rule {r['rule']:<2} {r['reason'][:90]}\n        {q.prompt[:100]}")
    t = tally
    print(f"judged questions still generated: {t['judged']} (keep {t['keep']}, edit {t['edit']}, reject {t['reject']})")
    print(f"refused by the check: {t['refused']} (keep {t['refused_keep']}, edit {t['refused_edit']}, "
          f"reject {t['refused_reject']})")
    print(f"wrong answer keys (rules 3, 4) caught: {t['caught_wrong_key']} of {t['wrong_key']}")
    print(f"kept questions lost: {t['refused_keep']} of {t['keep']} ({t['refused_keep'] / max(1, t['keep']):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
