"""find_times: candidates -> normalised TIMEX3 values, in text order, each anchored on what came before."""
from __future__ import annotations

import datetime as dt
import re

from . import anchoring as a
from .candidates import find_candidates
from .lexicon import DAY_PARTS, MONTHS, WEEKDAYS, alternation, word_list
from .model import Timex
from .normalise import FRAME_REACH, Context, Result, normalise
from .tense import dates_a_noun, tense_at, times_main_clause

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|till|until|and|or)\s*$", re.I)
# 'postponed from Tuesday to Friday', 'moved back from May 3 to June 1': the happening moves to the second date
_MOVED_FROM = re.compile(rf"\b{alternation(word_list('rescheduling_verbs'))}\b(?:\s+[\w'’-]+){{0,4}}?\s+from\s+$",
                         re.I)
_OPEN_PAREN = re.compile(r"\s*(?:local\s+time\s*)?[(\[,]\s*$")


def find_times(text: str, *, published: str | dt.date | None = None, doc=None,
               calendar: bool = False) -> list[Timex]:
    """Every temporal expression in `text` with TIMEX3 type and value, anchored on `published`.

    `doc` is an optional spaCy parse of exactly `text` (used for tense); without it the text is
    parsed when a weekday or a yearless date needs its tense. With `calendar`, a fiscal quarter is
    valued as the calendar quarter it falls in (a timeline's need), not as named (TimeML's).
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    ctx = Context(dct=_as_date(published), tense=_Tenses(text, doc), text=text)
    results = _resolve_all(text, ctx)
    for prev, nxt in zip(results, results[1:]):
        _backfill_range_year(prev, nxt, text)
        _anchored_on_next(prev, nxt, text)
        _day_part_of_next(prev, nxt, text)
    return [Timex(r.start, r.end, text[r.start:r.end], r.type if calendar else r.named_type or r.type,
                  r.value if calendar else r.named or r.value, r.mod) for r in results]


class _Tenses:
    """The tense at a span: from `doc` when given, else from a parse of just that paragraph (cached)."""

    def __init__(self, text: str, doc=None) -> None:
        self.text, self.doc = text, doc
        self.paragraphs: dict[int, object] = {}

    def __call__(self, start: int, end: int) -> str | None:
        return self._ask(tense_at, start, end)

    def dates_a_noun(self, start: int, end: int) -> bool:
        return self._ask(dates_a_noun, start, end)

    def times_main_clause(self, start: int, end: int) -> bool:
        return self._ask(times_main_clause, start, end)

    def _ask(self, question, start: int, end: int):
        if self.doc is not None:
            return question(self.doc, start, end)
        # Parse only the paragraph that needs a tense: most of a long article never does.
        text = self.text
        a_ = text.rfind("\n\n", 0, start)
        a_ = 0 if a_ < 0 else a_ + 2
        b = text.find("\n\n", end)
        b = len(text) if b < 0 else b
        if a_ not in self.paragraphs:
            from ..nlp import load
            self.paragraphs[a_] = load()(text[a_:b])
        return question(self.paragraphs[a_], start - a_, end - a_)


_EXPLICIT_YEAR_RULES = ("year", "month_year", "month_day", "day_month", "iso", "slash")


def _resolve_all(text: str, ctx: Context) -> list[Result]:
    """Normalise every candidate in text order, each anchored on the dates before it."""
    results: list[Result] = []
    explicit_years: list[int] = []
    for cand in find_candidates(text):
        if ctx.frame_year is not None and explicit_years and cand.rule in ("year", "month_year"):
            ctx.frame_year = None            # an explicit year ends a retrospective frame
        for r in normalise(cand, ctx, text):
            if results and _joined_to_previous(results[-1], r, text, cand, ctx.dct):
                continue                     # "10:53 pm (0353 GMT Monday)": one moment, told twice
            results.append(r)
            _note_result(ctx, r, text, results, explicit_years)
            _note_counted_day(ctx, results, text)
    return results


_COUNTED_LAPSE = re.compile(r"P(\d+)([DW])")
_BEFORE_OR_AFTER = re.compile(r"\s+(before|after)\s+(?:the\s+)?$", re.I)


def _note_counted_day(ctx: Context, results: list[Result], text: str) -> None:
    """'In a letter sent two days before Tuesday's election ... revealed nine days earlier': the day the clause
    tells is the one counted from the landmark, so a lapse after it counts from that day, not the landmark's."""
    if len(results) < 2 or results[-1].point is None or results[-1].point is not ctx.ref():
        return
    landmark = results[-1]
    days = _days_counted(results[-2], landmark, text) if landmark.point.gran == "day" else None
    if days is not None:
        ctx.remember(a.day(landmark.point.day + dt.timedelta(days=days)))


