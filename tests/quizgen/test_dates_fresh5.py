"""Dates from the issue-11 review of judged timelines (set 40): a month inside a name, a date that
names a happening in a noun phrase, a closing price's weekday, a joined object with its own year, and
weekdays after publication in an updated or overnight story."""
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


def test_a_month_after_a_capitalised_name_word_is_no_date() -> None:
    assert "March" not in _tag("A Long March rocket carried a weather satellite into orbit.", "2003-10-15")
    assert "March" not in _tag("Long March rockets have flown since the 1970s.", "2003-10-15")


def test_a_month_after_a_word_that_leads_a_date_stays_a_date() -> None:
    assert _tag("Come March, the plan starts.", "2003-10-15")["March"] == "2003-03"
    assert _tag("The bill passed the Senate. March saw gains.", "2003-10-15")["March"] == "2003-03"
    assert _tag("In March the rocket flew.", "2003-10-15")["March"] == "2003-03"


def test_a_date_naming_a_happening_in_a_phrase_is_not_the_clause_date() -> None:
    events = _events("2017-10-02", "The group was blamed for the September 11, 2001 attacks on New York and "
                                   "Washington.\n\nSecurity was tightened at airports after the September 11 attacks.")
    assert not any(label.startswith(("The group was blamed", "Security was tightened")) for _, _, label in events)
    assert (dt.date(2001, 9, 11), False, "The attacks on New York and Washington took place") in events


def test_a_landmark_after_since_the_anchors_no_later_time() -> None:
    text = ("A gunman opened fire on a crowd at a music festival on Sunday night, killing at least 20 people in the "
            "deadliest mass shooting since the September 11, 2001 attacks. The attack began shortly after 10 p.m., "
            "police said.")
    assert _tag(text, "2017-10-02")["shortly after 10 p.m."].startswith("2017-10-01")


def test_a_closing_price_weekday_is_past_whatever_the_tense() -> None:
    events = _events("2008-02-01", "The software maker offered $44.6 billion for the web company on Friday.\n\n"
                                   "The bid represents a 62 percent premium above the web company's closing stock "
                                   "price Thursday.")
    premium = next(e for e in events if "premium" in e[2])
    assert premium[:2] == (dt.date(2008, 1, 31), False)


def test_a_joined_object_with_its_own_year_leaves_the_label() -> None:
    events = _events("2012-07-02", "The team won Euro 2008 and the World Cup in 2010.\n\n"
                                   "The company sold 2000 cars and 30 trucks in 2011.")
    assert (dt.date(2010, 1, 1), False, "The team won the World Cup") in events
    assert (dt.date(2011, 1, 1), False, "The company sold 2000 cars and 30 trucks") in events


_UPDATED = ("A runaway freight train derailed and exploded in a small town early Saturday, destroying dozens of "
            "buildings.\n\n{sunday}By Monday afternoon the death toll rose to 13, and police said 40 people were "
            "still missing.")


def test_an_updated_story_runs_on_past_publication() -> None:
    """Published Saturday; it names Saturday and Sunday, so its Monday is two days on, not five back."""
    events = _events("2013-07-06", _UPDATED.format(sunday="Police said five bodies were recovered Sunday.\n\n"))
    assert (dt.date(2013, 7, 8), False, "The death toll rose to 13") in events


def test_without_the_day_after_the_weekday_stays_behind() -> None:
    events = _events("2013-07-06", _UPDATED.format(sunday=""))
    assert (dt.date(2013, 7, 1), False, "The death toll rose to 13") in events


def test_the_small_hours_after_publication_are_the_next_day() -> None:
    events = _events("2006-12-29", "The former ruler was executed by hanging early Saturday morning, officials "
                                   "said.")
    assert (dt.date(2006, 12, 30), False, "The former ruler was executed by hanging") in events


def test_a_bare_weekday_six_days_back_stays_behind() -> None:
    """A story filed days late ('On Saturday, the agency announced ...' under Friday's date) keeps the past week."""
    assert _tag("On Saturday, the agency announced that the crew would return in February.",
                "2024-08-30")["Saturday"] == "2024-08-24"


def test_a_pluperfect_weekday_in_an_updated_story_looks_back() -> None:
    """'had checked the brakes on Monday' looks back from the story's days: the Monday before."""
    text = ("A runaway freight train derailed and exploded in a small town early Saturday. Police said five bodies "
            "were recovered Sunday. Inspectors had checked the brakes on Monday, the company said.")
    assert _tag(text, "2013-07-06")["Monday"] == "2013-07-01"
