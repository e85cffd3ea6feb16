"""Temporal expressions resolved against the publication date, one behaviour per row."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

D = dt.date


def _events(text: str, published: str | None):
    return build_lesson(text, published=published).events


def _only_event(text: str, published: str | None):
    events = _events(text, published)
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


@pytest.mark.parametrize("sentence, published, expected, precision", [
    # a bare weekday in past-tense reporting: the latest such day on or before publication
    ("The two ministers spoke on the phone Wednesday.", "2022-06-16", D(2022, 6, 15), "day"),
    ("Protesters gathered outside parliament on Monday.", "2019-04-10", D(2019, 4, 8), "day"),
    # ... including the publication day itself
    ("Astronauts released the satellite on Wednesday.", "1990-04-25", D(1990, 4, 25), "day"),
    ("The council voted late Friday night to close the library.", "2021-11-05", D(2021, 11, 5), "day"),
    # "last Friday" is never the publication day itself
    ("The council voted last Friday to close the library.", "2021-11-05", D(2021, 10, 29), "day"),
    # a month-day without a year: the latest such date not after publication
    ("Russia invaded Ukraine on Feb. 24.", "2022-06-16", D(2022, 2, 24), "day"),
    ("The fire started on Dec. 3 in a warehouse.", "2023-01-12", D(2022, 12, 3), "day"),
    ("The rocket left the launch pad on November 26.", "2012-08-06", D(2011, 11, 26), "day"),
    ("Voters went to the polls on 4 July.", "2024-07-04", D(2024, 7, 4), "day"),
    # relative expressions
    ("The company reported record profits last year.", "2008-09-16", D(2007, 1, 1), "year"),
    ("Maria changed her job last month.", "2012-08-06", D(2012, 7, 1), "month"),
    ("Maria changed her job last month.", "2012-01-06", D(2011, 12, 1), "month"),
    ("Tom booked a hotel room two weeks ago.", "2003-10-24", D(2003, 10, 10), "day"),
    ("The firm was sold three years ago.", "2020-05-01", D(2017, 1, 1), "year"),
    ("The minister resigned yesterday.", "2022-03-01", D(2022, 2, 28), "day"),
    ("The minister resigned early yesterday afternoon.", "2024-03-01", D(2024, 2, 29), "day"),
    ("The government proposed a budget cut earlier this year.", "2012-08-06", D(2012, 1, 1), "year"),
    ("Since the beginning of this year, exports have grown steadily.", "2022-06-16", D(2022, 1, 1), "month"),
    ("Prices rose sharply at the end of last year.", "2022-06-16", D(2021, 12, 1), "month"),
    ("The prisoners were freed last October.", "1990-02-12", D(1989, 10, 1), "month"),
    ("Air France flew its last service in May.", "2003-10-24", D(2003, 5, 1), "month"),
    ("The bank was rescued in March.", "2008-09-16", D(2008, 3, 1), "month"),
    ("The bank was rescued in November.", "2008-09-16", D(2007, 11, 1), "month"),
    ("Officials met on Thursday last week.", "2024-03-15", D(2024, 3, 7), "day"),
    ("Maria proposed the plan last spring.", "2023-05-12", D(2022, 3, 1), "season"),
    ("Maria proposed the plan last summer.", "2023-11-12", D(2023, 6, 1), "season"),
    # explicit dates and years
    ("The treaty was signed in 1961.", "2020-01-01", D(1961, 1, 1), "year"),
    ("The club was bought by the same family in 1994.", "2008-09-16", D(1994, 1, 1), "year"),
    ("The shuttle broke apart on 28 January 1986.", "1990-04-25", D(1986, 1, 28), "day"),
    ("The euro became official on Jan. 1, 1999.", "2002-01-02", D(1999, 1, 1), "day"),
    ("The rovers landed in January 2004.", "2012-08-06", D(2004, 1, 1), "month"),
    ("The law took effect on 2023-06-01.", "2024-01-01", D(2023, 6, 1), "day"),
    # the future keeps its resolved date, counted forwards
    ("The leaders will meet next Tuesday in Geneva.", "2022-06-16", D(2022, 6, 21), "day"),
    ("Mr. Smith is expected to fly to Lagos on Tuesday.", "1990-02-12", D(1990, 2, 13), "day"),
    ("The changeover period ends on Feb. 28.", "2002-01-02", D(2002, 2, 28), "day"),
    ("The summit will open in March.", "2024-11-20", D(2025, 3, 1), "month"),
    ("Ticket sales will start on Jan. 5.", "2023-12-20", D(2024, 1, 5), "day"),
])
def test_resolves_date(sentence, published, expected, precision):
    """Each kind of expression lands on the right calendar date at the right precision."""
    event = _only_event(sentence, published)
    assert (event.date, event.precision) == (expected, precision)


@pytest.mark.parametrize("sentence, future", [
    ("The leaders will meet on Tuesday.", True),
    ("The leaders met on Tuesday.", False),
    ("The vote is scheduled to take place on April 2.", True),   # a bare "is scheduled" label is cut
    ("The company entered the market in 1994.", False),
])
def test_marks_future(sentence, future):
    """A date in a sentence about the future is kept and marked as such."""
    assert _only_event(sentence, "2024-03-15").future is future


def test_time_text_is_as_written():
    """The event keeps the words of the article, with time-of-day words."""
    event = _only_event("The rover settled onto the crater floor late Sunday night.", "2012-08-06")
    assert event.time_text == "late Sunday night"
    assert event.date == D(2012, 8, 5)


def test_rule_explains_resolution():
    """The teacher can see how a relative date was resolved."""
    event = _only_event("The two ministers spoke on the phone Wednesday.", "2022-06-16")
    assert "Wednesday" in event.rule and "publication" in event.rule


def test_range_becomes_one_event_with_an_end():
    """'from 1995 to 2005' is one period, not two events."""
    event = _only_event("The company grew quickly from 1995 to 2005.", "2024-01-01")
    assert (event.date, event.date_end) == (D(1995, 1, 1), D(2005, 1, 1))


@pytest.mark.parametrize("sentence", ["Ridership grew by 3% in 2015/16, the operator said.",
                                      "Ridership grew by 3% in 2015-16, the operator said."])
def test_a_year_written_as_a_pair_is_one_span(sentence):
    """'2015/16' (a season or a financial year) is one period, not a 2015 event and a 2016 one."""
    event = _only_event(sentence, "2017-02-14")
    assert (event.date, event.date_end) == (D(2015, 1, 1), D(2016, 1, 1))


@pytest.mark.parametrize("sentence", [
    "The company employs 1,350 people and earned $1.5 billion.",
    "The fleet was grounded for more than a year.",
    "Controllers will spend the next several weeks testing the instrument.",
    "The 30-year ban was lifted after the eight-month journey.",
    "Everyone may come, and the march went on for 15 years.",
    "She has worked there for years and now faces an uncertain future.",
])
def test_durations_and_numbers_are_not_dates(sentence):
    """Durations, amounts and words like 'may' or 'march' never become events."""
    assert _events(sentence, "2020-06-01") == ()


@pytest.mark.parametrize("sentence, published, expected", [
    # a vague count of years or months back names no year (TimeML: PAST_REF) ...
    ("The company was founded several years ago.", "2024-05-13", []),
    ("A few months ago, the town flooded.", "2024-05-13", []),
    # ... a counted one does, and a few days back is still near the publication date
    ("The company was founded five years ago.", "2024-05-13", [(D(2019, 1, 1), "year")]),
    ("The bridge closed a few days ago.", "2024-05-13", [(D(2024, 5, 10), "day")]),
])
def test_ago_with_a_vague_count(sentence, published, expected):
    assert [(e.date, e.precision) for e in _events(sentence, published)] == expected


def test_without_publication_date_only_absolute_dates_resolve():
    """With no publication date, relative dates are listed as unresolved, never guessed."""
    lesson = build_lesson("The treaty was signed in 1961. The ministers spoke on Wednesday. "
                          "Prices rose last month.", published=None)
    assert [e.date for e in lesson.events] == [D(1961, 1, 1)]
    assert sorted(u.text for u in lesson.unresolved) == ["Wednesday", "last month"]
    assert all(u.sentence_id in (1, 2) for u in lesson.unresolved)
    assert any("publication date" in m for m in lesson.messages)


@pytest.mark.parametrize("sentence, published, expected", [
    ("The government said it would release the funds on Monday.", "2018-02-16", D(2018, 2, 19)),
    ("A second shipment was expected on Sunday.", "2018-02-16", D(2018, 2, 18)),
    ("She said the hospital was rebuilt between 2012 and 2016.", "2023-11-20", D(2012, 1, 1)),
    ("Maria recalled the night in a 2011 interview.", "2016-10-04", D(2011, 1, 1)),
    ("The shops stayed shut on Christmas Day.", "2024-01-10", D(2023, 12, 25)),
])
def test_resolves_reported_future_ranges_and_named_years(sentence, published, expected):
    """Future seen from a past report, a 'between' range by its start, a year naming an event."""
    assert _only_event(sentence, published).date == expected


@pytest.mark.parametrize("sentence", [
    '"This is our Christmas," she said of the festival.',
    "The ribs held skin, much like the wings of the lizards that live in Southeast Asia today.",
])
def test_figures_of_speech_are_not_dates(sentence):
    """A holiday used as a metaphor, and 'today' meaning nowadays, put nothing on the timeline."""
    assert _events(sentence, "2024-06-13") == ()
