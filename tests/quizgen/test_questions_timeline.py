"""Timeline kinds: put events in order and when did it happen, on events built in the test."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.model import Event
from quizgen.questions import order_events, when
from quizgen.model import format_date
from quizgen.questions.timeline import label_question


def test_readable_dates_follow_precision():
    d = dt.date(2022, 6, 15)
    assert format_date(d, "day") == "June 15, 2022"
    assert format_date(dt.date(2022, 2, 1), "month") == "February 2022"
    assert format_date(dt.date(1990, 1, 1), "year") == "1990"


def test_label_questions():
    assert label_question("Russia invaded Ukraine", "day") == "On what date did Russia invade Ukraine?"
    assert label_question("The telescope was flown to Florida", "year") == \
        "In which year was the telescope flown to Florida?"
    assert label_question("It broke apart", "day") is None


def _ctx_with_events(context_of, events):
    ctx = context_of("Russia invaded Ukraine on Feb. 24. The leaders spoke on Wednesday. "
                     "Congress approved money in 1977. The shuttle broke apart in January 1986.")
    ctx.parsed.events = events
    return ctx


EVENTS = [Event("e1", dt.date(1977, 1, 1), "year", "Congress approved money", "1977", 2),
          Event("e2", dt.date(1986, 1, 1), "month", "The shuttle broke apart", "January 1986", 3),
          Event("e3", dt.date(2022, 2, 24), "day", "Russia invaded Ukraine", "Feb. 24", 0),
          Event("e4", dt.date(2022, 6, 15), "day", "The leaders spoke", "Wednesday", 1),
          Event("e5", dt.date(2022, 6, 21), "day", "The leaders will meet", "next Tuesday", 1, future=True)]


@pytest.mark.slow
def test_order_events_chronological_and_shuffled(context_of):
    qs = order_events.generate(_ctx_with_events(context_of, EVENTS))
    assert len(qs) == 1
    q = qs[0]
    assert q.answer == ("Congress approved money", "The shuttle broke apart", "Russia invaded Ukraine",
                        "The leaders spoke")                       # the future event is left out
    assert q.event_ids == ("e1", "e2", "e3", "e4")
    assert set(q.choices) == set(q.answer) and q.choices != q.answer


@pytest.mark.slow
def test_order_events_needs_three_distinct_events(context_of):
    assert order_events.generate(_ctx_with_events(context_of, EVENTS[:2])) == []


@pytest.mark.slow
def test_when_questions_use_readable_dates_of_the_same_precision(context_of):
    qs = when.generate(_ctx_with_events(context_of, EVENTS))
    q = next(q for q in qs if q.event_ids == ("e3",))
    assert q.prompt == "On what date did Russia invade Ukraine?"
    assert q.answer == "February 24, 2022" and q.answer in q.choices and len(set(q.choices)) == 4
    assert all(c.count(",") == 1 for c in q.choices)      # all day-precision dates
    y = next(q for q in qs if q.event_ids == ("e1",))
    assert y.answer == "1977" and all(len(c) == 4 for c in y.choices)
    assert not any(q.event_ids == ("e5",) for q in qs)


PERFECT_TEXT = "The old ferry has been retired in March 2011. The city tax rule has changed in 2014."


@pytest.mark.slow
@pytest.mark.parametrize("event, expected", [
    (Event("p1", dt.date(2011, 3, 1), "month", "The old ferry has been retired", "March 2011", 0),
     "In which month was the old ferry retired?"),
    (Event("p2", dt.date(2014, 1, 1), "year", "The city tax rule has changed", "2014", 1),
     "In which year did the city tax rule change?"),
])
def test_when_questions_ask_in_the_simple_past(context_of, event, expected):
    """A present-perfect label is asked in the simple past ('has been retired' -> 'was ... retired')."""
    ctx = context_of(PERFECT_TEXT)
    ctx.parsed.events = [event]
    assert [q.prompt for q in when.generate(ctx)] == [expected]
