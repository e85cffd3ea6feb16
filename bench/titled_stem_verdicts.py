"""Judged question stems with a bare 'the judge', 'the secretary' that quizgen.fuller.titled_person
names (the one person the article gave that title), with their verdicts: how often judges found such a
stem bad, and what it would read as.

    .venv/bin/python -P bench/titled_stem_verdicts.py [-v]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))

from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.fuller import titled_person  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions.references import _bare_title  # noqa: E402
from stem_definite_verdicts import _article, judged_question_files, norm  # noqa: E402

_THE = re.compile(r"\bthe (\w+)\b", re.I)


def _sentence_of(parsed, prompt: str):
    """The article sentence sharing most words with the prompt."""
    words = set(norm(prompt).split())
    return max(parsed.spans, key=lambda s: len(words & set(norm(s.text).split())), default=None)


def _named(parsed, prompt: str) -> list[tuple[str, str]]:
    sent = _sentence_of(parsed, prompt)
    if sent is None:
        return []
    out = []
    for det in sent:
        head = det.head
        if _bare_title(det) and re.search(rf"\bthe {re.escape(head.text)}\b", prompt, re.I):
            name = titled_person(head)
            if name is not None and name.split()[-1] not in prompt:
                out.append((f"the {head.text}", name))
    return out


def _rows() -> list[dict]:
    """Every judged question with a prompt and a verdict, statements too (a stem is a stem)."""
    files = judged_question_files()
    rows = [json.loads(line) for f in files for line in f.read_text().splitlines()]
    return [r for r in rows if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject")
            and not str(r.get("kind", "")).startswith("Who said")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    from article_folders import Folders     # noqa: PLC0415
    folders = Folders()
    by_article: dict[str, list[dict]] = {}
    for r in _rows():
        if _THE.search(r["prompt"]):
            by_article.setdefault(r["article"], []).append(r)
    out, rules = Counter(), Counter()
    for name, rows in sorted(by_article.items()):
        path = _article(name, folders)
        if path is None:
            continue
        parsed = analyse(parse_article(decode(read_bytes(str(path)))))
        for r in rows:
            found = _named(parsed, r["prompt"])
            if found:
                out[r["verdict"]] += 1
                rules[(r["verdict"], r.get("rule"))] += 1
                if args.v:
                    print(f"{r['verdict']:6} r{r.get('rule')} {found} {r['prompt'][:150]}  [{name}] {r.get('reason', '')[:120]}")
    n = sum(out.values())
    print(f"judged stems named: {n}: keep {out['keep']} edit {out['edit']} reject {out['reject']} -> bad "
          f"{(out['edit'] + out['reject']) / max(n, 1):.1%}; by rule {dict(rules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
