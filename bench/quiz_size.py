"""Quiz size and kinds per article of 300+ words (issue 12): `python bench/quiz_size.py DIR... [--json OUT]`."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# bench/ holds a queue.py that would hide the standard library's
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen import build_lesson  # noqa: E402
from quizgen.article import decode, parse_article, read_bytes  # noqa: E402

MIN_WORDS = 300


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--json")
    args = ap.parse_args()
    rows, full = [], []
    for d in args.dirs:
        for p in sorted(Path(d).glob("*.txt")):
            text = decode(read_bytes(str(p)))
            words = len(parse_article(text).body.split())
            if words < MIN_WORDS:
                continue
            lesson = _lesson_dict(text)
            ids = list(lesson["quiz"])
            qs = {q["id"]: q for q in lesson["questions"]}
            quiz = [qs[i] for i in ids if i in qs]
            kinds = Counter(q["type"] for q in quiz)
            rows.append((p.name, words, len(quiz), len(kinds), len(qs), dict(kinds)))
            full.append({"file": str(p), "words": words, "quiz": quiz, "bank": len(qs)})
            print(f"{p.name[:60]:60} {words:5} quiz={len(quiz):2} kinds={len(kinds)} bank={len(qs):3} "
                  f"{dict(kinds)}", flush=True)
    under6 = sum(1 for r in rows if r[2] < 6)
    under3 = sum(1 for r in rows if r[3] < 3)
    print(f"articles={len(rows)} under6={under6} under3kinds={under3} "
          f"mean_size={sum(r[2] for r in rows) / max(1, len(rows)):.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(full, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _lesson_dict(text: str) -> dict:
    from quizgen.__main__ import render
    return json.loads(render(build_lesson(text), "json"))


if __name__ == "__main__":
    sys.exit(main())
