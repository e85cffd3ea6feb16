"""A state that merely held at a date ('as of June 30 the bank owned 14 branches', 'was the second
witness', 'has been facing mockery') is no happening: no timeline event and no 'when' question on it.
The same state told as a change ('grew to 14 branches') stays a happening."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _lesson(text: str, published: str):
    lesson = build_lesson(text, published=published)
    return [e.label for e in lesson.events], [q.prompt for q in lesson.questions if q.type == "when"]


@pytest.mark.parametrize("state, change, published", [
    # a count held at a reference date ('as of', 'at the end of', 'on June 30')
    ("As of March, Northwind Air had a fleet of 140 jets, including 9 cargo planes.",
     "Northwind Air grew its fleet to 140 jets in March.", "2021-05-02"),
    ("The bakery chain had 3,400 workers on April 30, the filing showed.",
     "The bakery chain hired 3,400 workers on April 30.", "2021-05-02"),
    ("As of June 30, the bank owned 14 branches.",
     "The bank opened 14 branches on June 30.", "2021-08-06"),
    ("The clinic employed 240 nurses at the end of 2020.",
     "The clinic hired 240 nurses at the end of 2020.", "2021-05-06"),
    ("At the end of March, the jobless rate stood at 4.2 percent.",
     "The jobless rate rose to 4.2 percent in March.", "2021-05-06"),
    ("The Danish wind turbine sector had an annual output capacity of 4 GW at the end of 2018.",
     "The Danish wind turbine sector doubled its output capacity at the end of 2018.", "2021-05-02"),
    # what a list held, and a plan's contents: states, whatever the date
    ("Last week's shortlist included three former mayors.",
     "Last week the panel named three former mayors.", "2021-05-06"),
    ("Twelve clean-water goals include a cut in leakage to 5 percent by 2035.",
     "The city will cut leakage to 5 percent by 2035.", "2021-05-06"),
    # a copula's role or description
    ("Rowan Hale was the second witness on Wednesday.",
     "Rowan Hale testified on Wednesday.", "2021-05-06"),
    ("The parking lots were full of trucks on Tuesday.",
     "Trucks filled the parking lots on Tuesday.", "2021-05-06"),
    # an ongoing state, and a tally over a run of games
    ("By Tuesday, the litter campaign had been drawing mockery online.",
     "On Tuesday, the litter campaign drew mockery online.", "2021-05-06"),
    ("The litter campaign has been facing mockery online this week.",
     "The council launched the litter campaign this week.", "2021-05-06"),
    ("Until Saturday, Kovac had scored only twice in a 12-game stretch.",
     "Kovac scored twice on Saturday.", "2021-05-06"),
])
def test_standing_state_is_no_event_but_a_change_is(state: str, change: str, published: str):
    labels, whens = _lesson(state, published)
    assert labels == [] and whens == []
    assert _lesson(change, published)[0]


def test_no_when_question_on_a_held_count():
    """'On what date did the bank own 14 branches?' asks a date the text gives only as a snapshot."""
    _, whens = _lesson("As of June 30, the bank owned 14 branches. The bank opened a branch in Leeds on "
                       "June 2.", "2021-08-06")
    assert whens and not any("own" in w for w in whens)


@pytest.mark.parametrize("text, published, kept", [
    # a state told over a stated period holds throughout it: the period is its date
    ("From 2010 to 2015, Okafor was a deputy to the attorney general. As of June 30, the office employed "
     "80 lawyers.", "2021-08-06", "Okafor was a deputy to the attorney general"),
    # a part at an occasion, a figure of the day, and a year's total stay
    ("Okafor was a special guest at the science fair on Saturday. The fair was the third stop on Friday.",
     "2021-05-06", "Okafor was a special guest at the science fair"),
    ("The Rovers won 11 of their 15 games in the 2019 season. As of June 30, the club had 9,000 members.",
     "2021-08-06", "The Rovers won 11 of their 15 games"),
    ("Retail spending totaled $40 billion in 2019. As of June 30, the mall employed 300 guards.",
     "2021-08-06", "Retail spending totaled $40 billion"),
    # a year's flow is told as 'had', a stock at a snapshot date is held
    ("The museum had 2 million visitors in 2019. As of June 30, the museum had 40 guards.",
     "2021-08-06", "The museum had 2 million visitors"),
    # a copula that tells a change of the period
    ("Cat food volume was flat in the third quarter. As of Sept. 30, the firm had 40 plants.",
     "1989-10-20", "Cat food volume was flat"),
    # a part in a happening tells the happening
    ("Marta Ruiz was the winner of the race on Sunday. As of Sunday, her club had 900 members.",
     "2021-05-06", "Marta Ruiz was the winner of the race"),
])
def test_states_and_tallies_that_stay(text: str, published: str, kept: str):
    """Beside a held state of the same text, which goes: the case fails if the check takes too much
    or too little."""
    labels, _ = _lesson(text, published)
    assert labels == [kept]


def test_when_a_source_came_out_is_no_happening():
    """'according to data released by the ministry in August': the release dates the source only."""
    labels, whens = _lesson("According to data released by the trade ministry in August, solar exports fell "
                            "5 percent.", "2021-10-02")
    assert not any("released" in x for x in labels + whens)


@pytest.mark.parametrize("state, change, published", [
    # where a thing is, even told in the passive
    ("The fuel depot was located in the old harbour in 1990.",
     "The fuel depot was moved to the old harbour in 1990.", "2021-05-06"),
    ("In 2012, the charity was based in Leeds.", "In 2012, the charity moved to Leeds.", "2021-05-06"),
])
def test_where_a_thing_is_is_a_state(state: str, change: str, published: str):
    labels, whens = _lesson(state, published)
    assert labels == [] and whens == []
    assert _lesson(change, published)[0]
