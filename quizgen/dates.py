"""Temporal expressions in the article, resolved to calendar dates against the publication date."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .nlp import text_of
from .offset_happenings import offset_dates
from .model import PRECISIONS, Sentence, TimeExpression, Unresolved, format_date, period, times_by_sentence
from .clauses import ArticleClauses, reporting_verb
from .tagged_dates import (YEAR_TO_NOW, combine, names_a_paper, nowadays, open_ago, part_of_name, possessive,
                           tagged_times, with_durations)
from .timex.candidates import name_word_before_year
from .timex.lexicon import HOLIDAYS, MONTHS, alternation
from .timex.lexicon import word_list as timex_words
from .timex.normalise import habit_before
from .timex.tagger import moved_to
from .wordlists import mapping, rows, word_set

# --------------------------------------------------------------------------- vocabulary
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {words: int(n) for words, n in mapping("date_number_words").items()}
_SEASONS = {name: int(month) for name, month in mapping("seasons").items()}
_PART_MONTH = {part: int(month) for part, month in mapping("date_part_months").items()}
_DAY_STEPS = {unit: int(most) for unit, most in mapping("within_day_steps").items()}
_STEP_COUNT_TAGS = ("CD", "DT", "JJ", "RB")      # 'Ten', 'A few', 'Just' before the step's unit


def _date_patterns() -> tuple[dict[str, str], list[tuple[str, re.Pattern]]]:
    """quizgen/data/date_patterns.tsv: parts (names in capitals) and the patterns, in order."""
    table = rows("date_patterns.tsv")
    parts = {name: rx for name, rx in table if name.isupper()}
    expand = functools.partial(re.sub, r"\{([A-Z]+)\}", lambda m: parts[m.group(1)])
    return parts, [(name, re.compile(expand(rx))) for name, rx in table if not name.isupper()]


# Ordered: the first pattern that matches at a position wins; longer forms come first.
_PARTS, _PATTERNS = _date_patterns()
_YEAR = _PARTS["YEAR"]
_YEAR_ALONE = re.compile(rf"^{_YEAR}$")
_FRAMES = mapping("date_frames")


_HOLIDAY_FRAME = re.compile(_FRAMES["holiday_frame"], re.I)
_RANGE_JOIN = re.compile(_FRAMES["range_join"])
_ALTERNATIVE_JOIN = re.compile(_FRAMES["alternative_join"])
_RESTATING = re.compile(_FRAMES["restating_join"], re.I)
_YEAR_PAIR_BEFORE = re.compile(_FRAMES["year_pair_before"], re.I)
_HOLIDAY_ONLY = next(rx for kind, rx in _PATTERNS if kind == "holiday")


@dataclass(frozen=True)
class _Found:
    kind: str
    start: int
    end: int
    groups: dict


def find_times(doc: Doc, sentences: list[Sentence], spans: list[Span],
               published: dt.date | None, sentence_ents: list[list[Span]], clauses: ArticleClauses
               ) -> tuple[list[TimeExpression], list[Unresolved]]:
    """Every temporal expression, resolved when possible; the others listed as unresolved. Each is
    placed by the clause it modifies (`clauses`: its tense says whether it is a plan).

    The TIMEX3 tagger (quizgen.timex) places them first; this module's own patterns add what it misses."""
    scanned, unresolved = _scanned_times(doc, sentences, spans, published, sentence_ents, clauses)
    tagged, durations = tagged_times(doc, sentences, published, clauses)
    text = text_of(doc)
    tagged = [t for t in tagged if not _holiday_figure(t, text)]
    unresolved = [u for u in unresolved if not any(t.sentence_id == u.sentence_id and t.text == u.text
                                                    for t in tagged)]
    times = with_durations(_restated(_join_ranges(combine(tagged, scanned, text), text), text), durations, doc, clauses)
    times = _from_the_saying_day(_later_same_day(times, sentences, spans, text), doc)
    times = [_past_week_span(t, text, published) for t in _ago_from_the_saying_day(times, doc, published)]
    times = offset_dates(times, doc, sentences, spans, number_word, published)
    times = [_planned_by_period(_closing_day(t, text, published), published, text) for t in times]
    return [_deadline_span(t, text, published) for t in _counted_offsets(times, text)], unresolved


_COUNTED_OFFSET = re.compile(_FRAMES["counted_offset_before"].replace("{NUM}", _PARTS["NUM"]), re.I)
_UNIT_MONTHS = {"month": 1, "year": 12}


