"""Benchmark the temporal tagger: time per 1,000 words on 1x, 4x and 16x copies of a real article.

    .venv/bin/python bench/timex.py [--repeat 3] [--article PATH]

The article is tagged with and without a ready spaCy parse (the tagger parses by itself when it
needs tense), so the cost of the patterns and of the parse can be told apart. Flat ms per
1,000 words across 1x, 4x and 16x means the tagger is linear in the length of the text.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
# bench/queue.py must not shadow the standard library's queue module when a script here runs
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_ARTICLE = ROOT / "seeds" / "xi-putin-call-2022.txt"

from bench.generate import median_ms  # noqa: E402  (one timer for every benchmark; needs ROOT on the path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    args = parser.parse_args()

    from quizgen import find_times
    from quizgen.article import parse_article
    from quizgen.nlp import load, parse

    t0 = time.perf_counter()
    load()
    print(f"model load: {(time.perf_counter() - t0) * 1000:.0f} ms")
    article = parse_article(args.article.read_text(encoding="utf-8"))
    published = article.published
    print(f"article: {args.article.name} ({len(article.body.split())} words), published {published}")
    print(f"{'copies':>6} {'words':>7} {'times':>6} {'tagger ms':>10} {'ms/1k w':>8} "
          f"{'+parse ms':>10} {'ms/1k w':>8}")
    for copies in (1, 4, 16):
        text = "\n\n".join([article.body] * copies)
        words = len(text.split())
        doc = parse(text)
        found = find_times(text, published=published, doc=doc)
        tag_ms = median_ms(lambda: find_times(text, published=published, doc=doc), args.repeat)
        full_ms = median_ms(lambda: find_times(text, published=published), args.repeat)
        print(f"{copies:>6} {words:>7} {len(found):>6} {tag_ms:>10.1f} {tag_ms * 1000 / words:>8.2f} "
              f"{full_ms:>10.1f} {full_ms * 1000 / words:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
