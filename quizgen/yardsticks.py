"""Dates that are not the time of their clause's happening in business and wire news: a comparison
base ('rose 19% from a year earlier'), the period a forecast or stance is about ('analysts expect a
loss next year', 'is cautious about next year'), a record date ('to holders of record Nov. 15') and
the start of a measured change ('Since Tuesday, the shares have gained 4%')."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .wordlists import mapping, word_set

_FORECAST = word_set("forecast_words")
_COMPARISON_ADJ = word_set("comparison_period_words")
_FIGURES = ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
_BACKWARD = word_set("backward_time_words")
_COMPARING = ("from", "over", "against")
_ABOUT_PERIOD = ("by", "over", "through", "between")     # a span or a deadline, not a time set for a thing
_PLAN_NOUNS = word_set("covered_plan_nouns")
_YEAR_KINDS = mapping("year_kind_words")
_YEAR_WORDS = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\byears?\b", re.I)
_DESCRIBING = word_set("year_describing_deps")
_MONTHS = {w.lower() for w in word_set("month_names")} | word_set("month_abbreviations")


def path_to(span: Span, verb: Token | None) -> list[Token]:
    """The tokens from the date's head up to (not including) its verb."""
    out: list[Token] = []
    t = span.root
    while t.head != t and t.head != verb:
        t = t.head
        out.append(t)
    return out


def measure_base(span: Span, verb: Token | None) -> bool:
    """The date is a measure's base, not a happening's time (see the module's docstring)."""
    path = path_to(span, verb)
    return _comparison_base(span, verb, path) or _record_date(span) or _measured_since(span, verb, path) or \
        _quarter_end(span) or _state_until(span, verb) or since_first(span) or _bound_before(span) or \
        _covered_year(span, verb) or bracketed_figure(span) or _compared_value_day(span)


def _compared_value_day(span: Span) -> bool:
    """'valuing Wachovia at $1 a share, 90 percent less than its market value Friday': a bare day right
    after the thing a comparison is made with dates that thing's value, not the clause's happening
    (judged: 'On which day did Citigroup agree to acquire Wachovia?' keyed 'Friday', the day of the old
    value)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    compared = doc[span.start - 1]
    while compared.dep_ in ("compound", "conj") and compared.head.i != compared.i:
        compared = compared.head
    prep = compared.head
    return compared.dep_ == "pobj" and (prep.lower_ == "than" or
                                        prep.lower_ in ("with", "to") and prep.head.lower_ == "compared")


def _open_bracket(before: list[Token]) -> Token | None:
    """The '(' nearest before the date when no ')' closes it first: the date is inside brackets."""
    opening = next((t for t in reversed(before) if t.text in "()"), None)
    return opening if opening is not None and opening.text == "(" else None


def bracketed_figure(span: Span) -> bool:
    """'behind Gerd Mueller (14 in 1970-74)': a date in brackets after a figure of its own dates that
    aside (another's record, a past count), not the happening of the clause around the brackets."""
    before = [t for t in span.sent if t.i < span.start]
    opening = _open_bracket(before)
    if opening is None:
        return False
    inside = [t for t in before if t.i > opening.i]
    return len(inside) <= 4 and any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in inside)


def since_first(span: Span) -> bool:
    """'their first since 1999', 'the highest since 2008': 'since' hung on a word, not a verb, measures
    that word; the clause's happening is not then."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "since" and prep.head.pos_ in ("ADJ", "NOUN", "NUM")


def _bound_before(span: Span) -> bool:
    """'to be published before the summer': the happening lies some time before the date, not at it."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "before" and prep.head.pos_ in ("VERB", "AUX")


def _state_until(span: Span, verb: Token | None) -> bool:
    """'served as chairman until 1974', 'was a trustee until 1974', 'had been banned until last week':
    the date ends a past state; nothing the clause says happened then. 'postponed the vote until Monday'
    (a thing moved) is left to the caller."""
    prep = span.root.head
    if verb is None or span.root.dep_ != "pobj" or prep.lower_ not in ("until", "till"):
        return False
    holder = _state_holder(prep.head)
    if verb not in (prep.head, holder):
        return False
    return _lasting_state(holder)


def _state_holder(word: Token) -> Token:
    """The verb an 'until' clause's state is of: 'had been denied visas to enter the country until last
    week' is the denial that lasted, not the entering."""
    holder = word
    while holder.tag_ == "VB" and holder.dep_ in ("advcl", "xcomp"):
        holder = holder.head
    return holder