def _days_counted(lapse: Result, landmark: Result, text: str) -> int | None:
    """The days 'two days before' (-2) or 'a week after' (+7) counts from the landmark right after it, or None."""
    m = _COUNTED_LAPSE.fullmatch(lapse.value or "") if lapse.type == "DURATION" else None
    gap = _BEFORE_OR_AFTER.fullmatch(text, lapse.end, landmark.start)
    if m is None or gap is None:
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    step = -1 if gap.group(1).lower() == "before" else 1
    if _WEEKDAY_COUNT.search(text, lapse.start, lapse.end):
        return _weekdays_counted(landmark.point.day, days, step)
    return step * days


# 'eight trading days after Oct. 12': a count of weekdays, the weekends skipped
_WEEKDAY_COUNT = re.compile(rf"\b{alternation(word_list('weekday_count_words'))}\b", re.I)


def _weekdays_counted(start: dt.date, count: int, step: int) -> int:
    """The days from `start` to the `count`-th weekday after it (step 1) or before it (step -1)."""
    d = start
    while count:
        d += dt.timedelta(days=step)
        count -= d.weekday() < 5
    return (d - start).days


def _note_result(ctx: Context, r: Result, text: str, results: list[Result], explicit_years: list[int]) -> None:
    """Let a kept expression anchor the ones after it: the period, year-back quarter, date and explicit
    year now in view."""
    _note_period_to_date(ctx, r, text)
    if r.point is not None and r.point.gran == "quarter" and not r.remember:
        ctx.year_back = (r.point, r.end)
    if not _anchors(r, text):
        return                               # a year-back comparison, a yardstick, or no date at all: no anchor
    _note_lead(ctx, r, results)
    ctx.remember(r.point)
    ctx.last_end = r.end
    _note_ahead(ctx, r)
    _note_quarter(ctx, r)
    _note_frame(ctx, r, text)
    if r.point.gran == "day":
        ctx.told_days.setdefault((r.point.day.month, r.point.day.day), r.point.day.year)
    if r.explicit_year and r.rule in _EXPLICIT_YEAR_RULES:
        _note_explicit_year(ctx, r, explicit_years)
    else:
        _note_story_step(ctx, r)
    _note_past_year(ctx, r, text)


def _note_past_year(ctx: Context, r: Result, text: str) -> None:
    """A date written with a year before publication's as the time of a clause ('in the summer of 2004'):
    a yearless month told in the past later in its sentence is in that year (not 'Lowe's 1944 had won')."""
    if not r.explicit_year or ctx.dct is None or r.point.day.year >= ctx.dct.year or \
            not _YEAR_WRITTEN.search(text, r.start, r.end):
        return
    if _TIME_OF_CLAUSE_BEFORE.search(text[max(0, r.start - 8):r.start]):
        ctx.past_year_at = (r.point.day.year, r.end)


# How many days on from the past year's day in view a day counted from the story may be and still carry it on
STEP_CARRY_DAYS = 31


def _note_story_step(ctx: Context, r: Result) -> None:
    """'fitted on December 16, 2010' ... 'returned a week later' ... 'on December 27': a day read into the
    past year's story just told (not publication's year), soon after its day, is the story's day now in view."""
    if ctx.dated_at is None or ctx.dct is None or r.point.gran != "day":
        return
    last = ctx.dated_at[0]
    if last.year < ctx.dct.year and 0 <= (r.point.day - last).days <= STEP_CARRY_DAYS:
        ctx.dated_at = (r.point.day, r.end)


