"""Reading an article: the optional `Key: value` header, the title line, the body, limits."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .cleaning import SetAside, check_english, clean_body, line_kind, nothing_left_error, smooth_transcript
from .errors import ArticleError, DateError
from .mending import Mend, mend
from .possessive_marks import straighten_possessives
from .wordlists import words

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
    reading: str | None = None               # the body as the engine reads it: same length, set-aside parts blanked
    dateline: str | None = None              # the dateline's place, set aside from the body
    agency: str | None = None                # the agency tag of the dateline ("Reuters")
    set_aside: tuple[SetAside, ...] = ()     # bylines, captions, boilerplate: kept for the teacher to see
    published_from: str | None = None        # the line the publication date was read from, when not a header
    mended: tuple[Mend, ...] = ()            # run-together words split in the body ('Krooswas' -> 'Kroos was')


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
    fields, body = _split_header(text)
    title = fields.get("title") or None
    skip = 0
    if title is None:
        title, body, skip = _split_title(body)
    mended, mends = mend(body[skip:])    # run-together words split in the text itself: evidence shows them mended
    mended = straighten_possessives(mended)     # 'the Cubs’ third homer' keeps its apostrophe in every stem
    spoken, smoothed = smooth_transcript(mended)
    body = body[:skip] + spoken          # asides and hesitations go from the text itself: no sentence keeps "uh"
    cleaned = clean_body(body, skip=skip, title=title)
    set_aside = cleaned.set_aside + smoothed
    if set_aside and not any(c.isalnum() for c in cleaned.reading):
        raise nothing_left_error(set_aside)
    check_english(cleaned.reading)
    published = parse_date(fields.get("published") or fields.get("date"))
    published_from = None
    if published is None:
        published, published_from = _date_from_lines(set_aside)
    return Article(body=body, title=title, source=fields.get("source") or None,
                   published=published, url=fields.get("url") or None,
                   reading=cleaned.reading if cleaned.reading != body else None,
                   dateline=cleaned.dateline, agency=cleaned.agency, set_aside=set_aside,
                   published_from=published_from, mended=mends)


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """The `Key: value` header fields (lower-case keys) and the body after the blank line that ends them.

    Lines that look like a header but are not followed by a blank line are the body's: no fields."""
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
        return fields, "\n".join(lines[i + 1:])
    if fields and i == len(lines):
        return fields, ""
    return {}, text


# the first three letters of each month, January first: "Sept. 7", "7 June 2022" are read by them
_MONTHS = tuple(m[:3].lower() for m in words("month_names"))
_MONTH = "|".join(_MONTHS)
_DATE_LINE = re.compile(
    rf"(?P<month>{_MONTH})[a-z]*\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})[a-z]*\.?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d\d-\d\d)"
    r"|\b(?P<num_month>\d{1,2})/(?P<num_day>\d{1,2})[/ ]\s*(?P<num_year>\d{4})\b", re.I)
# the lines whose date is the page's own: a 'Published ...' line, a byline 'BY ANN LEE | SALEM | May 2, 2007'
_DATED_KINDS = ("timestamp", "byline")


def _date_from_lines(set_aside: tuple[SetAside, ...]) -> tuple[dt.date | None, str | None]:
    """A publication date from a 'Published June 3, 2022' line found above the story."""
    for item in set_aside:
        if item.kind not in _DATED_KINDS:
            continue
        m = _DATE_LINE.search(item.text)
        date = _line_date(m) if m else None
        if date is not None:
            return date, item.text
    return None, None


def _line_date(m: re.Match) -> dt.date | None:
    """The date a _DATE_LINE match writes; '03/28 2014' is month first as US pages write it, unless
    the first number cannot be a month."""
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("num_year"):
            first, second = int(m.group("num_month")), int(m.group("num_day"))
            month, day = (first, second) if first <= 12 else (second, first)
            return dt.date(int(m.group("num_year")), month, day)
        month = m.group("month") or m.group("month2")
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2")
        return dt.date(int(year), _MONTHS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None


def _split_title(body: str) -> tuple[str | None, str, int]:
    """The headline of a paste without a header, the body after it, and how much of it is not story.

    A headline on the first line is cut from the body (offsets count from the line after it). When
    a byline or a date line comes first, the headline is found below it and left in place: the
    engine does not read it (it is set aside) and offsets stay those of the text as pasted.
    """
    stripped = body.lstrip("\n")
    lead = len(body) - len(stripped)
    first, sep, rest = stripped.partition("\n")
    if line_kind(first.strip()) is None and _is_title(first, sep, rest):
        return first.strip(), rest.lstrip("\n"), 0
    above = 0
    offset = lead
    for line in stripped.split("\n"):
        kind = line_kind(line.strip()) if line.strip() else "blank"
        if kind is None:
            after = body[offset + len(line) + 1:]
            if above and _is_title(line, "\n", after):
                return line.strip(), body[lead:], offset - lead + len(line)
            break
        above += kind != "blank"
        offset += len(line) + 1
    return None, body[lead:], 0


def _is_title(line: str, sep: str, rest: str) -> bool:
    """A short line with no sentence-ending punctuation ('?' and '!' allowed) above more text."""
    line = line.strip()
    words = line.split()
    return bool(sep and rest.strip() and 1 <= len(words) <= 20 and len(line) <= 160
                and not re.search(r"[.:;,][\"”’)]*$", line)
                and (not re.search(r"[!?][\"”’)]*$", line) or len(words) <= 16))
