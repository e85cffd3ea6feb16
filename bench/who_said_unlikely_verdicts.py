"""Judged who-said rows whose options hold a person the engine now finds unlikely as a speaker (distant past, maker of
a work), with their verdicts. Run: .venv/bin/python -m bench.who_said_unlikely_verdicts [DIRS file]."""
from __future__ import annotations

import collections
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, ".")

from quizgen import parse_article  # noqa: E402
from quizgen.lexicon import key  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions.context import make_context  # noqa: E402
from quizgen.questions.unlikely_speakers import unlikely_speakers  # noqa: E402

WHO = ("who_said", "Who said it")


def judged_rows() -> dict[str, list[dict]]:
    """Judged who-said rows that show their options, by article."""
    out: dict[str, list[dict]] = collections.defaultdict(list)
    for f in glob.glob("bench/judgments/**/*.jsonl", recursive=True):
        for line in open(f, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            if (r.get("type") in WHO or r.get("kind") in WHO) and r.get("choices"):
                out[r["article"]].append(r)
    return out


def unlikely_names(path: Path) -> set[str]:
    """Keys of every name of the people the engine finds unlikely as speakers in one article."""
    ctx = make_context(analyse(parse_article(path.read_text(encoding="utf-8"))))
    bad = unlikely_speakers(ctx)
    return {key(n) for m in ctx.index.mentions if m.canon in bad for n in (m.text, m.full)}


def main(dirs_file: str) -> None:
    rows = judged_rows()
    tally: collections.Counter = collections.Counter()
    for d in Path(dirs_file).read_text().split():
        for f in sorted(Path(d).glob("*.txt")):
            if f.stem not in rows:
                continue
            names = unlikely_names(f)
            for r in rows[f.stem]:
                hit = [c for c in r["choices"] if c != r["answer"] and key(c) in names]
                if hit:
                    tally[r["verdict"]] += 1
                    print(f.stem, r["verdict"], r.get("rule"), hit, "|", r.get("reason", "")[:120])
    bad = tally["edit"] + tally["reject"]
    print(dict(tally), f"bad {bad}/{sum(tally.values())}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/_brief/DIRS")