def _note_explicit_year(ctx: Context, r: Result, explicit_years: list[int]) -> None:
    """A date that writes its year: the year is in view, a day is the date in view, and a past year's
    day or month gives the year of that month for later dates that name the month alone."""
    explicit_years.append(r.point.day.year)
    if r.point.gran == "day":
        ctx.dated_at = (r.point.day, r.end)
    if r.point.gran in ("day", "month") and ctx.dct is not None and r.point.day.year < ctx.dct.year:
        ctx.month_years[r.point.day.month] = r.point.day.year


# How many years before publication a written year must be to open a retold past: news compares with last
# year all the time ('net rose from 1988'), and that is no story told of 1988.
FRAME_GAP = 2
# A day this close to publication ('Saturday', 'yesterday') told before a past year makes the text a news
# report with background ('was left to the museum in 1911 ... reopened on Nov. 15'), not a retold past
# ('papers released this week show' names no day of the telling: a retold past may still follow).
PRESENT_DAYS = 7
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _note_frame(ctx: Context, r: Result, text: str) -> None:
    """A retold past: a year well before publication written as the time of a past clause ('in the spring
    of 1986') frames the yearless dates after it in its paragraph and the next; a yearless date read in that
    frame carries it on, and a date of any other year ('today', 'the following year') ends it."""
    if ctx.dct is None:
        return
    y = r.point.day.year
    if r.point.gran == "day" and abs((r.point.day - ctx.dct).days) <= PRESENT_DAYS:
        ctx.present_told = True
    if _opens_frame(ctx, r, text):
        ctx.frame_year, ctx.frame_until, ctx.frame_told = y, _frame_end(text, r.end), True
        ctx.story_year = y
    elif not ctx.frame_told or ctx.frame_year is None:
        return
    elif y != ctx.frame_year:
        ctx.frame_year = None
    elif not r.explicit_year and r.start < ctx.frame_until:
        ctx.frame_until = max(ctx.frame_until, _frame_end(text, r.end))      # the story goes on


# 'in the spring of 1986', 'on May 22, 1995', 'during 1986': the time a clause is at
_TIME_OF_CLAUSE_BEFORE = re.compile(r"\b(?:in|on|during)\s+$", re.I)


def _opens_frame(ctx: Context, r: Result, text: str) -> bool:
    """A written year at least FRAME_GAP years back, the time of the main clause in the simple past (not a
    backstory's pluperfect, not 'dating to 1994', not the date of a noun: 'the August 1988 cease-fire'), in
    a text that has not yet told of its own days."""
    if ctx.present_told or not r.explicit_year or not _YEAR_WRITTEN.search(text[r.start:r.end]):
        return False
    if r.point.day.year > ctx.dct.year - FRAME_GAP or not _TIME_OF_CLAUSE_BEFORE.search(text[max(0, r.start - 8):r.start]):
        return False
    main_clause = getattr(ctx.tense, "times_main_clause", None)
    if main_clause is None or _HAD_BEFORE.search(_sentence_before(text, r.start)) or not main_clause(r.start, r.end):
        return False
    return ctx.tense(r.start, r.end) == "PAST"


# 'Munero had fled to Florida in June 1998': a pluperfect tells a backstory behind the news, not a retold past
_HAD_BEFORE = re.compile(r"\bhad\b", re.I)


def _sentence_before(text: str, at: int) -> str:
    """The words of `at`'s sentence before it."""
    head = text[max(0, at - 300):at]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("? "), head.rfind("! "))
    return head[cut + 1:]


_BLANK_LINES = re.compile(r"\n\s*")


def _frame_end(text: str, end: int) -> int:
    """The end of the paragraph (line) after the one `end` is in, at most FRAME_REACH characters on."""
    here = _line_end(text, end)
    blank = _BLANK_LINES.match(text, here)
    nxt = _line_end(text, blank.end()) if blank else here
    return min(nxt, end + FRAME_REACH)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# a comparison's yardstick right before a year: 'from 2007', 'than in 2007', 'from 16.1 million in 2007'
_BASELINE_BEFORE = re.compile(r"\b(?:from|than|since|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[$\d][\d.,]*(?:\s+[a-z]+){0,2}\s+)?"
                              r"(?:in\s+)?$", re.I)

