"""Which gate stops judged questions: `python bench/quiz_gate_verdicts.py DIR... [--json OUT]`.

Every candidate of an article of 300+ words is followed through the gates (answer-key check and its
reason, quiz doubt and its reason, rule ranking, learned floor, quiz selection); candidates whose
prompt a judge saw (any judged file under bench/judgments, matched by article and prompt) are tallied
per gate by verdict: a gate that stops mostly kept questions is too strict."""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import (QUIZ_FLOOR, SPARE_FLOOR, _learned_order, _rule_ranked,  # noqa: E402
                               candidates, select_quiz)
from quizgen.questions.checks import answer_key_problem, article_key_problem  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.ranker import article_view  # noqa: E402
from quizgen.questions.worth import quiz_doubt  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "judgments"


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(s).lower().replace("’", "'")).strip()


def verdicts() -> dict[tuple[str, str], Counter]:
    out: dict[tuple[str, str], Counter] = defaultdict(Counter)
    files = list(JUDGED.glob("realnews-*.jsonl")) + list(JUDGED.glob("realnews-*/questions.jsonl")) + \
        list(JUDGED.glob("unseen/questions-set1[0-4]-*.jsonl"))
    for f in files:
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject"):
                out[(r["article"], norm(r["prompt"]))][r["verdict"]] += 1
    return out


def _key_reason(q, parsed) -> str | None:
    if not 0 <= q.sentence_id < len(parsed.spans):
        return "key:no sentence"
    events = {e.id: e for e in parsed.events}
    tt = events[q.event_ids[0]].time_text if q.event_ids and q.event_ids[0] in events else None
    r = answer_key_problem(q, parsed.spans[q.sentence_id], time_text=tt)
    if r:
        return "key:" + r
    r = article_key_problem(q, parsed)
    return "article_key:" + r if r else None


def fates(text: str) -> list[tuple[str, str, str, str]]:
    """(type, prompt, answer, gate) for every candidate and its twin."""
    parsed = analyse(parse_article(text))
    ctx = make_context(parsed)
    view = article_view(parsed)
    bank_rule, others = _rule_ranked(parsed)
    bank = _learned_order(bank_rule, parsed, others)
    quiz = set(select_quiz(bank, parsed))
    by_prompt = {(q.type, q.prompt): q for q in bank}
    rule_prompts = {(q.type, q.prompt) for q in bank_rule} | {(q.twin.type, q.twin.prompt) for q in bank_rule if q.twin}
    out = []
    for c in candidates(ctx):
        for q in [c] + ([c.twin] if c.twin is not None else []):
            k = (q.type, q.prompt)
            reason = _key_reason(q, parsed)
            if reason:
                gate = reason
            elif (d := quiz_doubt(q, view)):
                gate = "doubt:" + d
            elif k in by_prompt:
                b = by_prompt[k]
                gate = "quiz" if b.id in quiz else "below_spare" if b.score < SPARE_FLOOR else \
                    "below_floor" if b.score < QUIZ_FLOOR else "overlap_or_full"
            elif k in rule_prompts:
                gate = "traded(learned order)"
            elif any(k == (b.twin.type, b.twin.prompt) for b in bank if b.twin):
                gate = "twin_in_bank"
            else:
                gate = "rank_drop"
            out.append((q.type, q.prompt, str(q.answer), gate))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--json")
    args = ap.parse_args()
    judged = verdicts()
    table: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            text = decode(read_bytes(str(p)))
            if len(parse_article(text).body.split()) < 300:
                continue
            seen = set()
            for typ, prompt, answer, gate in fates(text):
                v = judged.get((p.stem, norm(prompt)))
                if not v or (prompt, gate) in seen:
                    continue
                seen.add((prompt, gate))
                verdict = v.most_common(1)[0][0]
                table[gate.split(":")[0] if gate.startswith(("quiz", "below", "overlap")) else gate][verdict] += 1
                rows.append(dict(article=p.stem, type=typ, prompt=prompt, answer=answer, gate=gate, verdicts=dict(v)))
            print(p.stem, flush=True, file=sys.stderr)
    for gate, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{c['keep']:4} {c['edit']:4} {c['reject']:4}  {gate[:150]}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
