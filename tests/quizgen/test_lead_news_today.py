"""An undated lead that tells its main happening in the present perfect, under a headline naming or
retelling that act, is the publication day's news ('A ferry has sunk ...' under 'Ferry sinks ...'); a
finding, a lasting state or a lead whose next sentence dates it stays undated; a named actor's deal keeps
the publication week; a lead label over a headline's length may leave out the phrase after its object."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

PUBLISHED = dt.date(2022, 3, 9)


def _events(title: str, text: str) -> list:
    return analyse(parse_article(f"Title: {title}\nPublished: {PUBLISHED}\n\n{text}")).events


@pytest.mark.parametrize("title, text, words", [
    ("Cargo ferry sinks off Malta",
     "A cargo ferry has sunk off the coast of Malta, leaving nine sailors missing. Coast guard boats searched "
     "the area all night. The ship was built in 1994.",
     "ferry has sunk"),
    ("Painter Ida Lund dies at 88",
     "The Danish painter Ida Lund has died at the age of 88. She held her first show in 1961 and painted "
     "until her last years.",
     "Lund has died"),
    ("Mara Olsen crowned national chess champion",
     "Mara Olsen has been crowned national chess champion after beating the holder in the final round. "
     "She learned the game in 2009.",
     "Olsen has been crowned"),
    # a headline that retells the lead in other words
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
def test_headlined_perfect_lead_takes_the_publication_day(title: str, text: str, words: str) -> None:
    found = [e for e in _events(title, text) if words in e.label]
    assert found, [e.label for e in _events(title, text)]
    assert found[0].date == PUBLISHED and found[0].precision == "day"
    assert "publication date" in found[0].rule


@pytest.mark.parametrize("title, text, words", [
    # the headline names another act: no news of the day told
    ("Storm season worries forecasters",
     "A cargo ferry has sunk off the coast of Malta, leaving nine sailors missing. The ship was built in 1994.",
     "has sunk"),
    # a lasting state, not an act
    ("Ida Lund remains at the gallery",
     "The painter Ida Lund has remained at the gallery for weeks. She held her first show in 1961.",
     "has remained"),
    # the next sentence gives the same act its own day
    ("Painter Ida Lund dies at 88",
     "The Danish painter Ida Lund has died at the age of 88. She died on Saturday at her home in Aarhus.",
     "has died"),
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
def test_no_publication_day_for_other_leads(title: str, text: str, words: str) -> None:
    assert not [e for e in _events(title, text) if words in e.label and e.date == PUBLISHED]


@pytest.mark.parametrize("title, text, label", [
    ("New rules to change how school meals are paid for",
     "The Swedish education ministry announced new rules designed to change the way school meals are paid "
     "for by families with low incomes. Parents' groups welcomed the change.",
     "The Swedish education ministry announced new rules"),
])
def test_over_long_lead_label_drops_its_object_tail(title: str, text: str, label: str) -> None:
    assert label in [e.label for e in _events(title, text)]


@pytest.mark.parametrize("title, text, label", [
    ("Brant Foods to sell its bakeries",
     "Brant Foods Inc. said it will sell all its bakery operations to focus on frozen meals. The bakeries "
     "made about 20% of Brant's sales in the latest fiscal year.",
     "Brant Foods Inc. said it will sell all its bakery operations"),
])
def test_a_next_sentence_dated_by_a_year_leaves_the_lead_news(title: str, text: str, label: str) -> None:
    found = [e for e in _events(title, text) if e.label == label]
    assert found and found[0].precision == "week", [e.label for e in _events(title, text)]


def test_a_lead_with_its_own_year_stays_dated_by_it() -> None:
    events = _events("Ida Lund warns of floods", "Ida Lund first warned the council of floods in 1988. The "
                     "river rose again in 2019 and the town paid for new walls.")
    assert all(e.date.year != PUBLISHED.year for e in events)


def test_a_named_actors_deal_keeps_the_week() -> None:
    """'X has agreed to pay ...': a company's deal is often made known the day before the paper."""
    events = _events("Brant Foods to buy bakery land in Ostend",
                     "Brant Foods Inc. has agreed to pay $93 million to buy 117 acres of bakery land in Ostend. "
                     "The price was disclosed in a prospectus.")
    found = [e for e in events if "has agreed to pay" in e.label]
    assert found and found[0].precision == "week", [(e.label, e.precision) for e in events]