_LANDMARK_BEFORE = re.compile(r"\bsince\s+the\s+$", re.I)
# 'Since Monday night, 4,000 have been stranded': the start of a state running to now, not the day the
# story is at ('In the early morning' after it is the publication's morning, not Monday's)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# a measure compared with: '90 percent less than its market capitalization Friday'
_COMPARED_BEFORE = re.compile(r"\bthan\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _anchors(r: Result, text: str) -> bool:
    """A date later ones may count from: not a year-back comparison, and not a yardstick year ('down
    from 16.1 million in 2007': 'the year' after it is still the story's year)."""
    if r.point is None or r.type not in ("DATE", "TIME") or not r.remember:
        return False
    if _LANDMARK_BEFORE.search(text[max(0, r.start - 12):r.start]):
        return False       # 'the deadliest since the September 11, 2001 attacks': a landmark the story is not at
    if r.point.gran == "day" and _SINCE_BEFORE.search(text[max(0, r.start - 8):r.start]):
        return False
    if _COMPARED_BEFORE.search(text[max(0, r.start - 50):r.start]):
        return False       # the day of a measure compared with, not the story's
    return r.point.gran != "year" or not _BASELINE_BEFORE.search(text[max(0, r.start - 40):r.start])


_THE_MONTHS = re.compile(r"\bthe\s+(?:(?:first|latest|past|last)\s+)?$", re.I)


def _note_period_to_date(ctx: Context, r: Result, text: str) -> None:
    """'For the nine months, ... compared with a year earlier': a results period of several months is now in
    view, so a comparison after it is a year back, not the quarter named before it (kept within that year)."""
    if r.type != "DURATION" or not re.fullmatch(r"P(?:[2-9]|1[01])M", r.value):
        return
    if not (text[r.start:r.end].lower().startswith("the ") or _THE_MONTHS.search(text[max(0, r.start - 16):r.start])):
        return
    base = ctx.ref("quarter") or ctx.ref()
    if base is None and ctx.dct is None:
        return
    ctx.remember(a.year(base.day.year if base is not None else ctx.dct.year))


def _note_ahead(ctx: Context, r: Result) -> None:
    """A day after publication: yearless days told after it in its sentence continue that schedule."""
    if r.point.gran == "day" and ctx.dct is not None and r.point.day > ctx.dct:
        ctx.ahead_at = (r.point.day, r.end)


def _note_quarter(ctx: Context, r: Result) -> None:
    """The article's first quarter (the one it reports) and where the last quarter named ends."""
    if r.point.gran == "quarter":
        ctx.quarter_end = r.end
        ctx.view_named = r.named
        if ctx.lead_quarter is None:
            ctx.lead_quarter = r.point


def _note_lead(ctx: Context, r: Result, results: list[Result]) -> None:
    """The article's first date, when it is a day one to three days before publication."""
    if len(results) == 1 and r.point.gran == "day" and ctx.dct is not None and \
            1 <= (ctx.dct - r.point.day).days <= 3:
        ctx.lead = r.point.day


def _joined_to_previous(prev: Result, r: Result, text: str, cand, dct: dt.date | None) -> bool:
    """Join `r` to the expression just before it: a range's end, a zone conversion (True: drop `r`),
    or the day named after a bracketed conversion ('9:34 CET (10:34 UTC) on Saturday')."""
    if not moved_to(text, prev.start, text[prev.end:r.start]):
        _join_range(prev, r, text, dct)      # 'moved from Tuesday to Friday': two dates, each placed on its own
    _day_after_conversion(prev, r, text)
    _restated_in_apposition(prev, r, text)
    return _join_parenthesised_time(prev, r, text, cand, dct)


def _restated_in_apposition(prev: Result, r: Result, text: str) -> None:
    """'In the year-ago quarter, the second quarter ended Oct. 31, ...': the quarter in apposition names the
    year-back quarter before it (a fiscal year's numbering), so that one takes its value."""
    if prev.remember or prev.point is None or r.point is None or prev.point.gran != "quarter":
        return
    if r.point.gran != "quarter" or r.point.day.year != prev.point.day.year or \
            not re.fullmatch(r"\s*,\s*", text[prev.end:r.start]):
        return
    prev.point, prev.value, prev.named = r.point, r.value, r.named


_AFTER_BRACKET = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*(?:on\s+)?")
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "tonight", "tomorrow", "yesterday"}


