"""Three date readings: a newspaper's name in capitals ('USA TODAY'), 'the past year' as the twelve months up
to the report (no calendar year), and 'this weekend' after a future verb with a bare participle."""
from __future__ import annotations

import datetime as dt

from quizgen import build_lesson, find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _lesson(published: str, text: str):
    return analyse(parse_article(f"Title: News of the day\nPublished: {published}\n\n{text}"))


def _tag(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


def _times(published: str, text: str) -> list[str]:
    return [t.text for t in _lesson(published, text).times]


def test_today_in_capitals_inside_a_paper_name_is_no_date() -> None:
    text = "Most renters told a USA TODAY/Gallup Poll last month that rents were too high. The mayor resigned Friday."
    assert "TODAY" not in _times("2015-06-10", text)


def test_usa_today_named_as_a_paper_is_no_date() -> None:
    text = "The coach told USA Today that he would retire. The team lost on Sunday."
    lesson = _lesson("2015-06-10", text)
    assert all(t.text != "Today" for t in lesson.times)


def test_today_in_capitals_as_the_time_of_a_clause_stays_a_day() -> None:
    times = _lesson("2015-06-10", "TODAY, the city council voted to close the old bridge.").times
    assert [(t.text, t.date) for t in times] == [("TODAY", dt.date(2015, 6, 10))]


def test_the_past_year_is_a_span_not_the_calendar_year_before() -> None:
    assert _times("2015-06-10", "In the past year, inspectors have cited the dairy for 30 violations.") == []


def test_the_last_year_dates_no_event_and_no_stem() -> None:
    text = ("In the last year, state inspectors have fined the dairy more than $90,000 for unsafe storage. "
            "The dairy closed on Monday, officials said.")
    lesson = _lesson("2015-06-10", text)
    assert not any(t.text.endswith("last year") for t in lesson.times)
    assert all(e.date != dt.date(2014, 1, 1) and e.date.year == 2015 for e in lesson.events)
    assert not any("fined" in e.label for e in lesson.events)       # no day to borrow from the next sentence
    prompts = [q.prompt for q in build_lesson(f"Title: News of the day\nPublished: 2015-06-10\n\n{text}").questions]
    assert prompts and not any("In the in" in p or "2014" in p for p in prompts)


def test_the_last_year_of_something_is_still_a_year() -> None:
    times = _lesson("2015-06-10", "He spent the last year of the war in Paris.").times
    assert [t.text for t in times] != []


def test_last_year_alone_is_still_the_year_before() -> None:
    times = _lesson("2015-06-10", "The dairy was fined last year for unsafe storage.").times
    assert [(t.text, t.date) for t in times] == [("last year", dt.date(2014, 1, 1))]


def test_this_weekend_after_will_have_and_a_participle_is_the_coming_one() -> None:
    # Wednesday 10 June 2015: 'will likely have power restored by this weekend' looks ahead (week 24)
    tags = _tag("Most homes will likely have power restored by this weekend, the utility said Tuesday.", "2015-06-10")
    assert tags["this weekend"] == "2015-W24-WE"


def test_this_weekend_after_a_modal_is_the_coming_one() -> None:
    tags = _tag("Power should be restored to most homes by this weekend, the utility said.", "2015-06-10")
    assert tags["this weekend"] == "2015-W24-WE"


def test_this_weekend_told_in_the_past_is_still_the_one_gone() -> None:
    tags = _tag("The storm flooded several roads this weekend, the mayor said.", "2015-06-10")
    assert tags["this weekend"] == "2015-W23-WE"
