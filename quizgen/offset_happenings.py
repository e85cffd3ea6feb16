"""A happening placed by its distance from another one the article dates: 'A day before the crash, the
airline had moved to ...', 'Hours after the blast, police arrested ...', 'The day after the election, ...'.

The other happening is the noun after 'before'/'after'; it is found where the article dates it (a verb or
noun of the same word, or the verb the noun is made from, governing a past day of its own). When every
such place gives one day, the offset counts from it; otherwise (no date, two dates, a step in hours that
may cross midnight) the happening stays undated."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from spacy.tokens import Doc, Span, Token

from .model import Sentence, TimeExpression, format_date, times_by_sentence
from .nlp import text_of
from .wordlists import mapping, word_set

_STEPS = {unit: int(most) for unit, most in mapping("within_day_steps").items()}
_DAY_UNITS = ("day", "days")
_ONE = ("a", "an", "one", "the")
_HEDGES = word_set("offset_count_hedges")          # 'just', 'about', 'only' before the count
_LATE_PARTS = word_set("late_day_parts")           # 'night', 'p.m.': hours after may pass midnight
_EARLY_PARTS = word_set("early_day_parts")         # 'morning', 'a.m.': hours before may go back past it
_OWN_ARGS = ("nsubj", "nsubjpass", "dobj", "attr")


def offset_dates(times: list[TimeExpression], doc: Doc, sentences: list[Sentence], spans: list[Span],
                 count: Callable[[str], int | None], published: dt.date | None = None) -> list[TimeExpression]:
    """`times` with a day for each sentence that holds an offset from a happening the article dates on one
    past day ('two days after the vote'), or that the offset itself dates ('a day after the Oct. 23
    shooting'), and no other date; `count` reads a number word ('two' -> 2). A day after `published` is
    left: what the sentence tells cannot have happened yet."""
    dated = [t for t in times if t.past_day and t.date_end is None]
    out = list(times)
    dated_by_sentence = times_by_sentence([t for t in times if t.date is not None])
    for sent, span in zip(sentences, spans):
        own = dated_by_sentence.get(sent.id, [])
        found = _first_counted(span, count, dated, own, sent.id)
        if found is not None and _only_date(found, own, published):
            out.append(found)
    return out


def _only_date(found: TimeExpression, own: list[TimeExpression], published: dt.date | None) -> bool:
    """No other date in the sentence than those inside the offset, and not after publication."""
    inside = all(found.start <= t.start and t.end <= found.end for t in own)
    return inside and (published is None or found.date <= published)


def _first_counted(span: Span, count, dated: list[TimeExpression], own: list[TimeExpression], sent: int
                   ) -> TimeExpression | None:
    for prep in span:
        found = _counted(prep, count, dated, own, sent)
        if found is not None:
            return found
    return None


def _counted(prep: Token, count, dated: list[TimeExpression], own: list[TimeExpression], sent: int
             ) -> TimeExpression | None:
    """The day of '[count] unit before/after the noun' at `prep`, counted from the noun's one dated day."""
    found = _offset(prep, count)
    if found is None:
        return None
    first, noun, days, hours = found
    after = prep.lower_ == "after"
    anchor = _day_in(noun, own) or _anchor_day(noun, dated, prep.doc, sent)
    if anchor is None or (hours and not _stays_in_day(anchor, after)):
        return None
    day = anchor.date + dt.timedelta(days=days if after else -days)
    start, end = first.idx, noun.idx + len(noun)
    written = text_of(prep.doc)[start:end]
    return TimeExpression(text=written, sentence_id=sent, start=start, end=end, date=day, precision="day",
                          rule=f"'{written}' read as {format_date(day, 'day')}: counted from '{anchor.text}', "
                               f"the day the article gives the {noun.lemma_}")


def _day_in(noun: Token, own: list[TimeExpression]) -> TimeExpression | None:
    """The day the noun's own phrase gives it ('the Oct. 23 shooting'), or None."""
    first, end = noun.left_edge.idx, noun.idx + len(noun)
    return next((t for t in own if t.precision == "day" and t.date_end is None and first <= t.start and
                 t.end <= end), None)


def _offset(prep: Token, count) -> tuple[Token, Token, int, bool] | None:
    """(first word, the other happening's noun, days off, a step in hours) of '[count] unit before/after
    the noun', or None."""
    noun = _other_happening(prep)
    if noun is None:
        return None
    unit = prep.doc[prep.i - 1]
    words = _count_words(prep.doc, unit.i)
    first = words[0] if words else unit
    if unit.lower_ in _DAY_UNITS:
        n = _count(words, count)
        return None if n is None else (first, noun, n, False)
    n = (_count(words, count) if words else 0) if unit.lower_ in _STEPS else None
    if n is None or n > _STEPS[unit.lower_]:
        return None
    return first, noun, 0, True


def _other_happening(prep: Token) -> Token | None:
    """The noun of 'before/after the noun' at `prep`, or None."""
    if prep.lower_ not in ("before", "after") or prep.i < 1:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or not any(_definite(c) for c in noun.children):
        return None
    return noun


def _definite(word: Token) -> bool:
    """'the' or an owner's pronoun ('his death'): the happening meant is one already told."""
    return (word.dep_ == "det" and word.lower_ == "the") or (word.dep_ == "poss" and word.pos_ == "PRON")


def _count_words(doc: Doc, unit: int) -> list[Token]:
    """The words of the count before a unit ('just two', 'a', 'seven'), hedges included."""
    k = unit
    while k > 0 and (doc[k - 1].like_num or doc[k - 1].lower_ in _ONE or doc[k - 1].lower_ in _HEDGES):
        k -= 1
    return list(doc[k:unit])


def _count(words: list[Token], count) -> int | None:
    """The number a count names ('a' and 'the' are one), or None for none or more than one."""
    nums = [w for w in words if w.lower_ not in _HEDGES]
    if len(nums) != 1:
        return None
    w = nums[0].lower_
    return 1 if w in _ONE else count(w)


def _anchor_day(noun: Token, dated: list[TimeExpression], doc: Doc, own: int) -> TimeExpression | None:
    """The one past day the article dates the happening `noun` names on, or None."""
    from .headlines import verbs_telling
    words = verbs_telling(noun.lemma_.lower())
    days = {}
    for t in dated:
        if t.sentence_id == own:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and any(_governs(w, span) for w in _happening_words(span, words)):
            days.setdefault(t.date, t)
    return next(iter(days.values())) if len(days) == 1 else None


def _happening_words(span: Span, lemmas: set[str]) -> list[Token]:
    return [w for w in span.sent if w.lemma_.lower() in lemmas and w.pos_ in ("NOUN", "VERB")
            and not span.start <= w.i < span.end]


def _governs(word: Token, span: Span) -> bool:
    """The date `span` is the day of `word`: it hangs on it ('crashed on Tuesday', 'the crash on Tuesday',
    'Tuesday's crash') or on the verb it is the subject or object of ('The crash happened Tuesday')."""
    head = span.root.head
    while head.dep_ == "prep" and head.head is not head:
        head = head.head
    if word.i == head.i or word.left_edge.i <= span.start and span.end <= word.right_edge.i + 1 and \
            word.pos_ == "NOUN":
        return True
    return word.dep_ in _OWN_ARGS and word.head.i == head.i


def _stays_in_day(anchor: TimeExpression, after: bool) -> bool:
    """Hours after a happening of the night (or before one of the morning) may fall on another day."""
    words = anchor.text.lower().split()
    return not any(w in (_LATE_PARTS if after else _EARLY_PARTS) for w in words)



def clause_before(verb: Token, dated: TimeExpression, count: Callable[[str], int | None]) -> TimeExpression | None:
    """The day of a clause told as '[count] unit after' it, counted back from the dated act it comes before:
    'X conceded on Friday, a day after protesters stormed parliament' -> the storming was on Thursday.
    None unless the clause is a past one hung on 'after' with a count of days, or of hours that cannot
    reach back past midnight (the dated act is not of a morning)."""
    step = _step_before(verb) if verb.tag_ == "VBD" and dated.past_day else None
    if step is None:
        return None
    unit, mark = step
    words = _count_words(verb.doc, unit.i)
    days = _days_back(unit, _count(words, count) if words else None, dated)
    if days is None:
        return None
    day = dated.date - dt.timedelta(days=days)
    start, end = (words[0] if words else unit).idx, mark.idx + len(mark)
    written = text_of(verb.doc)[start:end]
    return TimeExpression(text=written, sentence_id=dated.sentence_id, start=start, end=end, date=day,
                          precision="day", rule=f"'{written}' read as {format_date(day, 'day')}: counted back from "
                                                f"'{dated.text}', the day of the act it comes before ({dated.rule})")


def _step_before(verb: Token) -> tuple[Token, Token] | None:
    """(unit, 'after') of a clause opened by '[count] unit after' ('a day after protesters stormed ...')."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    unit = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i), None)
    return None if mark is None or unit is None or unit.i != mark.i - 1 else (unit, mark)


def _days_back(unit: Token, n: int | None, dated: TimeExpression) -> int | None:
    """Days between the clause and the dated act: the count of a day unit; none for a step within a day
    ('hours after') that stays in the dated act's day; None otherwise."""
    if unit.lower_ in _DAY_UNITS:
        return n
    if unit.lower_ not in _STEPS or (n or 0) > _STEPS[unit.lower_] or not _stays_in_day(dated, False):
        return None
    return 0