def _day_after_conversion(prev: Result, r: Result, text: str) -> None:
    """'died at 9:34 CET (10:34 UTC) on Saturday': the clock time is on the day named after the brackets."""
    if prev.type != "TIME" or prev.point is None or r.type != "DATE" or r.point is None or r.point.gran != "day":
        return
    if not _AFTER_BRACKET.fullmatch(text, prev.end, r.start):
        return
    if _names_its_day(prev, text):
        return                               # the clock names its own day: "Friday at 9 p.m. (0200 GMT)"
    prev.point = a.day(r.point.day, prev.point.part)
    prev.value = prev.point.value


def _names_its_day(r: Result, text: str) -> bool:
    """True when the expression itself names a day ('Friday at 9 p.m.', '9 p.m. tomorrow')."""
    return any(w.lower() in _DAY_WORDS for w in re.findall(r"[A-Za-z]+", text[r.start:r.end]))


def _as_date(published) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    from ..article import parse_date
    return parse_date(str(published))


def moved_to(text: str, start: int, gap: str) -> bool:
    """'postponed from Tuesday to Friday' (the first date starting at `start`, `gap` the text up to the
    second): a move to the second date, not a span from one to the other."""
    return re.fullmatch(r"\s+(?:to|until|till)\s+", gap) is not None and \
        _MOVED_FROM.search(text[max(0, start - 60):start]) is not None


def _joined(prev: Result, r: Result, text: str) -> bool:
    if re.match(r"['\u2019]s\b", text[r.end:r.end + 3]):
        return False          # "a revision Friday to December's figures": a possessive ends no range
    return prev.end <= r.start and r.start - prev.end <= 12 and bool(_RANGE_JOIN.fullmatch(
        " " + text[prev.end:r.start]) or re.fullmatch(r"\s*(?:-|–|—)\s*", text[prev.end:r.start]))


def _join_range(prev: Result, r: Result, text: str, dct: dt.date | None = None) -> None:
    """'May 27 - June 2': a yearless end takes the start's year, or the next one if it would come first."""
    if r.rule == prev.rule == "weekday":
        _next_weekday_in_list(prev, r, text, dct)
        return
    if r.explicit_year or r.point is None or prev.point is None or r.type != "DATE":
        return
    if r.point.gran not in ("day", "month") or prev.point.gran not in ("day", "month") or not _joined(prev, r, text):
        return
    _set_year(r, prev.point.day.year)
    if r.point.day < prev.point.day:
        _set_year(r, prev.point.day.year + 1)


def _next_weekday_in_list(prev: Result, r: Result, text: str, dct: dt.date | None) -> None:
    """'protests planned for Saturday and Monday': in a list of days ahead, a later-named weekday
    comes after the one before it (the Monday after that Saturday, not the publication day's)."""
    if prev.point is None or r.point is None or dct is None or not _joined(prev, r, text):
        return
    if prev.point.day > dct and r.point.day < prev.point.day:
        r.point = a.day(r.point.day + dt.timedelta(days=7), r.point.part)
        r.value = r.point.value


def _backfill_range_year(prev: Result, nxt: Result, text: str) -> None:
    """'May 27 - June 2, 2013': a yearless start takes the end's year (or the one before)."""
    if prev.explicit_year or not nxt.explicit_year or prev.point is None or nxt.point is None:
        return
    if prev.point.gran not in ("day", "month") or nxt.point.gran not in ("day", "month") or not _joined(prev, nxt, text):
        return
    _set_year(prev, nxt.point.day.year)
    if prev.point.day > nxt.point.day:
        _set_year(prev, nxt.point.day.year - 1)


# A unit named just before a date ('the week before Christmas') and the granularities that date may have
_ANCHORED_UNIT = {"week": ("W", ("day", "week")), "month": ("M", ("day", "week", "month")),
                  "year": ("Y", ("day", "week", "month", "season", "quarter", "year"))}


