"""A reported happening that carries its own earlier day keeps that day, not the day it was told."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from .events_recall import kin_of
from .model import TimeExpression, format_date, period
from .wordlists import word_set

# a telling comes days after the act it tells, not weeks: further back, the two are not one story's
_MOST_DAYS_BEFORE = 7
_SEQUENCE_PREPS = word_set("sequence_bound_preps")
# a told happening and its day named elsewhere lie a day to three apart (a story's update)
_NAMED_DAYS_BEFORE = 3
# 'another quake', 'a second crash', 'the new blast': not the one named before
_ANOTHER_WORDS = word_set("sequence_adjectives")
# how a day names a happening noun: 'Sunday's quake', 'the late Sunday quake', 'the Oct. 5 crash'
_NAMING_DEPS = word_set("happening_naming_deps")


def own_day(told: TimeExpression, times: list[TimeExpression], content: Token | None) -> TimeExpression:
    """'At least 100 people were killed in Tuesday's blast, officials said Wednesday', 'the company
    said Tuesday that Monday's outage hit 2 million users': the day on the reporting verb dates the
    telling; the content clause (`content`, the happening told) names its own earlier day, which is
    the happening's date. `told` itself when the content names no such day."""
    if content is None or not told.past_day:
        return told
    inside = _days_inside(told, times, content) or _periods_of_content(told, times, content)
    if len(inside) != 1:
        return told            # none, or two days told (which one the clause means is not clear)
    own = inside[0]
    what = "day" if own.precision == "day" else "time"
    rule = f"the happening told on {format_date(told.date, 'day')} names its own {what}, {own.text!r}: {own.rule}"
    return replace(own, rule=rule, sentence_id=told.sentence_id, start=told.start, end=told.end)


def _days_inside(told: TimeExpression, times: list[TimeExpression], content: Token) -> list[TimeExpression]:
    """The past days a few days before the telling written inside the content clause's words."""
    first, last = content.left_edge.idx, content.right_edge.idx + len(content.right_edge)
    return [t for t in times if t is not told and t.sentence_id == told.sentence_id and first <= t.start
            and t.end <= last and _day_before(t, told.date) and not _bounds(content.doc, t)]


# a figure for a month or quarter is told within a few months of its end
_MOST_PERIOD_DAYS_BEFORE = 100


def _periods_of_content(told: TimeExpression, times: list[TimeExpression], content: Token) -> list[TimeExpression]:
    """'The department said Friday that retail sales rose 0.5 percent in August': a past month or quarter
    hung on the content's own verb, over before the telling, is the time of the figure told."""
    return [t for t in times if t is not told and t.sentence_id == told.sentence_id and not t.future and
            t.precision in ("month", "quarter") and t.date is not None and _ended_before(t, told.date) and
            _on_verb(content.doc, t, content)]


def _ended_before(t: TimeExpression, day: dt.date) -> bool:
    """The month or quarter is over before `day`, and not long before."""
    end = period(t.date, t.precision)[1]
    return end <= day and (day - end).days <= _MOST_PERIOD_DAYS_BEFORE


def _on_verb(doc: Doc, t: TimeExpression, verb: Token) -> bool:
    """The expression hangs on the verb through one preposition ('rose ... in August'), or on its subject
    through 'for' or 'in' ('its profit for the third quarter rose')."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.dep_ != "prep":
        return False
    prep = span.root.head
    return prep.head == verb or prep.lower_ in ("for", "in") and prep.head.dep_ in ("nsubj", "nsubjpass") and \
        prep.head.head == verb


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


def day_named_elsewhere(told: TimeExpression, times: list[TimeExpression], content: Token | None) -> TimeExpression:
    """'A powerful earthquake struck the region, officials said Monday. ... The late Sunday quake
    flattened a village': the day on the reporting verb dates the telling; the article names the told
    happening (its verb or its subject noun, or their kin) elsewhere with its own earlier day, which is
    the happening's date. `told` itself when no such day, or two, are named."""
    named = _named_days(told, times, content)
    if len(named) != 1:
        return told
    own = next(iter(named.values()))
    rule = (f"the happening told on {format_date(told.date, 'day')} is named elsewhere with its own day, "
            f"{own.text!r}: {own.rule}")
    return replace(own, rule=rule, sentence_id=told.sentence_id, start=told.start, end=told.end)


def _named_days(told: TimeExpression, times: list[TimeExpression], content: Token | None) -> dict:
    """The earlier days (date -> expression) the article names the told happening by, a day to three
    before the telling."""
    if content is None or not told.past_day:
        return {}
    words = _happening_words(content)
    if not words:
        return {}
    return {t.date: t for t in times if _day_before(t, told.date) and (told.date - t.date).days <= _NAMED_DAYS_BEFORE
            and _names_happening(content.doc, t, words)}


def _happening_words(content: Token) -> frozenset[str]:
    """The told verb and its subject noun, widened by their kin (struck ... earthquake -> quake, tremor);
    empty when neither is a happening's word."""
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.lower_ in _ANOTHER_WORDS for c in subject.children):
        return frozenset()     # 'another quake struck, officials said Tuesday': not the one named before
    own = {content.lemma_.lower()} | ({subject.lemma_.lower()} if subject is not None else set())
    return kin_of(own)


def _names_happening(doc: Doc, t: TimeExpression, words: frozenset[str]) -> bool:
    """The day is a noun's own ('Sunday's quake', 'the late Sunday quake'), and that noun is one of `words`."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in _NAMING_DEPS and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in words
