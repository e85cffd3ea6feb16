"""Timeline faults teachers found on web news reports, on short texts written here: a holiday that dates the
happening named after it, a present-tense timetable that lies ahead, a person's title read as a happening."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson, find_times
from quizgen.headlines import _verb_stems


def _events(body: str, published: str):
    return build_lesson(f"Title: Report\nPublished: {published}\n\n{body}").events


def test_a_holiday_before_a_happening_dates_it():
    """'a climactic Christmas Eve vote': the vote was on Christmas Eve, not some day of the week."""
    events = _events("Senate Democrats passed a landmark farm bill in a climactic Christmas Eve vote that could "
                     "define the session. The bill now goes to the House.", "2009-12-24")
    dated = [(e.date, e.precision) for e in events if "farm bill" in e.label]
    assert dated == [(dt.date(2009, 12, 24), "day")], dated


@pytest.mark.parametrize("text, value", [
    ("The city budget begins on July 1.", "2009-07-01"),
    ("Next year's budget, which begins on July 1, will be smaller.", "2009-07-01"),
    ("The new rule takes effect June 1.", "2009-06-01"),
    ("The old budget began on July 1.", "2008-07-01"),
])
def test_a_present_timetable_lies_ahead(text, value):
    times = [t for t in find_times(text, published=dt.date(2009, 2, 11)) if t.text[:1] in "JM"]
    assert [t.value for t in times] == [value], times


@pytest.mark.parametrize("noun, stems", [
    ("champion", []),           # no 'champ' happened
    ("billion", []),
    ("election", ["elect"]),
    ("adoption", ["adopt"]),
    ("expression", ["express"]),
])
def test_a_noun_ending_in_ion_names_a_happening_only_from_its_verb(noun, stems):
    assert [s for s in _verb_stems(noun) if s in stems or not stems] == stems


def test_a_year_in_a_persons_title_dates_nothing():
    """'Gay, the 2007 world champion, ... took bronze' is no 2007 event ('The 2007 world champion took place')."""
    events = _events("Ana Ruiz won the 100 meters in a world record of 10.49 seconds last night. Lena Park, the 2007 "
                     "world champion, though well behind, set a national record of 10.71.", "2009-08-17")
    assert not any(e.date.year == 2007 for e in events), [(e.date, e.label) for e in events]
