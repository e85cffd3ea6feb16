"""Folders for independent judges: the article, its `--format text` quiz and its timeline listing.

Usage: python bench/judge_kit.py ARTICLES_DIR OUT [--judging ../shared/JUDGING.md]
Each judge gets OUT/<kind>-<n>/ with only what JUDGING.md asks them to read; never the code.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quizgen.model import format_date  # noqa: E402


def _build(article: Path, fmt: str) -> str:
    out = subprocess.run([sys.executable, "-m", "quizgen", "build", str(article), "--format", fmt],
                         capture_output=True, text=True, timeout=600)
    if out.returncode:
        raise SystemExit(f"{article.name}: {out.stderr.strip()[-400:]}")
    return out.stdout


def timeline_listing(lesson: dict) -> str:
    """The events as a teacher sees them: label, date, precision, the words the date came from."""
    sentences = {s["id"] if "id" in s else i: s for i, s in enumerate(lesson["sentences"])}
    lines = [f"Timeline of: {lesson.get('title', '')}", ""]
    if not lesson["events"]:
        lines.append("(no events)")
    for n, e in enumerate(lesson["events"], 1):
        when = e["date"] + (f" to {e['date_end']}" if e.get("date_end") else "")
        planned = " [planned]" if e.get("future") else ""
        sent = sentences.get(e["sentence_id"], {}).get("text", "")
        lines += [f"{n}. {e['label']}",
                  f"   date: {when}, {e['precision']}{planned} (written: \"{e['time_text']}\")"
                  f" = {_as_read(e)}",
                  f"   from the sentence: {sent}", ""]
    return "\n".join(lines)


def _as_read(e: dict) -> str:
    """The date as the app shows it ('2015 to 2016' for a span of years, not '2016-01-01' as its end)."""
    def one(iso: str) -> str:
        return format_date(dt.date.fromisoformat(iso), e["precision"])
    return one(e["date"]) + (f" to {one(e['date_end'])}" if e.get("date_end") else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("articles", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--judging", type=Path, default=Path("../shared/JUDGING.md"))
    ap.add_argument("--per-judge", type=int, default=5, help="articles per judge folder")
    args = ap.parse_args()
    articles = sorted(args.articles.glob("*.txt"))
    for kind in ("quiz", "timeline"):
        for start in range(0, len(articles), args.per_judge):
            folder = args.out / f"{kind}-{start // args.per_judge + 1}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(args.judging, folder / "JUDGING.md")
            for art in articles[start:start + args.per_judge]:
                shutil.copy(art, folder / art.name)
                if kind == "quiz":
                    text = _build(art, "text")
                else:
                    text = timeline_listing(json.loads(_build(art, "json")))
                (folder / f"{art.stem}.{kind}.txt").write_text(text, encoding="utf-8")
            print(folder, flush=True)


if __name__ == "__main__":
    main()
