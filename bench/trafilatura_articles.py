"""Article files from trafilatura 0.8.2's saved web pages (held-out set 11: real English news nobody tuned on).

    pip download --no-deps --no-binary :all: trafilatura==0.8.2 -d /tmp/sd && tar xzf /tmp/sd/trafilatura-0.8.2.tar.gz -C /tmp/sd
    python3 -m venv /tmp/tv && /tmp/tv/bin/pip install trafilatura lxml_html_clean
    /tmp/tv/bin/python -P bench/trafilatura_articles.py  # -P: bench/queue.py is not the stdlib queue /tmp/sd/trafilatura-0.8.2/tests/cache OUT

The pages' main text and metadata come from trafilatura itself (a bench-only tool, not a Newsline dependency),
so the set tests the engine on real news the way a teacher's paste from a browser would look. The texts stay
out of the repo (the publishers' copyright).
"""
from __future__ import annotations

import argparse
from pathlib import Path

# the English news pages of the cache that carry a publication date (dw.com.uncork left out: its metadata
# date is six years after the one in its title)
SET_11 = ("reuters.com.parasite", "theguardian.com.academics", "vancouversun.com.microsoft",
          "salon.com.emissions", "scmp.com.playbook", "threatpost.com.android", "phys.org.tool",
          "nature.com.telescope", "dw.com.colonial", "vice.com.amazon", "knowtechie.com.rally",
          "boingboing.net.millenials", "nationalgeographic.co.uk.goats", "theverge.com.ios13",
          "wikimediafoundation.org.turkey")


def page_as_article(page: Path, source: str) -> str | None:
    """A saved web page as an article file (Title/Source/Published header, then the main text), or None
    without a date; `source` names the site when the page does not."""
    import trafilatura  # bench-only: installed in its own venv, see the docstring

    html = page.read_text(encoding="utf-8", errors="replace")
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not doc.date:
        return None
    return f"Title: {doc.title}\nSource: {doc.sitename or source}\nPublished: {doc.date[:10]}\n\n{doc.text.strip()}\n"


def article_file(cache: Path, name: str) -> str | None:
    """One page of the cache as an article file, or None without a date."""
    return page_as_article(cache / f"{name}.html", name.split(".")[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", type=Path, help="trafilatura-0.8.2/tests/cache")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in SET_11:
        text = article_file(args.cache, name)
        if text is None:
            print(f"skipped (no date): {name}")
            continue
        out = args.out / f"{name.replace('.', '_')}.txt"
        out.write_text(text, encoding="utf-8")
        print(out, len(text.split()))


if __name__ == "__main__":
    main()
