"""find_times: candidates -> normalised TIMEX3 values, in text order, each anchored on what came before."""
from __future__ import annotations

import datetime as dt
import re

from . import anchoring as a
from .candidates import find_candidates
from .lexicon import WEEKDAYS
from .model import Timex
from .normalise import Context, Result, normalise
from .tense import tense_at

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|till|until|and|or)\s*$", re.I)
_OPEN_PAREN = re.compile(r"\s*[(\[,]\s*$")


def find_times(text: str, *, published: str | dt.date | None = None, doc=None) -> list[Timex]:
    """Every temporal expression in `text` with TIMEX3 type and value, anchored on `published`.

    `doc` is an optional spaCy parse of exactly `text` (used for tense); without it the text is
    parsed when a weekday or a yearless date needs its tense.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    dct = _as_date(published)
    paragraphs: dict[int, object] = {}

    def tense(start: int, end: int) -> str | None:
        if doc is not None:
            return tense_at(doc, start, end)
        # Parse only the paragraph that needs a tense: most of a long article never does.
        a = text.rfind("\n\n", 0, start)
        a = 0 if a < 0 else a + 2
        b = text.find("\n\n", end)
        b = len(text) if b < 0 else b
        if a not in paragraphs:
            from ..nlp import load
            paragraphs[a] = load()(text[a:b])
        return tense_at(paragraphs[a], start - a, end - a)

    ctx = Context(dct=dct, tense=tense, text=text)
    results: list[Result] = []
    explicit_years: list[int] = []
    for cand in find_candidates(text):
        if ctx.frame_year is not None and explicit_years and cand.rule in ("year", "month_year"):
            ctx.frame_year = None            # an explicit year ends a retrospective frame
        for r in normalise(cand, ctx, text):
            prev = results[-1] if results else None
            if prev is not None:
                _join_range(prev, r, text)
                _join_parenthesised_time(prev, r, text, cand)
            results.append(r)
            if r.point is not None and r.type in ("DATE", "TIME") and r.remember:
                ctx.remember(r.point)
                if r.explicit_year and r.rule in ("year", "month_year", "month_day", "day_month", "iso", "slash"):
                    explicit_years.append(r.point.day.year)
    for prev, nxt in zip(results, results[1:]):
        _backfill_range_year(prev, nxt, text)
    return [Timex(r.start, r.end, text[r.start:r.end], r.type, r.value, r.mod) for r in results]


def _as_date(published) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    from ..article import parse_date
    return parse_date(str(published))


def _joined(prev: Result, r: Result, text: str) -> bool:
    return prev.end <= r.start and r.start - prev.end <= 12 and bool(_RANGE_JOIN.fullmatch(
        " " + text[prev.end:r.start]) or re.fullmatch(r"\s*(?:-|–|—)\s*", text[prev.end:r.start]))


def _join_range(prev: Result, r: Result, text: str) -> None:
    """'May 27 - June 2': a yearless end takes the start's year, or the next one if it would come first."""
    if r.explicit_year or r.point is None or prev.point is None or r.type != "DATE":
        return
    if r.point.gran not in ("day", "month") or prev.point.gran not in ("day", "month") or not _joined(prev, r, text):
        return
    _set_year(r, prev.point.day.year)
    if r.point.day < prev.point.day:
        _set_year(r, prev.point.day.year + 1)


def _backfill_range_year(prev: Result, nxt: Result, text: str) -> None:
    """'May 27 - June 2, 2013': a yearless start takes the end's year (or the one before)."""
    if prev.explicit_year or not nxt.explicit_year or prev.point is None or nxt.point is None:
        return
    if prev.point.gran not in ("day", "month") or nxt.point.gran not in ("day", "month") or not _joined(prev, nxt, text):
        return
    _set_year(prev, nxt.point.day.year)
    if prev.point.day > nxt.point.day:
        _set_year(prev, nxt.point.day.year - 1)


def _set_year(r: Result, y: int) -> None:
    p = r.point
    try:
        r.point = a.Point(p.day.replace(year=y), p.gran, p.season, p.part)
    except ValueError:
        return
    r.value = r.point.value


def _join_parenthesised_time(prev: Result, r: Result, text: str, cand) -> None:
    """'10:53 pm (0353 GMT Monday)': the bracketed time is the same moment, so its day is next to prev's."""
    if r.type != "TIME" or prev.type != "TIME" or prev.point is None or r.point is None:
        return
    if not _OPEN_PAREN.fullmatch(text[prev.end:r.start]) or prev.point.gran != "day":
        return
    base = prev.point.day
    try:
        wd = cand.match.group("day")
        if cand.match.group("md"):
            return                          # an explicit date in the brackets stands
    except IndexError:
        wd = None
    if wd and wd.lower() in WEEKDAYS and not prev.explicit_year:
        # "at 4 in the morning (4 a.m. EDT Thursday)": only the brackets name the day, so both take it.
        ph, rh = int(prev.point.part[:2] or 0), int(r.point.part[:2] or 0)
        shift = -1 if rh + 12 < ph else 1 if ph + 12 < rh else 0   # another zone can be another day
        prev.point = a.day(r.point.day + dt.timedelta(days=shift), prev.point.part)
        prev.value = prev.point.value
        return
    options = [base + dt.timedelta(days=k) for k in (0, 1, -1)]
    if wd and wd.lower() in WEEKDAYS:
        chosen = next((d for d in options if d.isoweekday() == WEEKDAYS[wd.lower()]), None)
    else:
        ph, rh = int(prev.point.part[:2] or 0), int(r.point.part[:2] or 0)
        chosen = base + dt.timedelta(days=1 if rh + 12 < ph else -1 if ph + 12 < rh else 0)
    if chosen is not None:
        r.point = a.day(chosen, r.point.part)
        r.value = r.point.value
