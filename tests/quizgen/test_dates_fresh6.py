"""Dates from the issue-11 review of judged timelines (sets 42-43 and older real reports): the coming
weekend, a 'since' day that anchors nothing, a season's end, another clause's or phrase's date, a
happening placed by its distance from an act, and a day part named with its day."""
from __future__ import annotations

import datetime as dt

from quizgen import find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(published: str, text: str) -> list[tuple[dt.date, bool, str]]:
    lesson = analyse(parse_article(f"Title: News of the day\nPublished: {published}\n\n{text}"))
    return [(e.date, e.future, e.label) for e in lesson.events]


def _tag(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


def test_this_weekend_ahead_of_a_thing_is_the_coming_one() -> None:
    # Thursday 2 January 2020: the weekend the boats sail ahead of is the coming one (week 1)
    tags = _tag("Crews have begun moving campers out of the valley ahead of stronger winds this weekend.", "2020-01-02")
    assert tags["this weekend"] == "2020-W01-WE"


def test_a_date_of_the_thing_a_clause_comes_ahead_of_dates_no_clause() -> None:
    events = _events("2020-01-02", "Crews have begun moving campers out of the valley ahead of stronger winds "
                                   "this weekend.")
    assert not any("campers" in label for _, _, label in events)


def test_a_since_day_is_no_anchor_for_a_bare_part_of_the_day() -> None:
    text = ("Since Monday night, some 900 campers have been stuck on the shore.\n\n"
            "In the early morning, the first campers climbed into the boats.")
    events = _events("2020-01-02", text)
    assert (dt.date(2020, 1, 2), False, "The first campers climbed into the boats") in events


def test_the_end_of_this_years_season_is_not_the_end_of_the_year() -> None:
    tags = _tag("The coach will leave at the end of this year's league season.", "2013-05-08")
    assert "the end of this year" not in tags
    assert tags["this year"] == "2013"


def test_a_year_inside_a_described_noun_does_not_date_the_clause() -> None:
    events = _events("2025-07-30", "Workers at the Onagawa nuclear plant - damaged in the 2011 tsunami - have "
                                   "been evacuated.")
    assert not any(d.year == 2011 and "evacuated" in label for d, _, label in events)


def test_a_full_relative_clause_keeps_its_own_date() -> None:
    events = _events("2004-09-03", "Troops stormed the school in the village Friday, where gunmen had been "
                                   "holding hundreds of pupils since Wednesday.")
    stormed = [d for d, _, label in events if label.startswith("Troops stormed")]
    assert stormed == [dt.date(2004, 9, 3)]


def test_a_told_happening_placed_just_before_an_act_takes_no_telling_day() -> None:
    events = _events("2018-10-12", "On Thursday, CBS News reported that John Adams checked his cellphone just "
                                   "before entering the embassy in Rome.")
    assert not any("checked his cellphone" in label for _, _, label in events)


def test_a_part_of_the_day_on_a_named_day_is_that_day() -> None:
    tags = _tag("In the middle of the day on Monday, the sky above the city went dark.", "2019-08-21")
    assert tags["the middle of the day"].startswith("2019-08-19")


def test_a_participle_after_a_past_clause_takes_no_date_to_come() -> None:
    events = _events("2020-01-20", "Two stars were named best actors on Sunday, cementing their roles as "
                                   "favourites at the awards next month.")
    assert not any("cemented" in label for _, _, label in events)
    assert any(d == dt.date(2020, 1, 19) and "named best actors" in label for d, _, label in events)


def test_a_clause_of_what_will_be_takes_no_past_year() -> None:
    events = _events("2010-10-09", "The biggest gainer will be the state, a solid red state in 2008 that is "
                                   "expected to add four seats.")
    assert not any(d.year == 2008 for d, _, _ in events)


def test_a_date_of_an_earlier_time_as_it_was_done_dates_no_clause() -> None:
    events = _events("2019-08-21", "The mayor repeated, as he did in an interview two weeks ago, that the "
                                   "economy is recovering.")
    assert not any("repeated" in label for _, _, label in events)


def test_a_fronted_date_before_a_days_before_clause_is_not_that_clauses() -> None:
    events = _events("2014-10-02", "Kofi Mensah fell ill last week. On Sept. 3, days before he left Ghana for Canada, "
                                   "Mensah -- a Ghanaian citizen -- helped carry a sick woman into a taxi.")
    assert not any("left Ghana" in label for _, _, label in events)
