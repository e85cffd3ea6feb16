"""Count timeline labels that open with a subject nobody can resolve ('Such groups', 'Those withdrawals',
'their offer', 'he', 'the company') over folders of article files (issue 11).

    .venv/bin/python bench/label_subjects.py [--dump labels.json] DIR ...

Prints each such label and the totals; --dump writes every article's (date, label) pairs, to diff two
versions of the engine. With no DIR: the dev set, the real-news set and the released set 6-8 articles.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DIRS = [ROOT.parent / "shared" / "devset", ROOT.parent / "shared" / "realnews",
                *sorted((ROOT / "bench" / "judgments" / "unseen").glob("set*-articles"))]
UNRESOLVED = re.compile(
    r"^(?:(?:such|these|those|this|that)\s+\w+|(?:their|its|his|her|our)\s+\w+|(?:he|she|it|they|we)\b"
    r"|the\s+(?:company|group|firm|president|man|woman|official|agency|government|spokesman|concern)\b"
    r"|(?:one|some|many|most|all|both|none)\s+of\s+(?:the|them|their|its|his)\b)", re.I)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    from quizgen.article import read_article
    from quizgen.pipeline import analyse
    found: dict[str, list[tuple[str, str]]] = {}
    bad = 0
    for folder in args.dirs or DEFAULT_DIRS:
        for path in sorted(folder.glob("*.txt")):
            events = analyse(read_article(path)).events
            found[str(path)] = [(e.date.isoformat(), e.label) for e in events]
            for date, label in found[str(path)]:
                if UNRESOLVED.match(label):
                    bad += 1
                    print(f"{path.name}: {date} | {label}")
    print(f"articles {len(found)}  labels {sum(map(len, found.values()))}  unresolved subjects {bad}")
    if args.dump:
        args.dump.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