def _lasting_state(verb: Token) -> bool:
    """A verb that tells a state which lasts until a date: a copula ('was a trustee'), a perfect state
    or passive ('had been banned'), or a past verb with no object ('served as chairman')."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
    if verb.lemma_ == "be" and not passive or perfect and (verb.lemma_ == "be" or passive):
        return True
    # 'postponed the vote until Monday' moves a thing: an object (or a passive) is no state
    return verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)


def forecast_period(span: Span, verb: Token | None) -> bool:
    """A future date that is only what a forecast or a stance talks about: 'analysts expect a loss next
    year', 'cut its estimate for next year', 'is cautious about next year'. A plan under the forecast
    verb ('expects to complete the sale next year') keeps its date: the date hangs on the plan."""
    path = path_to(span, verb)
    if _topic_or_bound(span, verb, path):
        return True
    if verb is None or any(t.dep_ in ("xcomp", "ccomp", "advcl") for t in path):
        return False
    return _forecasting(verb) or _forecast_noun(path) or _for_forecast_object(span, verb)


def _topic_or_bound(span: Span, verb: Token | None, path: list[Token]) -> bool:
    """'cautious about next year' (the topic, not a time), a period an act already done is about, a
    state running into the date, or a thing of the date inside a done act's object."""
    if any(t.lower_ == "about" and t.dep_ == "prep" for t in path):
        return True
    return _done_about_later(span, verb) or _running_into(span, verb) or _done_before(span, verb)


def _running_into(span: Span, verb: Token | None) -> bool:
    """'Forecasters see smooth sailing into Thanksgiving': a present clause running into a coming date
    is a state from now to then, no happening of that date."""
    prep = span.root.head
    return verb is not None and span.root.dep_ == "pobj" and prep.lower_ == "into" and prep.head == verb \
        and verb.tag_ in ("VBP", "VBZ")


def _done_before(span: Span, verb: Token | None) -> bool:
    """'The forecast has left the fate of the balloons in the Thanksgiving Day Parade in doubt': an
    active present perfect is done by now; a coming date deep inside its object is that thing's, not
    its own ('has moved the vote to 2025', the date on the verb, is left alone)."""
    if verb is None or span.root.head == verb or span.root.head.head == verb:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and \
        not any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in kids)


def _done_about_later(span: Span, verb: Token | None) -> bool:
    """'has analysed effects over 2000-2050', 'found losses by 2050': an act already done (past or
    present perfect, active) cannot happen at a later date; the date is the period it is about.
    'has moved the vote to 2025', 'set for 2025' give the new time of a thing and are left alone."""
    obj = span.root
    if obj.dep_ != "pobj" and obj.head.dep_ == "pobj" and obj.head.ent_type_ == "DATE":
        obj = obj.head            # 'over 2000 - 2050': the parser hangs the end year on the first
    prep = obj.head
    if verb is None or obj.dep_ != "pobj" or prep.head != verb or prep.lower_ not in _ABOUT_PERIOD:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in kids):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)


def _forecast_noun(path: list[Token]) -> bool:
    """'its forecast for next year', 'an outlook for 1990': the date describes the forecast."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _FORECAST for t in path)


def _forecasting(verb: Token) -> bool:
    """'analysts expect', 'predicted': a forecast made, not 'will forecast' nor 'is expected' (due then)."""
    return verb.lemma_.lower() in _FORECAST and \
        not any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _for_forecast_object(span: Span, verb: Token) -> bool:
    """'cut her estimate for next year': 'for' + the date on a verb whose object is an estimate."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "for" or prep.head != verb:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FORECAST for c in verb.children)


def _comparison_base(span: Span, verb: Token | None, path: list[Token]) -> bool:
    """'rose 19% from a year earlier', 'fell from the year-ago period', 'has risen over comparable
    periods in 1988': the earlier date is the yardstick of a change measured now."""
    if verb is None:
        return False
    return _after_compared_period(span) or _compared_change(span, verb, path) or _base_of_from_amount(span, verb)


def _base_of_from_amount(span: Span, verb: Token) -> bool:
    """'rose to $5 million from $4 million in the year-earlier quarter': a step-back date beside a
    'from' + amount of the same verb is the date of that base amount ('In the year-ago period, X
    earned $3 million' has no 'from' and stays). The 'from' may hang on the change's words before the date
    ('was $254 million, up 56% from $163 million, a year earlier'); 'compared with $170 million, in the
    year-ago quarter' is such a base too, though the parser hangs the date on the verb."""
    froms = [*verb.children, *(t for t in verb.subtree if t.i < span.start)]
    return _step_back(span) and any(_base_marker(c) and any(x.ent_type_ in _FIGURES for x in c.subtree)
                                    for c in froms)


def _base_marker(t: Token) -> bool:
    """'from' (a change's start), 'compared with/to' or 'versus': what follows is a base amount."""
    return t.dep_ == "prep" and t.lower_ in ("from", "versus", "vs.") or t.lower_ == "compared"


