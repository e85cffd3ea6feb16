"""Put events in order: 3-5 timeline events with distinct dates, earliest first."""
from __future__ import annotations

import datetime as dt

from ..model import Question, period
from ..wordlists import word_set
from .context import Context, question
from .distractors import shuffled
from .timeline import label_problem

# 'from 1980 to 2012', '1990 through 1995': a span with both ends written (range_joiners)
_RANGE_JOINERS = word_set("range_joiners")
# a resolved span whose two ends 'and' joins ('his 2020 and 2021 disclosures', 'between 2019 and 2021')
_SPAN_JOINERS = _RANGE_JOINERS | {"and"}

PROMPTS = ("Put these events in the order they happened, earliest first.",
           "Arrange these events from the earliest to the most recent.")


def _key(e):
    return (e.date, {"year": 0, "month": 1, "day": 2}.get(e.precision, 2))


def generate(ctx: Context) -> list[Question]:
    events = _orderable(ctx)
    if len(events) < 3:
        return []
    out = []
    for i, group in enumerate(_groups(events)[:2]):
        if len(group) < 3:
            continue
        labels = tuple(e.label for e in group)
        prompt = PROMPTS[i]
        choices = tuple(shuffled(list(labels), prompt + "|".join(labels)))
        if choices == labels:
            choices = labels[1:] + labels[:1]
        out.append(question("order_events", prompt, labels, group[0].sentence_id, choices=choices,
                            focus="order", event_ids=tuple(e.id for e in group)))
    return out


def _orderable(ctx: Context) -> list:
    """The events, earliest first, that can be put in order: each dated apart from the others,
    with a label of its own that does not give its date away."""
    events = []
    seen_dates, seen_labels = set(), set()
    counts: dict[str, int] = {}
    for e in ctx.parsed.events:
        counts[e.label.lower()] = counts.get(e.label.lower(), 0) + 1
    for e in sorted(ctx.parsed.events, key=_key):
        if e.future or len(e.label.split()) < 2 or counts[e.label.lower()] > 1 or _spans_another(e, ctx.parsed.events):
            continue
        span = ctx.parsed.spans[e.sentence_id] if 0 <= e.sentence_id < len(ctx.parsed.spans) else None
        if label_problem(e.label, e.time_text, span):
            continue      # an item that gives its own date away, or a headline cut short
        # same-year events of different precision cannot be ordered safely ("1990" vs "April 1990")
        if e.date in seen_dates or e.label.lower() in seen_labels or \
                any(_overlaps(e, o) for o in events):
            continue
        seen_dates.add(e.date)
        seen_labels.add(e.label.lower())
        events.append(e)
    return events


def _groups(events: list) -> list[list]:
    """One group of up to five events, or two spread groups: every other event, then the others."""
    if len(events) <= 5:
        return [events]
    return [events[0::2][:5], events[1::2][:5]]


def _overlaps(a, b) -> bool:
    """Two events whose dates cannot be told apart at the coarser precision."""
    def rng(e):
        first, after = period(e.date, e.precision)     # weeks, seasons, decades too
        return first, after - dt.timedelta(days=1)
    (a0, a1), (b0, b1) = rng(a), rng(b)
    return not (a1 < b0 or b1 < a0)


def _spans_another(e, events) -> bool:
    """'Ozone declined from 1980 to 2012' beside 'a study was published in 1989': a happening that lasts
    a span has no place before or after what happened within it (its start date is not its time)."""
    if e.date_end is None or e.date_end <= e.date or not _SPAN_JOINERS & set(e.time_text.lower().split()):
        return False      # 'since the start of the year': it began then, and goes on to now
    end = period(e.date_end, e.precision)[1]
    return any(o is not e and not o.future and e.date < o.date < end for o in events)
