"""An undated lead that tells its main happening in the present perfect, under a headline that retells
it in other words ('31 dead in church shootings' over 'At least 31 people have been killed in shootings
at two churches'), is the publication day's news; a headline about something else, a finding, or a next
sentence that gives the lead's story a day of its own, leaves it undated; a named actor's deal keeps the
publication week."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

PUBLISHED = dt.date(2021, 5, 14)


def _events(title: str, text: str) -> list:
    return analyse(parse_article(f"Title: {title}\nPublished: {PUBLISHED}\n\n{text}")).events


@pytest.mark.parametrize("title, text, words", [
    ("31 dead in Ruritania church shootings",
     "At least 31 people have been killed in shootings at two churches in the city of Varnholm, police said. "
     "Prime Minister Ada Lenz called it one of the country's darkest days.",
     "31 people have been killed"),
    ("Startup launches big new rocket on test flight",
     "Orbix's big new rocket has blasted off on its first test flight, carrying a small satellite into orbit. "
     "Thousands of people gathered at the launch site to watch.",
     "rocket has blasted off"),
    ("Lisbon Games begin with fireworks and parade",
     "The Lisbon Games have opened with a fireworks show over the river and a parade of 9,000 athletes. "
     "The flame was carried into the stadium by a former champion.",
     "Games have opened"),
])
def test_retold_perfect_lead_takes_the_publication_day(title: str, text: str, words: str) -> None:
    found = [e for e in _events(title, text) if words in e.label]
    assert found, [e.label for e in _events(title, text)]
    assert found[0].date == PUBLISHED and found[0].precision == "day"


@pytest.mark.parametrize("title, text, words", [
    # the headline tells another story
    ("Storm season worries forecasters",
     "At least 31 people have been killed in shootings at two churches in Varnholm. Police searched the "
     "city all night.",
     "have been killed"),
    # the next sentence gives the story its own day: the lead may sum up an earlier day's act
    ("Startup launches big new rocket on test flight",
     "Orbix's big new rocket has blasted off on its first test flight. The rocket rose on Monday from "
     "the company's launch site.",
     "has blasted off"),
    # a finding told in the present perfect
    ("Bone tool adds to evidence of early tar making",
     "A team of researchers has found evidence of tar making on a small bone tool. The group describes "
     "the tool in a paper.",
     "has found evidence"),
    # a lasting state, not an act
    ("Varnholm church shootings leave city in shock",
     "The city of Varnholm has remained in shock since the church shootings. Police searched the city.",
     "has remained"),
])
def test_no_publication_day_for_other_perfect_leads(title: str, text: str, words: str) -> None:
    assert not [e for e in _events(title, text) if words in e.label and e.date == PUBLISHED]


def test_a_named_actors_deal_keeps_the_week() -> None:
    """'X has agreed to pay ...': a company's deal is often made known the day before the paper."""
    events = _events("Brant Foods to buy bakery land in Ostend",
                     "Brant Foods Inc. has agreed to pay $93 million to buy 117 acres of bakery land in Ostend. "
                     "The price was disclosed in a prospectus.")
    found = [e for e in events if "has agreed to pay" in e.label]
    assert found and found[0].precision == "week", [(e.label, e.precision) for e in events]