def _anchored_on_next(prev: Result, nxt: Result, text: str) -> None:
    """'the week before Christmas', 'the year after 2000': the unit one step off the date named after it,
    not the unit the article was last on."""
    unit = re.fullmatch(r"the\s+(week|month|year)", text[prev.start:prev.end], re.I)
    side = re.fullmatch(r"\s+(before|after)\s+", text[prev.end:nxt.start], re.I)
    if not side or nxt.point is None or nxt.type != "DATE":
        return
    if not unit:
        _weekday_beside_next(prev, nxt, text, side.group(1).lower())
        return
    step, finer = _ANCHORED_UNIT[unit.group(1).lower()]
    if nxt.point.gran not in finer:
        return
    sign = -1 if side.group(1).lower() == "before" else 1
    prev.point = a.at(a.shift_date(nxt.point.day, sign, step), unit.group(1).lower())
    prev.value, prev.named = prev.point.value, ""


def _weekday_beside_next(prev: Result, nxt: Result, text: str, side: str) -> None:
    """'the Sunday before Election Day': that weekday in the week up to (or after) the day named after it,
    not the one nearest publication."""
    wd = WEEKDAYS.get(text[prev.start:prev.end].lower())
    if wd is None or nxt.point.gran != "day" or prev.point is None or prev.point.gran != "day":
        return
    iso = nxt.point.day.isoweekday()
    days = -((iso - wd) % 7 or 7) if side == "before" else (wd - iso) % 7 or 7
    prev.point = a.Point(nxt.point.day + dt.timedelta(days=days), "day", part=prev.point.part)
    prev.value, prev.named = prev.point.value, ""


def _day_part_of_next(prev: Result, nxt: Result, text: str) -> None:
    """'In the middle of the day on Monday', 'early morning on March 3': the part of the day named right
    after it, not of the day the article was last on."""
    if prev.point is None or nxt.point is None or nxt.point.gran != "day" or prev.point.gran != "day":
        return
    if not re.fullmatch(r"\s+on\s+", text[prev.end:nxt.start], re.I) or \
            not _DAY_PART.search(text[prev.start:prev.end]):
        return
    prev.point = a.Point(nxt.point.day, "day", part=prev.point.part)
    prev.value, prev.named = prev.point.value, ""


_DAY_PART = re.compile(rf"\b(?:day|{DAY_PARTS})$", re.I)


def _set_year(r: Result, y: int) -> None:
    p = r.point
    try:
        r.point = a.Point(p.day.replace(year=y), p.gran, p.season, p.part)
    except ValueError:
        return
    r.value = r.point.value


def _join_parenthesised_time(prev: Result, r: Result, text: str, cand, dct: dt.date | None) -> bool:
    """'10:53 pm (0353 GMT Monday)': the bracketed time is the same moment in another zone.

    The bracketed day (if any) fixes the day of the time before it; True when `r` is a conversion
    to another hour, which is then not a second time of its own.
    """
    if r.type != "TIME" or prev.type != "TIME" or prev.point is None or r.point is None:
        return False
    if not _OPEN_PAREN.fullmatch(text[prev.end:r.start]) or prev.point.gran != "day":
        return False
    named = cand.group("md") or cand.group("day").lower() in WEEKDAYS
    if named and not prev.explicit_year and not _names_its_day(prev, text):
        # Only the brackets name the day: the local day is that day, or one off across midnight.
        local = r.point.day + dt.timedelta(days=_day_shift(r.point.part, prev.point.part))
        if dct is not None and (dct - local).days == 7 and not cand.group("md"):
            local += dt.timedelta(days=7)   # the zone's day is the day after publication, not a week before
        prev.point = a.day(local, prev.point.part)
        prev.value = prev.point.value
    # "4 in the morning (4 a.m. EDT Thursday)" restates the same clock time: both stay, with one value.
    return prev.point.part[:2] != r.point.part[:2]


def _day_shift(zone_part: str, local_part: str) -> int:
    """Days from the bracketed zone's day to the local day: -1 when the local hour is far later (west)."""
    if not (zone_part[:2].isdigit() and local_part[:2].isdigit()):
        return 0                            # a part of the day ("Friday morning"): no hour to compare
    zh, lh = int(zone_part[:2]), int(local_part[:2])
    return -1 if zh + 12 < lh else 1 if lh + 12 < zh else 0
