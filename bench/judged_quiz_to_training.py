"""Turn verdicts on default quizzes (one line per quiz position `n`) or whole banks (with `id`) into ranker training rows.

    .venv/bin/python bench/judged_quiz_to_training.py bench/judgments/realnews-after/questions.jsonl \
        --judge E --out bench/judgments/realnews-e.jsonl [--folder realnews] [--articles ../shared/realnews]

`--folder` names where the articles are (bench/article_folders.py: realnews, te3, set10-set12, or a folder
under bench/judgments such as unseen/set6-articles); each row written keeps that name.

A quiz verdict names the question by its place in the quiz and its prompt, not by id; this script
rebuilds each article's lesson with the engine as it is now, takes the question at that place and
keeps the row only when the prompt is still the one judged (so the id, type, choices and evidence
written out are the ones the teacher saw). Rows whose question changed, or whose verdict names no
prompt (the oldest files), are counted and skipped.
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
sys.path.append(str(Path(__file__).resolve().parent))     # last, after the standard library

from article_folders import Folders  # noqa: E402

import quizgen  # noqa: E402
from quizgen import lesson_from_article  # noqa: E402


def _plain(text: str) -> str:
    """Prompts compared without spacing and quote-style differences."""
    return re.sub(r"\s+", " ", re.sub(r"[“”‘’\"']", "", text)).strip().lower()


def judged_question(verdict: dict, lesson) -> tuple[int, object] | None:
    """(bank place, question) the verdict judged: the question at its quiz place when the prompt is
    still the one judged, else the bank's question with that prompt (the quiz around it changed),
    with the judged answer when the verdict gives one."""
    n = verdict["n"]
    # whole-bank verdicts name the question's id (their answers may carry the accepted variants)
    named = [(i, q) for i, q in enumerate(lesson.questions)
             if q.id == verdict.get("id") and _plain(q.prompt) == _plain(verdict["prompt"])]
    if named:
        return named[0]
    placed = lesson.quiz[n - 1] if 0 < n <= len(lesson.quiz) else None
    same = [(i, q) for i, q in enumerate(lesson.questions) if _plain(q.prompt) == _plain(verdict["prompt"])
            and ("answer" not in verdict or _plain(str(q.answer)) == _plain(str(verdict["answer"])))]
    return min(same, key=lambda hit: hit[1].id != placed, default=None)


def training_rows(verdicts: list[dict], folders: Folders, judge: str, folder: str = "realnews"
                  ) -> tuple[list[dict], int]:
    """The verdicts in the format of bench/judgments/README.md, and how many no longer match."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for v in verdicts:
        by_article[v["article"]].append(v)
    out, skipped = [], 0
    for name in sorted(by_article):
        path = folders.path(folder, name)
        if path is None or not all(v.get("prompt") for v in by_article[name]):
            skipped += len(by_article[name])
            print(f"  {name}: {'no article file' if path is None else 'verdicts without prompts'}", file=sys.stderr)
            continue
        lesson = lesson_from_article(quizgen.read_article(path))
        for v in sorted(by_article[name], key=lambda v: v["n"]):
            hit = judged_question(v, lesson)
            if hit is None:
                skipped += 1
                print(f"  {name} Q{v['n']}: the engine no longer makes this question", file=sys.stderr)
                continue
            out.append(_row(name, v, hit, lesson) | {"judge": judge, "folder": folder})
    return out, skipped


def _row(name: str, verdict: dict, hit: tuple[int, object], lesson) -> dict:
    """One training row: the question as the engine makes it now, with the teacher's verdict."""
    rank, q = hit
    evidence = next((s.text for s in lesson.sentences if s.id == q.sentence_id), "")
    return {"article": name, "question_id": q.id, "type": q.type, "prompt": q.prompt,
            "choices": q.choices, "answer": q.answer, "sentence_id": q.sentence_id,
            "evidence": evidence, "in_quiz": q.id in lesson.quiz, "rank": rank + 1,
            "score": q.score, "verdict": verdict["verdict"], "rule": verdict["rule"] or 0,
            "reason": verdict["reason"]} | ({"whole_bank": True} if verdict.get("id") else {})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("verdicts", type=Path)
    ap.add_argument("--judge", required=True, help="the letter the rows are filed under")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--folder", default="realnews", help="where the articles are (bench/article_folders.py)")
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "realnews",
                    help="the realnews folder")
    ap.add_argument("--no-evidence", action="store_true",
                    help="leave the evidence sentences out (articles whose text may not be stored, set 10)")
    args = ap.parse_args()
    verdicts = [json.loads(line) for line in args.verdicts.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, skipped = training_rows(verdicts, Folders(args.articles), args.judge, args.folder)
    for row in rows if args.no_evidence else ():
        row["evidence"] = ""
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} of {len(verdicts)} verdicts written to {args.out} ({skipped} questions changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
