"""What a change to the question rules does to the banks: questions removed, added or changed, and
the default quiz sizes, between two dumps made before and after the change.

    .venv/bin/python bench/bank_diff.py dump OUT.jsonl ARTICLE.txt ...   # one line per bank question
    .venv/bin/python bench/bank_diff.py compare BEFORE.jsonl AFTER.jsonl [--min-words 300] [-v]

A question is "changed" when the same sentence and kind keep a question whose prompt or options
differ (a false statement with another swap, other distractors); "removed" when no question of that
sentence and kind is left. Quiz sizes are counted on articles of at least --min-words words.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quizgen  # noqa: E402


def _rows(path: Path) -> list[dict]:
    lesson = quizgen.build_lesson(path.read_text(encoding="utf-8"))
    quiz, words = set(lesson.quiz), len(lesson.text.split())
    return [dict(article=path.stem, words=words, id=q.id, type=q.type, sentence=q.sentence_id, prompt=q.prompt,
                 answer=q.answer, choices=q.choices, in_quiz=q.id in quiz) for q in lesson.questions]


def dump(out: Path, articles: list[Path]) -> None:
    with ProcessPoolExecutor(2) as ex, out.open("w", encoding="utf-8") as f:
        for rows in ex.map(_rows, articles):
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[tuple, list[dict]]:
    out: dict[tuple, list[dict]] = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        out[(r["article"], r.get("sentence"), r["type"])].append(r)
    return out


def _text(r: dict) -> str:
    return f"{r['prompt']} | {r['answer']} | {r['choices']}"


def compare(before: Path, after: Path, min_words: int, verbose: bool) -> None:
    a, b = _load(before), _load(after)
    removed, added, changed = [], [], []
    for k in sorted(set(a) | set(b), key=str):
        old, new = {_text(r) for r in a.get(k, [])}, {_text(r) for r in b.get(k, [])}
        if old == new:
            continue
        if not new:
            removed.extend(sorted(old))
        elif not old:
            added.extend(sorted(new))
        else:
            changed.extend(f"{x}\n      -> {y}" for x, y in zip(sorted(old - new), sorted(new - old)))
    print(f"bank questions before {sum(map(len, a.values()))}, after {sum(map(len, b.values()))}: "
          f"removed {len(removed)}, added {len(added)}, changed {len(changed)}")
    for name, items in (("removed", removed), ("added", added), ("changed", changed)):
        for x in items[: None if verbose else 8]:
            print(f"  {name}: {x}")
    for label, d in (("before", a), ("after", b)):
        sizes = defaultdict(int)
        for rows in d.values():
            for r in rows:
                if r["words"] >= min_words:
                    sizes[r["article"]] += r["in_quiz"]
        print(f"default quiz questions on {len(sizes)} articles of {min_words}+ words, {label}: {sum(sizes.values())}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("articles", type=Path, nargs="+")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--min-words", type=int, default=300)
    c.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.articles)
    else:
        compare(args.before, args.after, args.min_words, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
