"""A happening the text places by its distance from another ('days after the killing', 'ten days before
the shooting') is not on the day its telling was dated, nor on a day a bare time of day took from
elsewhere; and a preposition the parser left without its date ('throughout last week') goes with it."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _labels(text: str, published: str = "2021-05-15") -> list[str]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: {published}\n\n{text}"))
    return [e.label for e in parsed.events]


@pytest.mark.parametrize("text, word", [
    ("The missing hiker was seen in a red truck near the lake days after the storm hit the valley, "
     "the county newspaper reported Friday.", "seen"),
    ("The stolen van was spotted in a parking lot hours before the fire broke out, the sheriff's office "
     "said Thursday.", "spotted"),
    ("Detectives found the knife on May 3. A neighbor saw the suspect near the garage at 7 a.m. "
     "two days before the attack.", "saw"),
])
def test_an_offset_happening_takes_no_borrowed_day(text: str, word: str) -> None:
    assert not any(word in label.split() for label in _labels(text))


@pytest.mark.parametrize("text, label", [
    # the date is the clause's own calendar date: the offset only says more about it
    ("In March, a week after the vote, a bomb destroyed the party office.", "A bomb destroyed the party office"),
    ("The mayor said Thursday that 300 families fled the valley.", "300 families fled the valley"),
])
def test_an_own_date_stays(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    ("Hundreds of nurses marched throughout last week to press their demands.",
     "Hundreds of nurses marched to press their demands"),
    ("The two unions met with the city throughout last week.", "The two unions met with the city"),
])
def test_an_orphaned_date_preposition_goes(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize("text, wrong", [
    ("A freight train crashed into a truck near the river, the state police said Sunday. The crash happened "
     "about 9 p.m. Saturday at a crossing.", "2021-05-16"),
    ("A small plane crashed in a field east of the town, the sheriff said Thursday. The crash happened shortly "
     "after noon on Wednesday.", "2021-05-13"),
])
def test_a_told_happening_takes_its_own_day(text: str, wrong: str) -> None:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2021-05-17\n\n{text}"))
    assert not any(str(e.date) == wrong and "crash" in e.label.lower() for e in parsed.events)


@pytest.mark.parametrize("text, day", [
    ("For the year ended Sept. 30, the retailer earned $42.5 million, up 8% from $39.4 million.", "2021-09-30"),
    ("For the six months ended Aug. 14, the grocer posted net income of $6.5 million.", "2021-08-14"),
])
def test_the_end_of_a_closed_period_dates_no_result(text: str, day: str) -> None:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2021-11-02\n\n{text}"))
    assert not any(str(e.date) == day for e in parsed.events)


@pytest.mark.parametrize("text, label_word, day", [
    ("The school board said on Thursday that it would hold a special meeting on Friday to discuss the budget.",
     "meeting", "2021-05-14"),
    ("The airline said Tuesday that it would resume flights to the island on Thursday.", "resume", "2021-05-13"),
])
def test_a_planned_weekday_counts_from_the_saying(text: str, label_word: str, day: str) -> None:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2021-05-17\n\n{text}"))
    dates = {str(e.date) for e in parsed.events if label_word in e.label and "said" not in e.label}
    assert dates == {day}


@pytest.mark.parametrize("text", [
    "Net for the nine months was $254 million, or $5.94 a share, up 56% from $163 million, or $4.06 a share, "
    "a year earlier.",
    "Profit for the half was $80 million, up 20% from $66.5 million, or 91 cents a share, a year earlier.",
])
def test_a_date_closing_the_old_figure_dates_no_result(text: str) -> None:
    assert _labels(text, "1989-10-26") == []


@pytest.mark.parametrize("text, label", [
    ("The mayor must resign, the city council decided Wednesday.",
     "The city council decided that the mayor must resign"),
    ("The new law is unconstitutional, the state supreme court ruled Tuesday.",
     "The state supreme court ruled that the new law is unconstitutional"),
])
def test_a_ruling_told_after_its_content_is_the_happening(text: str, label: str) -> None:
    assert label in _labels(text)