def _counted_offsets(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """'two days after Oct. 12' is Oct. 14, not Oct. 12: a count of days, weeks, months or years before a
    day moves it; 'within three days of Oct. 12' spans the day and the three after. A vague count ('a few
    days after') is left as it was."""
    out: list[TimeExpression] = []
    for t in times:
        m = _COUNTED_OFFSET.search(text[max(0, t.start - 60):t.start]) if t.date is not None else None
        out.append(_moved_by(t, m) if m is not None and t.precision == "day" else t)
    return out


def _moved_by(t: TimeExpression, m: re.Match) -> TimeExpression:
    """The day moved by the matched count ('within' a span from the day to the moved one)."""
    n = 1 if m["num"].lower() in ("a", "an") else number_word(m["num"])
    if n is None:
        return t
    back = m["dir"].lower().startswith(("before", "earlier"))
    moved = _stepped(t.date, -n if back else n, m["unit"].lower(), bool(m["kind"]))
    said = f"{t.rule}, moved {m[0].strip()} it" + (" (weekdays; market holidays not known)" if m["kind"] else "")
    if m["within"]:
        first, last = sorted((t.date, moved))
        return replace(t, date=first, date_end=last, rule=said.replace(", moved ", ", the span "))
    return replace(t, date=moved, date_end=None, rule=said)


def _stepped(day: dt.date, n: int, unit: str, weekdays_only: bool) -> dt.date:
    """`day` moved by n units; trading or business days skip Saturdays and Sundays."""
    if unit in _UNIT_MONTHS:
        y, mo = _add_months(day.year, day.month, n * _UNIT_MONTHS[unit])
        return dt.date(y, mo, min(day.day, calendar.monthrange(y, mo)[1]))
    if unit == "week" or not weekdays_only:
        return day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    step = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day += dt.timedelta(days=step)
        while day.weekday() >= 5:
            day += dt.timedelta(days=step)
    return day


_DEADLINE_BEFORE = re.compile(_FRAMES["deadline_before"], re.I)


def _deadline_span(t: TimeExpression, text: str, published: dt.date | None) -> TimeExpression:
    """'must approve the budget by Wednesday', 'the show runs through Sept. 29': a day to come that a
    deadline or a range ends on is no day the happening falls on; it may come any day from publication
    up to it, so the event spans publication to that day (date_end) instead of sitting on the end."""
    if published is None or not t.future or t.precision != "day" or t.date_end is not None or \
            t.date is None or t.date <= published or not _DEADLINE_BEFORE.search(text[max(0, t.start - 24):t.start]):
        return t
    return replace(t, date=published, date_end=t.date,
                   rule=f"{t.rule}; a deadline or a range's end: from publication up to that day")


_CLOSING_BEFORE = re.compile(_FRAMES["closing_price_before"], re.I)


def _closing_day(t: TimeExpression, text: str, published: dt.date | None) -> TimeExpression:
    """'a premium above Yahoo's closing stock price Thursday': a closing price is known only once the day is
    over, so its weekday is the one before publication whatever the tense of the clause ('represents')."""
    weekday = t.text.lower().removeprefix("on ").strip()
    if published is None or not t.future or weekday not in WEEKDAYS or \
            not _CLOSING_BEFORE.search(text[max(0, t.start - 40):t.start]):
        return t
    date, precision, rule, _ = _resolve_weekday(published, WEEKDAYS[weekday], "", False)
    return replace(t, date=date, precision=precision, future=False, rule=f"a closing price's day: {rule}")


_PAST_WEEK = re.compile(r"(?:over\s+|in\s+|during\s+)?the\s+(?:past|last)\s+week", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _past_week_span(t: TimeExpression, text: str, published: dt.date | None) -> TimeExpression:
    """'took samples over the past week', 'lost renters in the last week': the seven days up to
    publication, which no calendar week holds ('last week' alone is the calendar week before; 'the
    last week of June' is June's)."""
    if published is None or t.future or t.precision != "week" or not _PAST_WEEK.fullmatch(t.text) or \
            _OF_AFTER.match(text, t.end):
        return t
    start = published - dt.timedelta(days=7)
    return replace(t, date=start, precision="day", date_end=published,
                   rule=f"'{t.text}': the seven days up to publication ({format_date(start, 'day')} to "
                        f"{format_date(published, 'day')})")


def _ago_from_the_saying_day(times: list[TimeExpression], doc: Doc, published: dt.date | None
                             ) -> list[TimeExpression]:
    """'"The fire came only 10 days ago," she said on Friday': a step back in what was said on an earlier
    day counts from the saying, not from publication."""
    if published is None:
        return times
    out = []
    for t in times:
        said = _ago_said_over(t, [o for o in times if o.sentence_id == t.sentence_id], doc, published) \
            if _day_ago(t) else None
        if said is None:
            out.append(t)
            continue
        day = t.date - (published - said.date)
        out.append(replace(t, date=day, rule=f"'{t.text}' counted from '{said.text}' "
                                             f"({format_date(said.date, 'day')}), the day it was said"))
    return out


def _ago_said_over(t: TimeExpression, same_sentence: list[TimeExpression], doc: Doc, published: dt.date
                   ) -> TimeExpression | None:
    """The past day of the saying whose words hold the day-precise 'ago' `t`."""
    for o in same_sentence:
        verb = saying_verb(doc, o) if o is not t and o.past_day and o.date < published else None
        if verb is not None and verb.left_edge.idx <= t.start and t.end <= verb.right_edge.idx + len(verb.right_edge):
            return o
    return None


def _day_ago(t: TimeExpression) -> bool:
    """'10 days ago' told as past: a step back to a day."""
    return not t.future and t.precision == "day" and t.text.lower().endswith("ago")


def _from_the_saying_day(times: list[TimeExpression], doc: Doc) -> list[TimeExpression]:
    """'P&G said on Thursday it would hold a meeting on Friday': a plan's weekday told in what was said
    on an earlier day is the first such weekday after the saying, not after publication (a story
    printed days later)."""
    out = []
    by_sentence = times_by_sentence(times)      # not a scan of every time for each time
    for t in times:
        said = _saying_day_over(t, by_sentence[t.sentence_id], doc)
        weekday = t.text.lower().removeprefix("on ").strip()
        if said is None or weekday not in WEEKDAYS:
            out.append(t)
            continue
        ahead = (WEEKDAYS[weekday] - said.date.weekday()) % 7 or 7
        day = said.date + dt.timedelta(days=ahead)
        out.append(t if day == t.date else replace(
            t, date=day, rule=f"the first {calendar.day_name[day.weekday()]} after '{said.text}' "
                              f"({format_date(said.date, 'day')}), the day it was said"))
    return out


def _saying_day_over(t: TimeExpression, same_sentence: list[TimeExpression], doc: Doc) -> TimeExpression | None:
    """The past day of the saying whose words hold the planned day `t` ('said on Thursday ... on Friday')."""
    if not t.future or t.precision != "day":
        return None
    for o in same_sentence:
        verb = saying_verb(doc, o) if _past_day_before(o, t) else None
        if verb is not None and verb.left_edge.idx <= t.start and t.end <= verb.right_edge.idx + len(verb.right_edge):
            return o
    return None


def _past_day_before(o: TimeExpression, t: TimeExpression) -> bool:
    """A past day written before `t` and earlier than the day `t` was read as."""
    return o.past_day and o.date < t.date and o.start < t.start


def saying_verb(doc: Doc, t: TimeExpression) -> Token | None:
    """The reporting verb a date belongs to ('said Thursday', 'said on Thursday'), else None."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return head if reporting_verb(head) else None


def _later_same_day(times: list[TimeExpression], sentences: list[Sentence], spans: list[Span], text: str
                    ) -> list[TimeExpression]:
    """'On Sunday, X was let out. ... Ten hours later, he was given an hour to return': a sentence opened
    by a step within a day ('Hours later,', 'Minutes later,') tells a happening of the day its paragraph
    dated last, when no other date came in between; the tagger leaves such a step undated."""
    ordered = sorted(times, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    own = {t.sentence_id for t in times}
    out = list(times)
    stepped = -1        # where the last step was told: hours after it may pass midnight
    for sent, span in zip(sentences, spans):
        step = _day_step(span) if sent.id not in own else None
        k = bisect.bisect_left(starts, span.start_char) - 1 if step is not None else -1
        if k < 0 or stepped > ordered[k].start or not _dates_the_day(ordered[k], text[ordered[k].end:span.start_char]):
            continue
        last, stepped = ordered[k], span.start_char
        if not step[2]:
            continue
        written = text[step[0]:step[1]]
        out.append(TimeExpression(text=written, sentence_id=sent.id, start=step[0], end=step[1], date=last.date,
                                  precision="day", rule=f"'{written}' read as {format_date(last.date, 'day')}: "
                                                        f"a step within the day of '{last.text}' told before it"))
    return out


def _dates_the_day(last: TimeExpression, between: str) -> bool:
    """A past day, one of no span, told earlier in the same paragraph."""
    return last.past_day and last.date_end is None and "\n\n" not in between


def _day_step(span: Span) -> tuple[int, int, bool] | None:
    """(start, end, within the day) of a step in hours or minutes opening the sentence ('Ten hours later,',
    'But minutes later,') or closing its main clause ('Gunfire broke out about an hour later.'), or None;
    'Twenty hours later' may be the next day: no step within it."""
    return _opening_step(span) or _closing_step(span)


def _closing_step(span: Span) -> tuple[int, int, bool] | None:
    """'Gunfire broke out in the town about an hour later.': the step as the main verb's last words."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 4 or words[-1].lower_ != "later" or words[-1].head != span.root or \
            words[-2].lower_ not in _DAY_STEPS:
        return None
    first = len(words) - 2
    while first > len(words) - 5 and words[first - 1].tag_ in _STEP_COUNT_TAGS and words[first - 1].dep_ != "dobj":
        first -= 1
    within = _within_day(words[first:-2], words[-2].lower_)
    return words[first].idx, words[-1].idx + len(words[-1]), within


def _opening_step(span: Span) -> tuple[int, int, bool] | None:
    words = [t for t in span[:7] if not (t.i == span.start and t.dep_ == "cc")]
    later = next((k for k, t in enumerate(words) if t.lower_ == "later"), None)
    if later is None or not _step_words(words, later):
        return None
    within = _within_day(words[:later - 1], words[later - 1].lower_)
    return words[0].idx, words[later].idx + len(words[later]), within


def _within_day(count: list[Token], unit: str) -> bool:
    """'ten hours', 'a few minutes', 'hours': a step short enough to stay within the day; an unlisted
    count ('Twenty') is a number too large for that."""
    count = [t for t in count if t.tag_ != "RB"]
    number = number_word(" ".join(t.lower_ for t in count))
    named = number is not None or not any(t.tag_ == "CD" for t in count)
    return named and (number or 0) <= _DAY_STEPS[unit]


def _step_words(words: list[Token], later: int) -> bool:
    """'[count] unit later ,': a unit of the day before 'later', a comma after, a count of its own before."""
    if later < 1 or later + 1 >= len(words) or words[later + 1].text != ",":
        return False
    return words[later - 1].lower_ in _DAY_STEPS and all(t.tag_ in _STEP_COUNT_TAGS for t in words[:later - 1])


def _planned_by_period(t: TimeExpression, published: dt.date | None, text: str) -> TimeExpression:
    """A period over before publication is no plan, whatever the verb's tense ('lets him ... in 1817');
    one that starts after publication cannot have happened yet, whatever the scanner read of its verb."""
    if published is None:
        return t
    if t.future and period(t.date, t.precision)[1] <= published:
        return replace(t, future=False)
    if not t.future and t.date > published and not (_weekday_after_update(t, published) and
                                                    not _PUT_OFF_TO.search(text[max(0, t.start - 60):t.start])):
        return replace(t, future=True)
    return t


def _weekday_after_update(t: TimeExpression, published: dt.date) -> bool:
    """'As of Tuesday evening, the fire has burned ...' in a story dated Monday and updated after: a weekday
    (or a clock time on it) a day or two after publication that the reading left in the past (past weekdays
    are otherwise read back); a day written with its date ('on Saturday, April 25') is not one of those."""
    words = set(re.findall(r"[a-z]+", t.text.lower()))
    return t.precision == "day" and 1 <= (t.date - published).days <= 2 and not words & set(MONTHS) and \
        (t.date.strftime("%A").lower() in words or not words & set(WEEKDAYS) and _CLOCK.search(t.text) is not None)


# 'was postponed until Monday', 'delayed the vote to Monday': the day a happening is put off to lies ahead
_PUT_OFF_TO = re.compile(rf"(?:\b(?:until|till)|\b{alternation(timex_words('rescheduling_verbs'))}\b[^,;.]*\b(?:to|for))\s+$",
                         re.I)
_CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|[AP]\.?M\b)|\d:\d\d")


def _holiday_figure(t: TimeExpression, text: str) -> bool:
    """'"This is our Christmas," she said': a holiday named without 'on', 'at', 'by'... is no date,
    unless it dates the happening named after it ('a climactic Christmas Eve vote')."""
    return bool(_HOLIDAY_ONLY.fullmatch(t.text)) and not _holiday_dated(text, t.start, t.end)


def _holiday_dated(text: str, start: int, end: int) -> bool:
    """The holiday at text[start:end] dates something: an 'on', 'at', 'by'... before it, or a happening's
    noun after it."""
    return bool(_HOLIDAY_FRAME.search(text[max(0, start - 12):start])) or _dates_a_happening(text[end:end + 20])


_HAPPENING_NOUNS = word_set("event_nouns") | {row[0] for row in rows("act_noun_verbs.tsv")}


def _dates_a_happening(after: str) -> bool:
    """The words after a holiday open on a noun of a happening ('vote', 'attack', 'sale')."""
    m = re.match(r"\s+([a-z]+)", after)
    return bool(m) and m.group(1) in _HAPPENING_NOUNS


def _scanned_times(doc: Doc, sentences: list[Sentence], spans: list[Span],
                   published: dt.date | None, sentence_ents: list[list[Span]], clauses: ArticleClauses
                   ) -> tuple[list[TimeExpression], list[Unresolved]]:
    """This module's patterns: every expression they match, resolved when possible."""
    found_all: list[TimeExpression] = []
    unresolved: list[Unresolved] = []
    text = text_of(doc)
    for sent, span, ents in zip(sentences, spans, sentence_ents):
        for f in _scan(text, sent.start, sent.end, ents):
            phrase = doc.char_span(f.start, f.end, alignment_mode="expand")
            verb = clauses.attached(phrase) if phrase is not None else None
            if _no_date(f, phrase, verb):
                continue
            future = clauses.future(verb)
            resolved = resolve(f.kind, f.groups, published, future=future)
            written = text[f.start:f.end]
            if resolved is None:
                if published is None and f.kind not in _ABSOLUTE:
                    unresolved.append(Unresolved(text=written, sentence_id=sent.id,
                                                 reason="needs the publication date"))
                continue
            date, precision, rule, date_end = resolved
            found_all.append(TimeExpression(text=written, sentence_id=sent.id, start=f.start,
                                            end=f.end, date=date, precision=precision, rule=rule,
                                            future=future, date_end=date_end))
    return found_all, unresolved


def _no_date(f: _Found, phrase: Span | None, verb) -> bool:
    """A match that dates nothing: a year in a name or a yardstick, 'today' meaning nowadays."""
    if f.kind == "year" and phrase is not None and part_of_name(phrase):
        return True       # "fell to 2000 levels", "under the 2022 Adult Survivors Act"
    if f.kind == "ago" and phrase is not None and open_ago(text_of(phrase.doc), f.start, f.end):
        return True       # "over a decade ago": a bound, no date
    if _habit_weekday(f, phrase):
        return True       # "always wears red on Sunday": every Sunday, a habit
    if f.kind == "rel_day" and phrase is not None and names_a_paper(phrase):
        return True       # "a USA TODAY/Gallup Poll": a newspaper's name
    if _year_up_to_now(f, phrase):
        return True       # "fined in the last year": the twelve months up to the report, a span
    # "the lizards that live in Southeast Asia today": nowadays, not a date
    # ("Today's announcement" is the day's own happening)
    return f.kind == "rel_day" and f.groups["rday"].lower() == "today" and nowadays(verb) and \
        phrase is not None and not possessive(phrase)


def _year_up_to_now(f: _Found, phrase: Span | None) -> bool:
    """'the last year' (not 'last year', nor 'the last year of the war'): the year up to the report."""
    if f.kind != "rel_unit" or phrase is None or f.groups.get("edge"):
        return False
    m = YEAR_TO_NOW.search(text_of(phrase.doc), max(0, f.start - 8))
    return m is not None and m.start() < f.start and m.end() == f.end


def year_to_now_tokens(doc: Doc) -> set[int]:
    """The tokens of 'the past year' / 'the last year': no date (a span up to the report), yet a time the
    sentence gives, so an undated lead's recall does not read it as a lead without one."""
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand")
             for m in YEAR_TO_NOW.finditer(text_of(doc))]
    return {i for span in spans if span is not None for i in range(span.start, span.end)}


