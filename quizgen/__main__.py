"""Command line: `python -m quizgen build ARTICLE [--published YYYY-MM-DD] [--format json|text|...]`,
`python -m quizgen times ARTICLE [--published D] [--format json|timeml]` (the temporal tagger alone)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import build_lesson
from .article import decode, parse_date, read_bytes
from .errors import QuizgenError
from .export import EXPORT_FORMATS

FORMATS = ("json", "text", *EXPORT_FORMATS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quizgen",
                                     description="Turn a news article into a timeline and a quiz.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a lesson from an article file ('-' reads standard input)")
    b.add_argument("article", help="article file: UTF-8 text, optional Title/Source/Published header")
    b.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's header)")
    b.add_argument("--title", help="title (overrides the header or first line)")
    b.add_argument("--source", help="source (overrides the header)")
    b.add_argument("--format", choices=FORMATS, default="json", help="output format (default json)")
    b.add_argument("--quiz-size", type=int, default=10, help="questions in the default quiz")
    b.add_argument("-o", "--output", help="write here instead of standard output")
    t = sub.add_parser("times", help="tag the temporal expressions of an article (TIMEX3 types and values)")
    t.add_argument("article", help="article file: UTF-8 text, optional Title/Source/Published header ('-' reads stdin)")
    t.add_argument("--published", help="publication date YYYY-MM-DD that anchors relative dates (overrides the header)")
    t.add_argument("--format", choices=("json", "timeml"), default="json", help="output format (default json)")
    t.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args(argv)
    if args.command == "times":
        return _times(args)
    try:
        published = parse_date(args.published) if args.published is not None else None
        raw = sys.stdin.buffer.read() if args.article == "-" else read_bytes(args.article)
        lesson = build_lesson(decode(raw), title=args.title, published=published,
                              source=args.source, quiz_size=args.quiz_size)
        out = render(lesson, args.format)
    except QuizgenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.output:
        Path(args.output).write_bytes(out if isinstance(out, bytes) else out.encode("utf-8"))
    elif isinstance(out, bytes):
        sys.stdout.buffer.write(out)
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    for msg in lesson.messages:
        print(f"note: {msg}", file=sys.stderr)
    return 0


def _times(args) -> int:
    """The `times` sub-command: offsets are into the article body (after any header)."""
    from .article import parse_article
    from .timex import find_times, to_timeml
    try:
        published = parse_date(args.published) if args.published is not None else None
        raw = sys.stdin.buffer.read() if args.article == "-" else read_bytes(args.article)
        article = parse_article(decode(raw))
        published = published or article.published
        times = find_times(article.body, published=published)
    except QuizgenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.format == "timeml":
        out = to_timeml(article.body, times, published=published)
    else:
        out = json.dumps({"published": published.isoformat() if published else None,
                          "times": [t.to_dict() for t in times]}, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    if published is None:
        print("note: no publication date: relative dates are left underspecified", file=sys.stderr)
    return 0


def render(lesson, fmt: str) -> str | bytes:
    """The lesson in one of FORMATS."""
    if fmt == "json":
        return json.dumps(lesson.to_dict(), ensure_ascii=False, indent=1)
    if fmt == "text":
        from .review import render_text
        return render_text(lesson)
    from .export import export_lesson
    return export_lesson(lesson, fmt)


if __name__ == "__main__":
    sys.exit(main())
