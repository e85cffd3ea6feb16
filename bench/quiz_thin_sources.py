"""Where thin quizzes lose questions before the checks (issue 12): `python bench/quiz_thin_sources.py DIR...`.
Per article of 300+ words: 'who/which' mentions a clause asks that lack three wrong options, and why-reasons by outcome."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# bench/ holds a queue.py that would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import multiple_choice as mc  # noqa: E402
from quizgen.questions import why  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.realise import fronted_question  # noqa: E402

MIN_WORDS = 300


def short_of_options(ctx) -> list[tuple[str, str, str, list[str]]]:
    """(kind, prompt, answer, wrong options) of each multiple-choice ask with fewer than three wrong options."""
    doc, out = ctx.doc, []
    for s in ctx.parsed.sentences:
        for clause in ctx.clauses.get(s.id, []):
            for m in ctx.index.by_sentence.get(s.id, []):
                ment = set(range(m.start, m.end))
                if not ment <= set(clause.tokens) or not mc._askable(doc, m):
                    continue
                ask = mc._ask_by_role(doc, clause, m, ment)
                if ask is None:
                    continue
                if ask.mode in ("front", "agent"):
                    ask.remove = ask.remove | ment
                prompt = mc.readable_prompt(doc, clause, ask)
                if prompt is None:
                    continue
                dis = mc._options(ctx, m, clause.verb, prompt, m.kind in mc._NUMERIC)[0]
                if len(dis) < 3:
                    out.append((m.kind, prompt, m.text, dis))
    return out


def why_outcomes(ctx) -> list[tuple[str, str, str, list[str]]]:
    """(outcome, prompt, reason, wrong options) of every reason the why generator reads."""
    reasons = [r for sid in sorted(ctx.clauses) for c in ctx.clauses[sid] for r in why._reasons(ctx, c)]
    out = []
    for r in reasons:
        prompt = fronted_question(why._without(why.main_clause(r.clause), r.tokens), ctx.doc, "Why", set(r.tokens))
        opts = why._distractors(ctx, r, reasons, prompt) if prompt else []
        made = why._question(ctx, r, reasons) is not None
        outcome = "made" if made else "no stem" if prompt is None else \
            f"{len(opts)} wrong options" if len(opts) < 3 else "other check"
        out.append((f"{r.form}: {outcome}", prompt or "", r.text, opts))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    tally: Counter = Counter()
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            article = parse_article(decode(read_bytes(str(p))))
            if len(article.body.split()) < MIN_WORDS:
                continue
            ctx = make_context(analyse(article))
            for kind, prompt, answer, dis in short_of_options(ctx):
                tally[f"mc {kind}: {len(dis)} wrong options"] += 1
                print(f"{p.name[:40]:40} mc  {prompt} => {answer} {dis}")
            for outcome, prompt, reason, opts in why_outcomes(ctx):
                tally[f"why {outcome}"] += 1
                print(f"{p.name[:40]:40} why {outcome}: {prompt} => {reason} {opts}")
    for key, n in sorted(tally.items(), key=lambda kv: -kv[1]):
        print(f"{n:4} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
