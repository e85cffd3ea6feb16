"""The lead sentence's main happenings: every clause of a one-day lead is on the timeline with its day,
even when the dated clause is a copula ('X was the winner on Sunday, while Y were named ...') or the
day is told only at the end ('A scored twice, and B won 5-2 on Thursday night')."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson

PUBLISHED = "2019-11-20"        # a Wednesday: 'Sunday' is Nov. 17, 'Tuesday' Nov. 19


def _labels(text: str) -> dict[str, dt.date]:
    return {e.label: e.date for e in build_lesson(text, published=PUBLISHED).events}


@pytest.mark.parametrize("lead, label, day", [
    ('The small Danish film "Harbor" was the surprise winner at the Northern Film awards on Sunday, while '
     'Anna Berg and Tomas Lind were named best actors.', "Anna Berg and Tomas Lind were named best actors", 17),
    ("The Lakeview Rangers were the big winners at the county fair on Tuesday, while two local bakers were "
     "honored for their pies.", "Two local bakers were honored for their pies", 19),
    ('The small Danish film "Harbor" was the surprise winner at the Northern Film awards on Sunday, while '
     'Anna Berg and Tomas Lind were named best actors, cementing their places as favorites at the Oscars next '
     'month.', "Anna Berg and Tomas Lind were named best actors", 17),
    ("Lars Berg scored twice in the first period, and the Minnesota Wild beat the Boston Bruins 5-2 on "
     "Tuesday night.", "Lars Berg scored twice in the first period", 19),
    ("Maria Ortiz hit a three-run homer, and the Dayton Owls beat the Toledo Hens 7-3 on Sunday.",
     "Maria Ortiz hit a three-run homer", 17),
    ("SPRINGFIELD, Ohio (AP) — Maria Ortiz hit a three-run homer, and the Dayton Owls beat the Toledo Hens 7-3 "
     "on Sunday.", "Maria Ortiz hit a three-run homer", 17),
])
def test_each_clause_of_a_one_day_lead_is_dated(lead, label, day):
    """A wire lead tells one day's news: its other clauses happened that day too."""
    text = lead + " Fans cheered in the streets afterwards. The season resumes next month."
    assert _labels(text).get(label) == dt.date(2019, 11, day)


@pytest.mark.parametrize("text, label", [
    # not the lead: an earlier clause of a later sentence keeps no date it was not given
    ("The mayor spoke to reporters about the budget. Helen Park founded the bakery, and it moved to "
     "Main Street on Tuesday.", "Helen Park founded the bakery"),
    # a yearly date at the end is no one day's news
    ("Helen Park founded the bakery, and it moved to Main Street in 2015. It now sells bread.",
     "Helen Park founded the bakery"),
    # a copula with a state clause joined: no happening to recall
    ("The Lakeview Rangers were the big winners at the county fair on Tuesday, while the weather was "
     "mild. Fans cheered.", "The weather was mild"),
])
def test_a_clause_the_date_does_not_govern_is_left_out(text, label):
    assert label not in _labels(text)


@pytest.mark.parametrize("headline, lead, label", [
    ("Owls top Hens in the home opener", "Maria Ortiz hit a three-run homer, and the Dayton Owls beat the Toledo "
     "Hens 7-3 on Sunday.", "Maria Ortiz hit a three-run homer"),
    ("Harbor Group buys the Lakeview mill", "The Harbor Group has agreed to buy the Lakeview paper mill from its "
     "founders.", "The Harbor Group has agreed to buy the Lakeview paper mill"),
])
def test_a_headline_printed_again_above_the_story_is_no_lead(headline, lead, label):
    """A web page prints its headline again as the body's first line: the lead is the sentence after it."""
    text = f"Title: {headline}\nPublished: {PUBLISHED}\n\n{headline}\n{lead} Fans and workers cheered afterwards."
    assert label in {e.label for e in build_lesson(text).events}



def test_a_date_of_the_joined_acts_own_object_keeps_it_apart():
    """'started recruiting rowers in early December': the gerund is what was started, its date the act's."""
    events = build_lesson("The Lakeview Rowing Club introduced its new coaches on November 19, and started "
                          "recruiting rowers in early December. Fans cheered.", published="2019-12-21").events
    assert [str(e.date) for e in events if "recruiting" in e.label] == ["2019-12-01"]

