"""A reported happening that carries its own earlier day keeps that day, not the day it was told."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from .model import TimeExpression, format_date
from .wordlists import word_set

# a telling comes days after the act it tells, not weeks: further back, the two are not one story's
_MOST_DAYS_BEFORE = 7
_SEQUENCE_PREPS = word_set("sequence_bound_preps")


def own_day(told: TimeExpression, times: list[TimeExpression], content: Token | None) -> TimeExpression:
    """'At least 100 people were killed in Tuesday's blast, officials said Wednesday', 'the company
    said Tuesday that Monday's outage hit 2 million users': the day on the reporting verb dates the
    telling; the content clause (`content`, the happening told) names its own earlier day, which is
    the happening's date. `told` itself when the content names no such day."""
    if content is None or told.precision != "day" or told.future or told.date is None:
        return told
    inside = _days_inside(told, times, content)
    if len(inside) != 1:
        return told            # none, or two days told (which one the clause means is not clear)
    own = inside[0]
    rule = f"the happening told on {format_date(told.date, 'day')} names its own day, {own.text!r}: {own.rule}"
    return replace(own, rule=rule, sentence_id=told.sentence_id, start=told.start, end=told.end)


def _days_inside(told: TimeExpression, times: list[TimeExpression], content: Token) -> list[TimeExpression]:
    """The past days a few days before the telling written inside the content clause's words."""
    first, last = content.left_edge.idx, content.right_edge.idx + len(content.right_edge)
    return [t for t in times if t is not told and t.sentence_id == told.sentence_id and first <= t.start
            and t.end <= last and _day_before(t, told.date) and not _bounds(content.doc, t)]


def _bounds(doc: Doc, t: TimeExpression) -> bool:
    """'found 12 bodies after Sunday's landslide': a day inside an after/before/since phrase bounds the
    happening, it does not date it."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return True
    for a in span.root.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "prep" and a.lower_ in _SEQUENCE_PREPS:
            return True
    return False


def _day_before(t: TimeExpression, day: dt.date) -> bool:
    """A past day a few days before `day`."""
    return t.past_day and 0 < (day - t.date).days <= _MOST_DAYS_BEFORE
