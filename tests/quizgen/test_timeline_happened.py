"""Timeline events that really happened on their date: a period 'since' a date spans to publication,
a span ending now ('the past decade') gives no point, predictions and future states are no events."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson, find_times

D = dt.date


def _events(text: str, published: str) -> list[tuple[dt.date, dt.date | None, str]]:
    return [(e.date, e.date_end, e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, start", [
    ("Since March 3, a nurse in the town has treated nine injured miners.", "2021-04-20", D(2021, 3, 3)),
    ("Since 2015, the old harbour has formed part of the new park.", "2021-04-20", D(2015, 1, 1)),
    ("Since 2012, the bakery has opened four shops in the valley.", "2021-04-20", D(2012, 1, 1)),
])
def test_present_perfect_since_a_date_spans_to_publication(text, published, start):
    found = _events(text, published)
    assert [(d, e) for d, e, _ in found] == [(start, D.fromisoformat(published))], found


def test_since_a_date_in_the_past_tense_keeps_its_point():
    found = _events("The bakery opened a shop on March 3, its first since 2012.", "2021-04-20")
    assert all(e is None for _, e, _ in found), found


@pytest.mark.parametrize("text, published", [
    ("In the past decade, the island's fish exports have doubled.", "2021-04-20"),
    ("The island's fish exports have doubled over the last decade.", "2021-04-20"),
    ("The bakery has opened four shops in the past year.", "2021-04-20"),
    ("In the past decade, the island's fish exports doubled.", "2021-04-20"),
])
def test_a_span_ending_now_gives_no_point_event(text, published):
    assert _events(text, published) == []


@pytest.mark.parametrize("text, published", [
    ("Bread prices will likely rise next year, the baker said.", "2021-04-20"),
    ("The governor is likely to seek a second term in 2024.", "2021-04-20"),
    ("Fish stocks would fall by 30 percent by 2050, the survey found.", "2021-04-20"),
    ("The ferry company was expected to sign the contract last week.", "2021-04-20"),
    ("Strong winds will continue to be a problem on Friday.", "2021-04-20"),
])
def test_predictions_and_future_states_are_no_events(text, published):
    assert _events(text, published) == []


@pytest.mark.parametrize("text, published, label", [
    ("The ferry will sail to the island on Friday.", "2021-04-20", "The ferry will sail to the island"),
    ("The ferry is expected to sail to the island on Friday.", "2021-04-20",
     "The ferry is expected to sail to the island"),
    ("The baker said on Monday that he would close the shop.", "2021-04-20",
     "The baker said that he would close the shop"),
])
def test_plans_and_reported_plans_stay(text, published, label):
    found = _events(text, published)
    assert label in [lab for _, _, lab in found], found


@pytest.mark.parametrize("text, published, label", [
    # a contracted auxiliary split off a named pronoun is written out (and the perfect spans to now)
    ("Dr Sami Haddad works in the town clinic. Since March 3, he says, he’s treated nine miners.", "2021-04-20",
     "Sami Haddad has treated nine miners"),
    # a bare 'the country' is the country named just before
    ("Chile held elections last year. On Tuesday the country's new president signed a fishing pact.",
     "2021-04-20", "Chile's new president signed a fishing pact"),
    ("Storms hit northern Peru. On Monday, across Peru, the country’s power network failed.", "2021-04-20",
     "Peru’s power network failed"),
])
def test_label_names_what_a_contraction_or_the_country_stands_for(text, published, label):
    assert label in [lab for _, _, lab in _events(text, published)]


@pytest.mark.parametrize("text, published, phrase, value", [
    # a holiday followed by 'last year' / 'next year' is that year's, not the one nearest publication
    ("Police said 300 drivers died during Thanksgiving weekend last year.", "2013-11-27",
     "Thanksgiving weekend last year", "2012-W47-WE"),
    ("The shop opened on Easter Sunday last year.", "2013-11-27", "Easter Sunday last year", "2012-04-08"),
    ("The fair opens on Easter Sunday next year.", "2013-11-27", "Easter Sunday next year", "2014-04-20"),
])
def test_holiday_of_last_or_next_year(text, published, phrase, value):
    found = {t.text: t.value for t in find_times(text, published=published)}
    assert found.get(phrase) == value, found