def _compared_change(span: Span, verb: Token, path: list[Token]) -> bool:
    """'from a year earlier' after a measured change, or 'from'/'over' a comparison period."""
    if not any(t.dep_ == "prep" and t.lower_ in _COMPARING for t in path) or _followed_by_to(span):
        return False              # 'from 1990 to 1994': a span, not a base
    return _compared(span, path) or _step_back(span) and _has_figure(verb, span)


def _step_back(span: Span) -> bool:
    """'a year earlier', 'a year ago', 'the year-ago period', 'the previous quarter'."""
    return any(w.lower_ in _BACKWARD or w.lower_.endswith("-ago") for w in span)


def _compared(span: Span, path: list[Token]) -> bool:
    """'comparable periods', 'the year-earlier quarter': a period named as the comparison's."""
    return any(c.dep_ == "amod" and c.lower_ in _COMPARISON_ADJ for t in path for c in t.children) or \
        any(c.lower_ in _COMPARISON_ADJ for c in span)


def _after_compared_period(span: Span) -> bool:
    """'over comparable periods in 1990' with 'in 1990' hung on the verb: the date right after a
    comparison period is that period's."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].dep_ != "prep":
        return False
    noun = doc[span.start - 2]
    return noun.dep_ == "pobj" and noun.head.lower_ in _COMPARING and \
        any(c.dep_ == "amod" and c.lower_ in _COMPARISON_ADJ for c in noun.children)


def _has_figure(verb: Token, span: Span) -> bool:
    """The clause measures something: a percentage, an amount or a number outside the date."""
    return any(t.ent_type_ in _FIGURES and not span.start <= t.i < span.end for t in verb.subtree)


def _followed_by_to(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("to", "through", "until")


def _record_date(span: Span) -> bool:
    """'payable Dec. 15 to holders of record Nov. 15': the record date names who is paid, not when."""
    doc = span.doc
    at = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ != "on" else span.start - 2
    return at > 0 and doc[at].lower_ == "record" and doc[at - 1].lower_ == "of"


def _measured_since(span: Span, verb: Token | None, path: list[Token]) -> bool:
    """'Since Tuesday, the shares have gained nearly 4%': a perfect change measured from the date."""
    since = any(t.lower_ == "since" for t in path) or (span.start > 0 and span.doc[span.start - 1].lower_ == "since")
    return since and verb is not None and _perfect_change(verb)


def _perfect_change(verb: Token) -> bool:
    """'have gained nearly 4%', 'has lost $2 million': a perfect verb with an amount as its measure."""
    perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
    return perfect and any(c.ent_type_ in ("PERCENT", "MONEY") and c.dep_ in ("dobj", "npadvmod", "advmod")
                           for c in verb.children)


def _quarter_end(span: Span) -> bool:
    """'For the quarter ended Sept. 30, X earned ...': the quarter is the time of the earnings (its own
    date expression reads the end date); the end day alone is no happening's day."""
    ended = span.root.head
    return span.root.dep_ in ("npadvmod", "dobj", "pobj", "tmod") and ended.lemma_ == "end" and \
        ended.dep_ == "acl" and ended.head.lemma_.lower() == "quarter"


def _covered_year(span: Span, verb: Token | None) -> bool:
    """A year that is the period a plan covers ('approved the 2024 budget', 'raised its 2014 earnings
    forecast', "next year's budget") or a fiscal or school year ('plans to sell it in fiscal 2017', 'the
    2019-20 school year'), not the calendar year of the clause's happening. A figure told for a fiscal
    year ('revenue was $39 billion in fiscal 2005') keeps it: the period it covers, shown as one."""
    if not _YEAR_WORDS.search(span.text) or any(t.lower_ in _MONTHS for t in span):
        return False
    kinds = _year_kinds(span)
    if "teaching" in kinds or "accounting" in kinds and not _told_figure(verb):
        return True
    root = span.root
    return root.dep_ in _DESCRIBING and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _PLAN_NOUNS


def _year_kinds(span: Span) -> set[str]:
    """The kinds of year ('accounting', 'teaching') the words of the date, the word before it and the
    words of the year noun it belongs to ('the 2019-20 school year', 'the academic year 2013-14') make it."""
    words = [*span.doc[max(span.start - 1, 0):span.end]]
    for noun in {span.root.head, *span.doc[max(span.start - 1, 0):span.start]}:
        if noun.lemma_.lower() == "year":
            words += [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return {_YEAR_KINDS[t.lower_] for t in words if t.lower_ in _YEAR_KINDS}

def _told_figure(verb: Token | None) -> bool:
    """The clause gives an amount of money or a percentage ('revenue was $39 billion')."""
    return verb is not None and any(t.ent_type_ in ("MONEY", "PERCENT") for t in verb.subtree)
