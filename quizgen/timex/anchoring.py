"""Calendar points at a granularity, their TIMEX3 values, and arithmetic to anchor relative expressions."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

SEASON_ORDER = ("SP", "SU", "FA", "WI")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Point:
    """A calendar stretch: `day` is its first day; `gran` is day, month, year, quarter, half, week,
    weekend, season, decade or century; `part` is a TIMEX3 time suffix ('MO', '10:35', '03:53Z')."""

    day: dt.date
    gran: str
    season: str = ""
    part: str = ""

    @property
    def value(self) -> str:
        """The TIMEX3 value at this point's granularity: 2013-03-22, 2013-03, 2013-Q1, 2013-W12, 198, ..."""
        try:
            return _VALUE_OF[self.gran](self)
        except KeyError:
            raise ValueError(self.gran) from None


def _week_value(p: Point) -> str:
    y, w, _ = p.day.isocalendar()
    return f"{y:04d}-W{w:02d}" + ("-WE" if p.gran == "weekend" else "")


# One formatter a granularity: the value names the stretch that starts on `day`.
_VALUE_OF = {
    "day": lambda p: p.day.isoformat() + (f"T{p.part}" if p.part else ""),
    "month": lambda p: f"{p.day.year:04d}-{p.day.month:02d}",
    "year": lambda p: f"{p.day.year:04d}",
    "quarter": lambda p: f"{p.day.year:04d}-Q{(p.day.month - 1) // 3 + 1}",
    "half": lambda p: f"{p.day.year:04d}-H{(p.day.month - 1) // 6 + 1}",
    "week": _week_value,
    "weekend": _week_value,
    "season": lambda p: f"{p.day.year:04d}-{p.season}",
    "decade": lambda p: f"{p.day.year // 10:03d}",
    "century": lambda p: f"{p.day.year // 100:02d}",
}


def day(d: dt.date, part: str = "") -> Point:
    return Point(d, "day", part=part)


def month(y: int, m: int) -> Point:
    return Point(dt.date(y, m, 1), "month")


def year(y: int) -> Point:
    return Point(dt.date(y, 1, 1), "year")


def quarter(y: int, q: int) -> Point:
    return Point(dt.date(y, 3 * (q - 1) + 1, 1), "quarter")


def half(y: int, h: int) -> Point:
    return Point(dt.date(y, 6 * (h - 1) + 1, 1), "half")


def season(y: int, code: str) -> Point:
    return Point(dt.date(y, SEASON_START[code], 1), "season", season=code)


def week(d: dt.date, *, weekend: bool = False) -> Point:
    monday = d - dt.timedelta(days=d.weekday())
    return Point(monday, "weekend" if weekend else "week")


def decade(y: int) -> Point:
    return Point(dt.date(y - y % 10, 1, 1), "decade")


def century(y: int) -> Point:
    return Point(dt.date(y - y % 100, 1, 1), "century")


def add_months(d: dt.date, n: int) -> dt.date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    if not 1 <= y <= 9999:
        raise OverflowError(y)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift_date(d: dt.date, n: int, unit: str) -> dt.date:
    """`d` moved by n units (Y M W D Q DE CE WE FN, H/MIN count as days only when a day or more)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    if unit == "FN":
        return d + dt.timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "L": 12000}.get(unit)
    if months is None:
        raise ValueError(unit)
    return add_months(d, months * n)


_GRAN_OF_UNIT = {"Y": "year", "M": "month", "W": "week", "WE": "weekend", "D": "day", "Q": "quarter",
                 "DE": "decade", "CE": "century", "FN": "week"}


def shift(p: Point, n: int, unit: str, *, gran: str | None = None) -> Point:
    """`p` moved by n units, kept at its own granularity unless `gran` is given."""
    g = gran or p.gran
    d = shift_date(p.day, n, unit)
    return at(d, g, p.season)


def at(d: dt.date, gran: str, season_code: str = "") -> Point:
    """The stretch of granularity `gran` that contains day `d`."""
    if gran == "season":
        return season(d.year, season_code or season_of(d)[1])
    try:
        return _AT[gran](d)
    except KeyError:
        raise ValueError(gran) from None


_AT = {
    "day": day,
    "month": lambda d: month(d.year, d.month),
    "year": lambda d: year(d.year),
    "quarter": lambda d: quarter(d.year, (d.month - 1) // 3 + 1),
    "half": lambda d: half(d.year, (d.month - 1) // 6 + 1),
    "week": week,
    "weekend": lambda d: week(d, weekend=True),
    "decade": lambda d: decade(d.year),
    "century": lambda d: century(d.year),
}


def gran_of_unit(unit: str) -> str:
    return _GRAN_OF_UNIT.get(unit, "day")


def season_of(d: dt.date) -> tuple[int, str]:
    """(year, code) of the season containing `d`; winter belongs to the year it starts in."""
    m = d.month
    if m in (12,):
        return d.year, "WI"
    if m in (1, 2):
        return d.year - 1, "WI"
    return d.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[m - 3]


def nth_weekday(y: int, m: int, weekday: int, n: int) -> dt.date:
    """The n-th (or last, n=-1) ISO weekday (1=Monday) of month m in year y."""
    if n > 0:
        first = dt.date(y, m, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(y, m, calendar.monthrange(y, m)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    mon = (h + ll - 7 * m + 114) // 31
    return dt.date(y, mon, (h + ll - 7 * m + 114) % 31 + 1)


def with_part(p: Point, part: str) -> Point:
    return replace(p, part=part)
