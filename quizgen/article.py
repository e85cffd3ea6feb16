"""Reading an article: the optional `Key: value` header, the title line, the body, limits."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError, DateError

MAX_BYTES = 200_000          # ~30,000 words: far beyond any news article
_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z-]*):[ \t]*(.*)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER_KEYS = {"title", "source", "published", "url", "author", "date"}


@dataclass(frozen=True)
class Article:
    """An article split into its header fields and its body (offsets are into `body`)."""

    body: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Turn 'YYYY-MM-DD' (or a date) into a date; raise DateError with a readable message."""
    if value is None or isinstance(value, dt.date):
        return value
    value = str(value).strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise DateError(f"'{value}' is not a publication date: use the form YYYY-MM-DD, "
                        f"for example 2022-06-16.") from e


def decode(data: bytes) -> str:
    """Bytes of an uploaded or read file as text; UTF-8 only, with a clear message otherwise."""
    check_size(len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(f"The file is not UTF-8 text (bad byte at position {e.start}). "
                           "Save it as UTF-8 plain text and try again.") from e
    return text.removeprefix("\ufeff")


def check_size(n_bytes: int) -> None:
    if n_bytes > MAX_BYTES:
        raise ArticleError(f"The article is too long: {n_bytes / 1000:,.0f} KB, and the limit is "
                           f"{MAX_BYTES // 1000} KB (about 30,000 words). Paste one article at a time.")


def read_article(path: str | Path) -> Article:
    """Read an article file (UTF-8, optional header) from disk."""
    return parse_article(decode(read_bytes(path)))


def read_bytes(path: str | Path) -> bytes:
    """The bytes of an article file, refused with a readable message when missing or too large."""
    p = Path(path)
    try:
        check_size(p.stat().st_size)
        return p.read_bytes()
    except FileNotFoundError as e:
        raise ArticleError(f"No such file: {p}") from e
    except IsADirectoryError as e:
        raise ArticleError(f"{p} is a folder, not an article file") from e
    except OSError as e:
        raise ArticleError(f"Cannot read {p}: {e.strerror}") from e


def parse_article(text: str) -> Article:
    """Split text into header fields and body.

    With a header (`Title:`, `Source:`, `Published:` lines, then a blank line) the body is what
    follows, verbatim. Without one, a short first line with no closing punctuation followed by
    a line break is taken as the title and left out of the body.
    """
    check_size(len(text.encode("utf-8")))
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    text = _CONTROL.sub("", text)     # NUL and other control bytes never belong to an article
    lines = text.split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m or m.group(1).lower() not in _HEADER_KEYS:
            break
        fields[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if fields and i < len(lines) and not lines[i].strip():
        body = "\n".join(lines[i + 1:])
    elif fields and i == len(lines):
        body = ""
    else:
        fields = {}
        body = text
    title = fields.get("title") or None
    if title is None:
        title, body = _split_title(body)
    published = parse_date(fields.get("published") or fields.get("date"))
    return Article(body=body, title=title, source=fields.get("source") or None,
                   published=published, url=fields.get("url") or None)


def _split_title(body: str) -> tuple[str | None, str]:
    stripped = body.lstrip("\n")
    lead = len(body) - len(stripped)
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    words = line.split()
    if (sep and rest.strip() and 1 <= len(words) <= 20 and len(line) <= 160
            and not re.search(r"[.!?:;,][\"”’)]*$", line)):
        # Keep the body's offsets meaningful: drop the title line and the blank lines after it.
        remainder = rest.lstrip("\n")
        return line, remainder
    return None, body[lead:] if lead else body
