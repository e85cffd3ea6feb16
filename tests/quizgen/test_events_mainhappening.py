"""The article's main happening reaches the timeline: a dateline in brackets or after a byline does not
wreck the lead's parse, a day hung on the noun an act took place in is the act's, a day that 'marked
the start of' something dates that start, a reduced passive set off by commas is an event, and a dated
vote 'in which' something happened dates what happened."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.cleaning import clean_body


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.label, e.date.isoformat()) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("opening, place", [
    ("(MILL CREEK, Ore.) ", "MILL CREEK, Ore."),
    ("(PORT HALLEY) ", "PORT HALLEY"),
])
def test_bracketed_dateline_is_set_aside(opening, place):
    """A local station's dateline in brackets, no dash: the place is set aside, not read as the subject."""
    story = "Hail that pounded the valley on Monday flattened the wheat fields."
    cleaned = clean_body(opening + story)
    assert cleaned.dateline == place
    assert cleaned.reading.strip() == story


@pytest.mark.parametrize("front", [
    "Marta Olsen\n\n",
    "Posted 06/02 2021 07:15PM\n\nUpdated 06/03 2021 06:00AM\n\n",
])
def test_dateline_after_a_short_front_line_is_set_aside(front):
    """A bare byline or time stamps before the dateline: the dateline is still the story's, set aside."""
    cleaned = clean_body(front + "PORT HALLEY – Wednesday marked the opening of the new ferry terminal.")
    assert cleaned.dateline == "PORT HALLEY"
    assert "PORT HALLEY" not in cleaned.reading


def test_relative_clause_lead_after_bracketed_dateline_is_an_event():
    """'(PLACE) Hail that pounded the valley on Monday flattened ...': the pounding is Monday's."""
    text = "(MILL CREEK, Ore.) Hail that pounded the Mill Creek valley on Monday flattened the wheat fields."
    assert _events(text, "2021-06-02") == [("Hail pounded the Mill Creek valley", "2021-05-31")]


@pytest.mark.parametrize("text, label", [
    ("Norvik edged Delmar 2-1 in an exciting Group C game last night at the Harbor Stadium.",
     "Norvik edged Delmar 2-1 in an exciting Group C game"),
    ("The hiker developed a fever a few days after returning to Oregon from Peru and was admitted into "
     "isolation Sunday at Lakeside Regional Hospital.",
     "The hiker was admitted into isolation at Lakeside Regional Hospital"),
    # a scene inside a scene: the meeting the vote was taken at
    ("In a 4-3 vote at its meeting Monday night, the council approved the sale of the old fire station.",
     "The council approved the sale of the old fire station"),
])
def test_day_on_the_scene_of_an_act_is_the_acts(text, label):
    """A day the parser hung on the noun the act took place in ('in a match last night') dates the act,
    not 'The match took place'."""
    assert label in _labels(text, "2021-06-01")


@pytest.mark.parametrize("text, label", [
    ("PORT HALLEY – Monday marked the start of a new ferry season, and crews were busy at the docks.",
     "A new ferry season started"),
    ("Tuesday marked the opening of the Halley Street bridge, and traffic moved slowly.",
     "The Halley Street bridge opened"),
])
def test_day_that_marked_a_start_dates_the_start(text, label):
    """'Monday marked the start of X': X started that Monday."""
    events = _events(text, "2021-06-02")
    assert (label, "2021-06-01") in events or (label, "2021-05-31") in events


def test_reduced_passive_set_off_by_commas_is_named_by_its_copula():
    """'The outbreak, confirmed Tuesday, is the first case of measles in the county': the confirming is
    Tuesday's, told of what the clause says the outbreak is."""
    text = "The outbreak, confirmed Tuesday, is the first reported case of measles in Harlan County."
    assert _labels(text, "2021-06-02") == ["The first reported case of measles in Harlan County was confirmed"]


def test_dated_vote_in_which_something_happened():
    """'after Tuesday's vote in which Liberals won control of the council': the winning is Tuesday's."""
    text = ("The count was still open after Tuesday's vote in which Liberals won control of the city "
            "council in Marwick.")
    assert "Liberals won control of the city council in Marwick" in _labels(text, "2021-06-03")


@pytest.mark.parametrize("text, label", [
    ("In its closing arguments last week, the prosecution admitted that Carver was absent when the vault was "
     "opened and emptied but said that Carver planned the theft.",
     "The prosecution admitted that Carver was absent"),
])
def test_state_told_of_a_when_is_not_the_sayings_date(text, label):
    """'admitted last week that X was absent when the vault was opened': the absence was then, not last
    week; last week's happening is the admission."""
    labels = _labels(text, "2021-06-10")
    assert label in labels and "Carver was absent" not in labels


@pytest.mark.parametrize("text", [
    "\"It looks like a war zone,\" said Lee Marsh, a Benton County farmer. Marsh stared at what was left of "
    "his barn on Sunday, saddened by the fact that it is total loss.",
])
def test_free_relative_is_no_label(text):
    """'what was left of his barn' names a thing; 'What was left of Marsh's barn' is no happening."""
    assert not any(label.lower().startswith("what ") for label in _labels(text, "2021-06-10"))
