"""An 'order these events' item never holds a span that contains another item's date."""
import datetime as dt

from quizgen.model import Event
from quizgen.questions.order_events import _spans_another


def _event(eid, date, label, time_text, end=None, precision="year"):
    return Event(id=eid, date=date, precision=precision, label=label, time_text=time_text,
                 sentence_id=0, date_end=end)


def test_two_years_joined_by_and_span_the_year_between():
    held = _event("e1", dt.date(2020, 1, 1), "The judge owned the shares", "2020 and 2021",
                  end=dt.date(2021, 1, 1))
    inside = _event("e2", dt.date(2021, 1, 1), "The fund made up most of his wealth", "2021")
    assert _spans_another(held, [held, inside])


def test_between_years_spans_too():
    held = _event("e1", dt.date(2019, 1, 1), "Prices rose", "between 2019 and 2021", end=dt.date(2021, 1, 1))
    inside = _event("e2", dt.date(2020, 1, 1), "A law passed", "2020")
    assert _spans_another(held, [held, inside])


def test_a_single_year_spans_nothing():
    one = _event("e1", dt.date(2020, 1, 1), "The judge owned the shares", "2020")
    other = _event("e2", dt.date(2021, 1, 1), "A law passed", "2021")
    assert not _spans_another(one, [one, other])
