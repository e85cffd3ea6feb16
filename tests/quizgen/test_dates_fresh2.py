"""Dates that belong to something else than the clause, or that the text itself moves: a thing's age
('dating back to'), a birth date with a birth name, a company's fiscal quarter named bare, a weekday of a
story updated after its publication day."""
from __future__ import annotations

import pytest

from quizgen import build_lesson, find_times


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, absent", [
    # 1998 is the record's age, not when the archive listed it
    ("The archive listed a record dating back to 1998 and a letter found last week.", "2021-03-04", "1998-01-01"),
    ("The museum bought a violin that dates from 1721 at an auction on Tuesday.", "2021-03-04", "1721-01-01"),
])
def test_a_things_age_dates_no_clause(text, published, absent):
    assert absent not in [d for d, _ in _events(text, published)]


@pytest.mark.parametrize("text, published", [
    ("The poet, born Anna Maria Weiss in Vienna on May 9 1931, was to change the way a country read.",
     "2020-02-02"),
    ("The painter, born Tomas Kral in Brno on June 2 1944, went on to fill the halls of Europe.", "2020-02-02"),
])
def test_a_birth_date_with_a_birth_name_dates_the_birth(text, published):
    dated = [label for d, label in _events(text, published) if d.endswith(("-05-09", "-06-02"))]
    assert dated and all(" born " in label for label in dated)


@pytest.mark.parametrize("text, published, value", [
    # the company's fiscal first quarter ended in September: the bare 'first-quarter' is that one
    ("Gadgetco issued a strong first-quarter report. Sales in its fiscal first quarter rose 9%.",
     "2011-10-21", "2011-07-01"),
    ("Analysts had forecast second-quarter profit of 20 cents. Profit in the fiscal second quarter fell.",
     "2011-02-18", "2010-10-01"),
])
def test_a_bare_quarter_the_text_calls_fiscal_is_the_fiscal_one(text, published, value):
    dates = [d for d, _ in _events(text, published)]
    assert dates and all(d == value for d in dates)


@pytest.mark.parametrize("text, published, tuesday", [
    # told on Monday, updated after: 'as of Tuesday' and the later bare Tuesdays are the next day
    ("The flood rose on Monday and crews cut power Monday evening. As of Tuesday evening, the river has "
     "risen two metres. Roads were closed Tuesday in the valley.", "2022-05-02", "2022-05-03"),
])
def test_a_story_updated_after_publication_keeps_its_weekdays_ahead(text, published, tuesday):
    days = [t.value for t in find_times(text, published=published) if t.text.startswith("Tuesday")]
    assert days and all(v.startswith(tuesday) for v in days)
    assert any(d == tuesday and "closed" in label for d, label in _events(text, published))


@pytest.mark.parametrize("text, published, value", [
    # no update: the story has not told of its own publication day, so Tuesday is the one before
    ("As of Tuesday, the river had risen two metres, officials said.", "2022-05-02", "2022-04-26"),
    # a past-tense Tuesday in a story that never names its own Monday stays the week before
    ("Roads were closed Tuesday in the valley, officials said.", "2022-05-02", "2022-04-26"),
])
def test_without_an_update_a_past_weekday_stays_behind(text, published, value):
    days = [t.value for t in find_times(text, published=published) if t.text.startswith("Tuesday")]
    assert days == [value]


@pytest.mark.parametrize("text, published, day", [
    # a day written with its date after publication stays a day to come: it dates no past act
    ("The paper said in a column on Saturday, May 7: The council took a wrong turn this week.", "2022-05-06",
     "2022-05-07"),
])
def test_a_dated_day_after_publication_dates_no_past_act(text, published, day):
    assert day not in [d for d, _ in _events(text, published)]

