"""Why long articles (300+ words) get quizzes under six questions (issue 12), one tally per reason:
`python bench/long_quiz_shortfall.py DIR... [--json OUT]`, or `--rows OUT` to tally saved rows again.

Each such article's sentences of 6+ words that no kind asks about (classed as bench/quiz_silent_sentences.py
classes them), and each candidate's fate, grouped as 'dropped' (answer-key check, quiz doubt, rule
ranking) or 'bank' (in the bank, not in the default quiz: floors, selection), the way
bench/quiz_drop_reasons.py splits them; beside each reason, the verdicts judges gave the candidates it
stopped (most common verdict per prompt, any judged file that holds the article)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from quiz_silent_sentences import sentence_class  # noqa: E402

sys.path.insert(1, str(Path(__file__).resolve().parent))    # the import above took bench/ off the path
import quiz_drop_reasons as dr  # noqa: E402
from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import SHORTEST_QUIZ, candidates  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402

MIN_WORDS = 300
_BANK_GATES = ("below_spare", "below_floor", "select:", "overlap_or_full")


def _group(gate: str) -> str:
    """Where a candidate stopped: in the quiz, in the bank left out, or dropped before the bank."""
    if gate == "quiz":
        return "quiz"
    return "bank" if gate.startswith(_BANK_GATES) else "dropped"


def article_shortfall(text: str) -> tuple[int, list[tuple[str, str, str]]]:
    """Quiz size and (group, reason, text) of each silent sentence and each candidate."""
    parsed = analyse(parse_article(text))
    asked = {c.sentence_id for c in candidates(make_context(parsed))}
    out = [("silent", "silent:" + sentence_class(span), span.text) for i, span in enumerate(parsed.spans)
           if i not in asked and len(span.text.split()) >= 6]
    size, fates = dr.article_fates(text)
    seen = set()
    for prompt, gate, _blockers in fates:
        if (prompt, gate) not in seen:
            seen.add((prompt, gate))
            out.append((_group(gate), gate.split(":")[0] + ":" + gate.split(":", 1)[1][:60] if ":" in gate else gate,
                        prompt))
    return size, out


def shortfall_rows(dirs: list[str]) -> list[dict]:
    """One row per silent sentence and per candidate of each long article whose quiz is under six."""
    rows = []
    for d in dirs:
        for p in sorted(Path(d).glob("*.txt")):
            text = decode(read_bytes(str(p)))
            if len(parse_article(text).body.split()) < MIN_WORDS:
                continue
            size, fates = article_shortfall(text)
            if size >= SHORTEST_QUIZ:
                continue
            print(p.stem, size, flush=True, file=sys.stderr)
            rows.extend(dict(article=p.stem, quiz=size, group=group, reason=reason, text=what)
                        for group, reason, what in fates)
    return rows


def tally(rows: list[dict]) -> dict[tuple[str, str], Counter]:
    """(group, reason) -> how many it stopped, and the judged ones' verdicts."""
    judged = dr.judged_quizzes()
    out: dict[tuple[str, str], Counter] = {}
    for r in rows:
        c = out.setdefault((r["group"], r["reason"]), Counter())
        c["n"] += 1
        n = dr.gv.norm(r["text"])
        verdicts = [j[n] for j in judged.get(r["article"], []) if n in j] if r["group"] != "silent" else []
        if verdicts:
            c[Counter(verdicts).most_common(1)[0][0]] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--json")
    ap.add_argument("--rows")
    args = ap.parse_args()
    rows = json.loads(Path(args.rows).read_text()) if args.rows else shortfall_rows(args.dirs)
    print(f"articles={len({r['article'] for r in rows})}")
    print(f"{'group':8} {'n':>4} keep edit rej  reason")
    for (group, reason), c in sorted(tally(rows).items(), key=lambda kv: (kv[0][0], -kv[1]["n"])):
        print(f"{group:8} {c['n']:4} {c['keep']:4} {c['edit']:4} {c['reject']:3}  {reason}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
