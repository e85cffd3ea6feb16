"""Judged true/false statements by how their subject opens (issue 12): `python bench/statement_subject_verdicts.py [-v]`.

The sentences long articles leave unasked mostly open with a bare description ('The country now
generates ...') or a pronoun; a generator of statements for them is worth writing only if judges keep
statements of that shape. Reads every judged file (bench/judgments, /work/shared/realnews/judgments),
one verdict per (article, prompt): the most common."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_FILES = [*sorted((BENCH / "judgments").glob("*.jsonl")), *sorted((BENCH / "judgments" / "unseen").glob("questions-set*.jsonl")),
          Path("/work/shared/realnews/judgments/judgments.jsonl")]
_POINTING = {"this", "that", "these", "those"}
_POSSESSIVE = {"its", "their", "his", "her"}


def subject_shape(prompt: str) -> str:
    """'bare description' (The + lower-case word), 'the + name', 'pointing', 'possessive' or 'other'."""
    words = prompt.split()
    first = words[0].lower() if words else ""
    if first == "the" and len(words) > 1:
        return "bare description" if words[1][:1].islower() else "the + name"
    return "pointing" if first in _POINTING else "possessive" if first in _POSSESSIVE else "other"


def statement_verdicts() -> dict[tuple[str, str], str]:
    """(article, prompt) -> most common verdict, for judged true/false statements."""
    seen: dict[tuple[str, str], list[str]] = {}
    for f in _FILES:
        if not f.exists():
            continue
        for line in f.read_text().splitlines():
            r = json.loads(line)
            kind = str(r.get("kind") or r.get("type") or "")
            if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject") and "rue" in kind:
                seen.setdefault((r["article"], r["prompt"]), []).append(r["verdict"])
    return {k: Counter(v).most_common(1)[0][0] for k, v in seen.items()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    table: dict[str, Counter] = {}
    for (_article, prompt), verdict in statement_verdicts().items():
        shape = subject_shape(prompt)
        table.setdefault(shape, Counter())[verdict] += 1
        if args.v and shape == "bare description":
            print(f"  {verdict:6} {prompt[:110]}")
    for shape, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"{shape:16} {n:5} keep {c['keep']:4} edit {c['edit']:4} reject {c['reject']:4}  keep {100 * c['keep'] / n:3.0f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
