"""Days an article writes beside a time zone ('8:15 p.m. Saturday EST', '2301 GMT on Friday', '1600 UTC on
December 3'). A writer who gives a clock time in another zone tells one happening on two days, one apart
('landed in China on Sunday' is 'Saturday EST'), so a day one off from such a day is no safe key or
falsehood: judged, 'emergency landing in China on Saturday' keyed False, 'Friday' as a wrong option beside
'2301 GMT on Friday' and 'December 3' as one beside '1600 UTC on December 3' were all called right too."""
from __future__ import annotations

import datetime as dt
import re

from .memo import per_article
from .timex.lexicon import TIMEZONES, WEEKDAYS
from .wordlists import word_set, words

_ZONES = sorted(set(TIMEZONES) | word_set("clock_zone_words"), key=len, reverse=True)
_MONTHS = [m.lower() for m in words("month_names")]
_MONTH_WORD = "|".join(words("month_names") + tuple(m.capitalize() for m in words("month_abbreviations")))
_WEEKDAY_WORD = "|".join(w.capitalize() for w in WEEKDAYS)
_DAY = rf"(?:(?P<wd>{_WEEKDAY_WORD})|(?P<mon>{_MONTH_WORD})\.?\s+(?P<dom>\d{{1,2}})\b)"
_ZONE = rf"(?-i:\b(?P<zone>{'|'.join(map(re.escape, _ZONES))})\b)"
# the day and the zone close together, with no sentence or bracket break between them
_GAP = r"[^.;()\n]{0,16}?"
_ZONED_DAYS = (re.compile(rf"\b{_DAY}{_GAP}{_ZONE}"), re.compile(rf"{_ZONE}{_GAP}\b{_DAY}"))
_ANSWER_DAY = re.compile(rf"^\s*(?:on\s+)?{_DAY}", re.I)


def reading_year(parsed) -> int:
    """The year a written date's weekday is read in: the article's publication year (any year, 2000,
    when it has none)."""
    published = getattr(getattr(parsed, "article", None), "published", None)
    return published.year if published is not None else 2000


def _day_of(m: re.Match) -> tuple[str, int] | tuple[str, int, int] | None:
    """('weekday', 1..7) or ('date', month, day) of a matched day."""
    if m.group("wd"):
        return ("weekday", WEEKDAYS[m.group("wd").lower()])
    month = _month_number(m.group("mon"))
    return ("date", month, int(m.group("dom"))) if month else None


def _month_number(word: str) -> int:
    low = word.lower().rstrip(".")
    return next((i + 1 for i, name in enumerate(_MONTHS) if name == low or name.startswith(low) and len(low) >= 3), 0)


def _of_clock(m: re.Match) -> bool:
    """The zone follows a clock figure ('2301 GMT', '8:15 p.m. Saturday EST') or the day itself: not a
    capital letter of some other kind ('Generation Z')."""
    before = m.string[max(0, m.start("zone") - 14):m.start("zone")]
    return any(c.isdigit() for c in before) or m.end("dom" if m.group("dom") else "wd") + 1 == m.start("zone")


@per_article
def zoned_days(text: str) -> tuple:
    """The days the text writes beside a time zone, as ('weekday', n) or ('date', month, day)."""
    found = []
    for pattern in _ZONED_DAYS:
        found += [day for day in map(_day_of, filter(_of_clock, pattern.finditer(text))) if day is not None]
    return tuple(found)


def _one_apart(a: tuple, b: tuple, year: int) -> bool:
    """Two days exactly one day apart (a weekday against a date by the date's weekday in `year`)."""
    if a[0] == "date" and b[0] == "date":
        try:
            return abs((dt.date(year, a[1], a[2]) - dt.date(year, b[1], b[2])).days) == 1
        except ValueError:
            return False
    wa = a[1] if a[0] == "weekday" else _weekday(a, year)
    wb = b[1] if b[0] == "weekday" else _weekday(b, year)
    return wa is not None and wb is not None and (wa - wb) % 7 in (1, 6)


def _weekday(day: tuple, year: int) -> int | None:
    try:
        return dt.date(year, day[1], day[2]).isoweekday()
    except ValueError:
        return None


def written_day(text: str) -> tuple | None:
    """The day a phrase opens with ('Saturday', 'on Sunday', 'December 4, 2024'), or None."""
    m = _ANSWER_DAY.match(text)
    return _day_of(m) if m is not None else None


def beside_zoned_day(text: str, day_text: str, year: int) -> bool:
    """The article writes, beside a time zone, a day one apart from the day `day_text` names: the
    happening may be told on that day too."""
    day = written_day(day_text)
    return day is not None and any(_one_apart(day, z, year) for z in zoned_days(text))


def zoned_neighbours(text: str, a: str, b: str, year: int) -> bool:
    """`a` and `b` name days one apart and the article writes a day beside a time zone: a statement
    swapping one for the other may hold in the other zone."""
    da, db = written_day(a), written_day(b)
    return da is not None and db is not None and _one_apart(da, db, year) and bool(zoned_days(text))