def _habit_weekday(f: _Found, phrase: Span | None) -> bool:
    """A bare weekday after an adverb of habit in its clause ('always wears red on Sunday')."""
    return f.kind == "weekday" and not f.groups.get("which") and phrase is not None and \
        habit_before(text_of(phrase.doc), f.start)


def _join_ranges(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """'from 1990 to 1994', 'between May and July 2001', '1998–2001', 'in February or March 2005': one
    expression with an end date (one happening written as a span or as alternatives is one event);
    'September 11–24' ends on the 24th; 'postponed from Tuesday to Friday' is Friday alone."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(times):
        t = times[i]
        nxt = times[i + 1] if i + 1 < len(times) else None
        if nxt is not None and _moved_to(t, nxt, text):
            i += 1            # the date moved from dates nothing: the next one is the happening's
            continue
        if nxt is not None and nxt.sentence_id == t.sentence_id and nxt.date > t.date and _joined(t, nxt, text):
            out.append(TimeExpression(text=text[t.start:nxt.end], sentence_id=t.sentence_id,
                                      start=t.start, end=nxt.end, date=t.date, precision=t.precision,
                                      rule=f"a period: {t.rule}, until {nxt.rule}", future=t.future or nxt.future,
                                      date_end=nxt.date))
            i += 2
            continue
        out.append(_day_range(t, text))
        i += 1
    return out


def _moved_to(t: TimeExpression, nxt: TimeExpression, text: str) -> bool:
    """'postponed from Tuesday to Friday': a move to the later-named date, not a span from one to the other."""
    return nxt.sentence_id == t.sentence_id and moved_to(text, t.start, text[t.end:nxt.start])


def _restated(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """'at the end of the month on April 29': a vague period said again at once as a finer date is
    that date; the two are one expression with the finer date (the vague one was read from another month)."""
    out: list[TimeExpression] = []
    for t in times:
        last = out[-1] if out else None
        if last is not None and last.sentence_id == t.sentence_id and not re.search(r"\d", last.text) and \
                _RESTATING.fullmatch(text[last.end:t.start]) and \
                PRECISIONS.index(t.precision) < PRECISIONS.index(last.precision):
            out[-1] = replace(t, text=text[last.start:t.end], start=last.start)
            continue
        out.append(t)
    return out


def _joined(t: TimeExpression, nxt: TimeExpression, text: str) -> bool:
    """Two dates that make one span: 'from/between X to/and Y', or X and Y of one precision joined by a
    dash ('1998–2001', '2000 - 2050') or by 'or' ('February or March 2005': either, so the span of both)."""
    gap = text[t.end:nxt.start]
    if _RANGE_JOIN.match(gap) and re.search(r"\b(?:from|between)\s+$", text[max(0, t.start - 9):t.start], re.I):
        return True
    if _years_of_one_thing(t, nxt, text):
        return True
    return t.precision == nxt.precision and t.date_end is None and bool(_ALTERNATIVE_JOIN.fullmatch(gap))


def _years_of_one_thing(t: TimeExpression, nxt: TimeExpression, text: str) -> bool:
    """'his 2020 and 2021 financial disclosures', 'the 2018 and 2019 seasons': two consecutive years joined by
    'and' between a determiner and the noun both qualify date one thing over both years, so a span dated by
    its start (told as 'in 2019 and 2020' they stay two dates)."""
    if t.precision != "year" or nxt.precision != "year" or nxt.date.year != t.date.year + 1:
        return False
    return re.fullmatch(r"\s+and\s+", text[t.end:nxt.start]) is not None and \
        _YEAR_PAIR_BEFORE.search(text[max(0, t.start - 8):t.start]) is not None and \
        re.match(r"\s+[a-z]", text[nxt.end:nxt.end + 3]) is not None


# 'September 11–24': a day and a later day of its month, after a dash, not followed by more figures
_DAY_RANGE_END = re.compile(r"\s*[–-]\s*(\d{1,2})\b(?![.,:/]?\d)")


def _day_range(t: TimeExpression, text: str) -> TimeExpression:
    """A day followed by '–24' is the span up to that day of its month."""
    m = _DAY_RANGE_END.match(text, t.end)
    if t.precision != "day" or t.date_end is not None or m is None or not t.date.day < int(m[1]) <= 31:
        return t
    end = _safe_day(t.date.year, t.date.month, int(m[1]), "")
    if end is None:
        return t
    return replace(t, text=text[t.start:m.end()], end=m.end(), date_end=end[0],
                   rule=f"{t.rule}, until day {int(m[1])} of that month")


def _scan(text: str, start: int, end: int, ents: list[Span]) -> list[_Found]:
    """Non-overlapping matches inside one sentence, earliest and longest first."""
    taken: list[tuple[int, int]] = []
    out = _pattern_matches(text, start, end, taken)
    # Years that spaCy marks as DATE with no preposition before them ("the 2008 crisis" is not one)
    for ent in ents:
        year = _event_year(ent) if ent.label_ == "EVENT" else ent
        if ent.label_ not in ("DATE", "EVENT") or year is None or not _YEAR_ALONE.match(year.text) or \
                ent.start_char < start:
            continue
        a, b = year.start_char, year.end_char
        if ent.label_ == "DATE" and _ends_a_name(year):
            continue
        if _market_figure_beside(text, a, b, (start, end)):
            continue      # 'fell to 1742 from 1748.20': an index level spaCy took for a year
        if not any(a < y and x < b for x, y in taken) and _standalone_year(year) and not part_of_name(year):
            taken.append((a, b))
            out.append(_Found("year", a, b, {"year": year.text}))
    out.sort(key=lambda f: f.start)
    return out


def _pattern_matches(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[_Found]:
    """The patterns of date_patterns.tsv in order; the spans they take are added to `taken`."""
    sub = text[start:end]
    out: list[_Found] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sub):
            which = "t" if m.groupdict().get("t") is not None else 0
            a, b = m.start(which) + start, m.end(which) + start
            if any(a < y and x < b for x, y in taken):
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            a, b = _trim(text, a, b)
            if kind in ("mdy", "md", "my", "rel_month", "month") and not _is_month_name(text, a, b, g):
                continue
            if kind == "holiday" and not _holiday_dated(text, a, b):
                continue      # '"This is our Christmas," she said' names no date
            if kind == "year" and _market_figure_beside(text, a, b, (start, end)):
                continue      # 'rose 28.51 points to 1871': an index level, not a year
            taken.append((a, b))
            out.append(_Found(kind, a, b, g))
    return out


_MARKET_FIGURE = re.compile(_FRAMES["market_figure_near"], re.I)


def _market_figure_beside(text: str, a: int, b: int, bounds: tuple[int, int]) -> bool:
    """A four-digit number within two words of 'points' or of an index level with decimals ('rose 28.51
    points to 1871', 'fell to 1742 from 1748.20') is a figure of the same run of market figures: no year."""
    before = text[bounds[0]:a].split()[-2:]
    after = text[b:bounds[1]].split()[:2]
    return any(_MARKET_FIGURE.search(w.strip(",;()")) for w in before + after)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " ,":
        b -= 1
    return a, b


def _is_month_name(text: str, a: int, b: int, g: dict) -> bool:
    """'May' the month, not the verb; 'March' the month, not a protest march."""
    mon = g.get("mon", "")
    if mon in ("May", "March") and "day" not in g and "year" not in g:
        # Only when a preposition or modifier makes it a date ("in May", "last March").
        return bool(re.search(_FRAMES["month_frame"], text[max(0, a - 12):a], re.I)) or g.get("which") is not None
    return True


def _event_year(ent: Span) -> Span | None:
    """'At Worlds 2017', 'at Euro 2016': the year that ends the name of a contest or gathering dates
    it, as 'the 2016 election' does, when a preposition puts something there; the tagger reads a year
    after a capitalised word as a model's name."""
    name = [t for t in ent[:-1] if t.dep_ != "det"]      # 'the World Cup 2010'
    if not name or not all(t.pos_ == "PROPN" for t in name):
        return None
    if not _gone_to(ent.doc, ent.end - 1):
        return None       # 'Vista and Office 2007 are doing fine': a product, not a place one goes to
    return ent[-1:]


def _gone_to(doc: Doc, year: int) -> bool:
    """'at the Worlds 2022', 'at Euro 2016': a preposition before the name the year ends."""
    i = year - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].dep_ == "det"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ != "of"


def _ends_a_name(year: Span) -> bool:
    """'Office 2007', 'Windows 2000': a year just after a capitalised word ends a product's name ('In
    2007', 'Christmas 2007', 'May 2007' excepted), unless a preposition puts something there ('at the Worlds 2022')."""
    prev = year.doc[year.start - 1] if year.start > 0 else None
    if prev is None or not name_word_before_year(prev.text.rstrip(".")):
        return False
    return not _gone_to(year.doc, year.start)


def _standalone_year(ent: Span) -> bool:
    """A bare four-digit DATE entity that stands for a year, not a model number or a count."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if nxt is not None and nxt.text in ("-", "–", "/"):
        return False   # "1990-94" handled elsewhere
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        # "a 2011 interview", "the 2008 crisis" name a year; "2008 models" is a count
        return prev is not None and prev.dep_ in ("det", "poss") and nxt.tag_ in ("NN", "NNP")
    if prev is not None and prev.text in ("$", "#", "No.", "no."):
        return False
    return True


# --------------------------------------------------------------------------- resolution
Resolved = tuple[dt.date, str, str, "dt.date | None"]    # (date, precision, rule, date_end)


def resolve(kind: str, g: dict, published: dt.date | None, *, future: bool = False
            ) -> tuple[dt.date, str, str, dt.date | None] | None:
    """(date, precision, rule, date_end) for one matched expression, or None if it cannot be placed.

    Each pattern of quizgen/data/date_patterns.tsv has one rule below: absolute patterns need only
    their own words, relative ones the publication date too."""
    rule = _ABSOLUTE_RULES.get(kind)
    if rule is not None:
        return rule(g)
    if published is None:
        return None
    relative = _RELATIVE_RULES.get(kind)
    return relative(g, published, future) if relative is not None else None


# ---- absolute: the expression names its year

def _full_numeric(g: dict) -> Resolved | None:
    return _safe_day(int(g["year"]), int(g["m"]), int(g["day"]), "a full date")


def _full_date(g: dict) -> Resolved | None:
    return _safe_day(int(g["year"]), MONTHS[_mkey(g["mon"])], int(g["day"]), "a full date")


def _year_only(g: dict) -> Resolved:
    return dt.date(int(g["year"]), 1, 1), "year", "a year", None


def _month_year(g: dict) -> Resolved:
    return dt.date(int(g["year"]), MONTHS[_mkey(g["mon"])], 1), "month", "a month and year", None


def _part_of_month_year(g: dict) -> Resolved:
    return dt.date(int(g["year"]), MONTHS[_mkey(g["mon"])], 1), "month", "part of a month", None


def _season_year(g: dict) -> Resolved:
    return dt.date(int(g["year"]), _SEASONS[g["season"].lower()], 1), "month", "a season of a year", None


def _part_of_year(g: dict) -> Resolved:
    y = int(g["year"])
    part = g["part"].lower()
    if part in ("end", "second half"):
        return dt.date(y, 12 if part == "end" else 7, 1), "month", f"the {part} of {y}", None
    if part == "middle":
        return dt.date(y, 6, 1), "month", f"the middle of {y}", None
    return dt.date(y, 1, 1), "month", f"the {part} of {y}", None


_ABSOLUTE_RULES = {"iso": _full_numeric, "numeric": _full_numeric, "mid_year": _year_only,
                   "mdy": _full_date, "dmy": _full_date, "my": _month_year, "part_my": _part_of_month_year,
                   "season_y": _season_year, "part_y": _part_of_year, "year": _year_only}
_ABSOLUTE = frozenset(_ABSOLUTE_RULES)     # patterns placed without a publication date


# ---- relative: placed from the publication date P

def _month_day(g: dict, P: dt.date, future: bool) -> Resolved | None:
    month, day = MONTHS[_mkey(g["mon"])], int(g["day"])
    if not 1 <= day <= 31:
        return None
    d = _nearest_month_day(P, month, day, future)
    if d is None:
        return None
    side = "on or after" if future else "on or before"
    return d, "day", f"no year given: the {_fmt(d)} {side} publication ({_fmt(P)})", None


def _month_alone(g: dict, P: dt.date, future: bool) -> Resolved:
    month = MONTHS[_mkey(g["mon"])]
    which = (g.get("which") or "").lower().rstrip("-")
    if which == "next" or (future and which not in ("last",)):
        y = P.year if month > P.month or (month == P.month and which != "next") else P.year + 1
        rule = "the next such month after publication"
    elif which == "last":
        y = P.year if month < P.month else P.year - 1
        rule = "the latest such month before publication"
    elif which == "this":
        y = P.year
        rule = "that month of the publication year"
    else:
        y = P.year if month <= P.month else P.year - 1
        rule = "no year given: the latest such month not after publication"
    return dt.date(y, month, 1), "month", rule, None


def _weekday_of_week(g: dict, P: dt.date, future: bool) -> Resolved:
    wd = WEEKDAYS[g["wd"].lower()]
    monday = P - dt.timedelta(days=P.weekday()) + dt.timedelta(weeks=-1 if g["which"].lower() == "last" else 1)
    d = monday + dt.timedelta(days=wd)
    return d, "day", f"the {calendar.day_name[wd]} of {g['which'].lower()} week", None


def _weekday(g: dict, P: dt.date, future: bool):
    return _resolve_weekday(P, WEEKDAYS[g["wd"].lower()], (g.get("which") or "").lower(), future)


def _relative_day(g: dict, P: dt.date, future: bool) -> Resolved:
    rday = g["rday"].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[rday]
    d = P + dt.timedelta(days=offset)
    return d, "day", f"'{rday}' counted from publication ({_fmt(P)})", None


def _day_before_after(g: dict, P: dt.date, future: bool) -> Resolved:
    if g["ba"].startswith("before"):
        return P - dt.timedelta(days=2), "day", "two days before publication", None
    return P + dt.timedelta(days=2), "day", "two days after publication", None


def _time_of_day(g: dict, P: dt.date, future: bool) -> Resolved:
    which = g["which"].lower()
    d = P - dt.timedelta(days=1) if which == "last" else P
    return d, "day", f"'{which} {g['tod']}' counted from publication", None


def _holiday(g: dict, P: dt.date, future: bool) -> Resolved | None:
    month, day = map(int, HOLIDAYS[g["hol"].lower().replace("’", "'")].split("-"))    # the tagger's table: 'MM-DD'
    d = _nearest_month_day(P, month, day, future)
    return (d, "day", "a holiday: the nearest one " + ("after" if future else "on or before") + " publication",
            None) if d else None


def _ago(g: dict, P: dt.date, future: bool) -> Resolved | None:
    n = number_word(g["num"])
    unit = g["unit"].lower()
    if n is None or unit not in ("day", "week") and g["num"].lower() in _VAGUE_COUNTS:
        return None       # "several years ago": some time back, no year to name (TimeML: PAST_REF)
    if unit == "day":
        return P - dt.timedelta(days=n), "day", f"{n} days before publication", None
    if unit == "week":
        return P - dt.timedelta(weeks=n), "day", f"{n} weeks before publication", None
    if unit == "month":
        y, m = _add_months(P.year, P.month, -n)
        return dt.date(y, m, 1), "month", f"{n} months before publication", None
    if unit == "year":
        return dt.date(P.year - n, 1, 1), "year", f"{n} years before publication", None
    return dt.date(P.year - 10 * n, 1, 1), "year", f"{n} decades before publication", None


def _relative_unit(g: dict, P: dt.date, future: bool) -> Resolved | None:
    which, unit = g["which"].lower(), g["unit"].lower()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return dt.date(P.year + step, 1, 1), "year", f"'{which} year' from the publication year", None
    if unit == "month":
        y, m = _add_months(P.year, P.month, step)
        return dt.date(y, m, 1), "month", f"'{which} month' from the publication month", None
    # A week is neither a day, a month nor a year: placing it on one day would be a guess.
    return None


def _relative_season(g: dict, P: dt.date, future: bool):
    which, season = g["which"].lower(), g["season"].lower()
    return _resolve_season(P, _SEASONS[season], which, season)


def _part_of_relative(g: dict, P: dt.date, future: bool) -> Resolved | None:
    which, unit, part = g["which"].lower(), g["unit"].lower(), g["part"].lower()
    if which == "the":
        return None
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        y = P.year + step
        month = _PART_MONTH[part]
        return dt.date(y, month, 1), "month", f"the {part} of {which} year, from the publication year", None
    if unit == "month":
        y, m = _add_months(P.year, P.month, step)
        return dt.date(y, m, 1), "month", f"the {part} of {which} month", None
    return None


_RELATIVE_RULES = {"md": _month_day, "dm": _month_day, "rel_month": _month_alone, "month": _month_alone,
                   "weekday_week": _weekday_of_week, "weekday": _weekday, "rel_day": _relative_day,
                   "day_before": _day_before_after, "this_tod": _time_of_day, "holiday": _holiday,
                   "ago": _ago, "rel_unit": _relative_unit, "rel_season": _relative_season,
                   "part_rel": _part_of_relative}


def _resolve_season(P: dt.date, month: int, which: str, season: str):
    """'last spring' is the latest spring already over; 'next spring' the first not yet begun."""
    def bounds(year: int) -> tuple[dt.date, dt.date]:
        start = dt.date(year, month, 1)
        y2, m2 = _add_months(year, month, 3)
        return start, dt.date(y2, m2, 1)
    if which == "this":
        # the one under way, or else the one of the publication year
        for y in (P.year - 1, P.year):
            a, b = bounds(y)
            if a <= P < b:
                return a, "month", f"'this {season}': the {season} under way at publication", None
        return dt.date(P.year, month, 1), "month", f"'this {season}': the {season} of the publication year", None
    if which == "last":
        y = P.year
        while bounds(y)[1] > P:
            y -= 1
        return dt.date(y, month, 1), "month", f"'last {season}': the latest {season} over before publication", None
    y = P.year - 1
    while bounds(y)[0] <= P:
        y += 1
    return dt.date(y, month, 1), "month", f"'next {season}': the first {season} after publication", None


def _resolve_weekday(P: dt.date, wd: int, which: str, future: bool):
    if which == "next" or (future and which != "last"):
        days = (wd - P.weekday()) % 7
        if which == "next" and days == 0:
            days = 7
        d = P + dt.timedelta(days=days)
        return d, "day", f"the next {calendar.day_name[wd]} on or after publication ({_fmt(P)}), the sentence speaks of the future", None
    days = (P.weekday() - wd) % 7
    if which == "last" and days == 0:
        days = 7
    d = P - dt.timedelta(days=days)
    same = " (the publication day itself)" if days == 0 else ""
    return d, "day", f"the latest {calendar.day_name[wd]} on or before publication ({_fmt(P)}){same}", None


def _nearest_month_day(P: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """The latest such day not after P (past), or the earliest not before P (future)."""
    years = (P.year, P.year + 1, P.year + 2) if future else (P.year, P.year - 1, P.year - 2)
    for y in years:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue    # Feb. 29 in a common year
        if (d >= P) if future else (d <= P):
            return d
    return None


def _safe_day(y: int, m: int, d: int, rule: str):
    try:
        return dt.date(y, m, d), "day", rule, None
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + n
    return idx // 12, idx % 12 + 1


def _mkey(mon: str) -> str:
    return mon.lower().rstrip(".")


# Counts that name no number: "a few years ago" is no particular year (a few days ago is still near)
_VAGUE_COUNTS = ("a few", "several")


def number_word(word: str) -> int | None:
    """The number a count word or figure names ('two', '12'), or None."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def _fmt(d: dt.date) -> str:
    return f"{calendar.day_name[d.weekday()]} {d.strftime('%B')} {d.day}, {d.year}"
