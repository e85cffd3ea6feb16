"""Turn verdicts on default quizzes (one line per quiz position `n`) into ranker training rows.

    .venv/bin/python bench/judged_quiz_to_training.py bench/judgments/realnews-after/questions.jsonl \
        --judge E --out bench/judgments/realnews-e.jsonl [--articles ../shared/realnews]

A quiz verdict names the question by its place in the quiz and its prompt, not by id; this script
rebuilds each article's lesson with the engine as it is now, takes the question at that place and
keeps the row only when the prompt is still the one judged (so the id, type, choices and evidence
written out are the ones the teacher saw). Rows whose question changed are counted and skipped.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quizgen  # noqa: E402
from quizgen import lesson_from_article  # noqa: E402


def _plain(text: str) -> str:
    """Prompts compared without spacing and quote-style differences."""
    return re.sub(r"\s+", " ", re.sub(r"[“”‘’\"']", "", text)).strip().lower()


def training_rows(verdicts: list[dict], articles: Path, judge: str) -> tuple[list[dict], int]:
    """The verdicts in the format of bench/judgments/README.md, and how many no longer match."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for v in verdicts:
        by_article[v["article"]].append(v)
    out, skipped = [], 0
    for name in sorted(by_article):
        lesson = lesson_from_article(quizgen.read_article(articles / f"{name}.txt"))
        sentences = {s.id: s.text for s in lesson.sentences}
        by_id = {q.id: (i, q) for i, q in enumerate(lesson.questions)}
        for v in sorted(by_article[name], key=lambda v: v["n"]):
            qid = lesson.quiz[v["n"] - 1] if 0 < v["n"] <= len(lesson.quiz) else None
            hit = by_id.get(qid)
            if hit is None or _plain(hit[1].prompt) != _plain(v["prompt"]):
                skipped += 1
                print(f"  {name} Q{v['n']}: the quiz no longer has this question", file=sys.stderr)
                continue
            rank, q = hit
            out.append({"article": name, "question_id": q.id, "type": q.type, "prompt": q.prompt,
                        "choices": q.choices, "answer": q.answer, "sentence_id": q.sentence_id,
                        "evidence": sentences.get(q.sentence_id, ""), "in_quiz": True, "rank": rank + 1,
                        "score": q.score, "verdict": v["verdict"], "rule": v["rule"] or 0,
                        "reason": v["reason"], "judge": judge})
    return out, skipped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("verdicts", type=Path)
    ap.add_argument("--judge", required=True, help="the letter the rows are filed under")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "realnews")
    args = ap.parse_args()
    verdicts = [json.loads(line) for line in args.verdicts.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, skipped = training_rows(verdicts, args.articles, args.judge)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} of {len(verdicts)} verdicts written to {args.out} ({skipped} questions changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
