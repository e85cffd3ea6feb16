"""The main news of a story reaches the timeline with its right date: a clause told as coming a counted
time before a dated act ('a day after protesters stormed ...'), a lead in the present perfect whose only
date is a first time's yardstick ('for the first time since 2012'), a ruling whose content comes first
and runs long, and a score kept whole in a label ('beat Rovers 3-1')."""
from __future__ import annotations

from quizgen import build_lesson


def _events(text: str, published: str, title: str | None = None) -> list[tuple[str, str]]:
    lesson = build_lesson(f"Title: {title}\nPublished: {published}\n\n{text}" if title else text,
                          published=published)
    return [(e.label, e.date.isoformat()) for e in lesson.events]


def test_clause_a_day_before_a_dated_act_is_dated_back():
    """'resigned on Friday, a day after crowds stormed the palace': the storming was on Thursday."""
    events = _events("The governor of Varna resigned on Friday, a day after angry crowds stormed the palace. "
                     "Soldiers guarded the empty building.", "2019-05-11")
    assert ("Angry crowds stormed the palace", "2019-05-09") in events
    assert ("The governor of Varna resigned", "2019-05-10") in events


def test_clause_two_days_before_counts_two_days():
    events = _events("Divers found the missing trawler on Sunday, two days after a storm sank it near the cape. "
                     "Its crew of four was rescued.", "2018-09-17")
    assert [date for label, date in events if label.startswith("A storm sank")] == ["2018-09-14"]


def test_told_day_counts_nothing_back():
    """'..., police said Friday, a day after ...': the telling's day is no anchor for the earlier act."""
    events = _events("The bridge was unsafe, police said on Friday, a day after a truck struck one of its pillars.",
                     "2019-05-11")
    assert not any(label.startswith("A truck struck") for label, _ in events)


def test_lead_perfect_with_first_time_yardstick_is_the_days_news():
    """'have won the cup for the first time since 2012' under a headline naming the win: the year is when
    the last win was, so the lead stays undated by its words and is the publication day's news."""
    events = _events("Norway have won the cup for the first time since 2012. Norway beat Latvia 4-2 in the final.",
                     "2023-04-30", title="Norway win the cup")
    assert ("Norway have won the cup for the first time since 2012", "2023-04-30") in events


def test_score_stays_whole_in_a_label():
    """The parser splits '6-3' into two numbers; the label keeps both halves, not 'ruled 3'."""
    events = _events("The appeals court ruled 6-3 on Friday that the mayor may keep her seat. Her rivals said they "
                     "would appeal.", "2021-03-13")
    assert ("The appeals court ruled 6-3 that the mayor may keep her seat", "2021-03-12") in events


def test_fronted_ruling_too_long_for_that_reads_as_a_headline():
    """'Shops may open on Sundays in every town, the high court ruled Friday in a split decision': the
    ruling is the day's happening; with 'that' and all it ruled the label runs over a headline's length
    (it was lost, leaving 'The high court ruled in a split decision'), so what was ruled is fitted to
    the room the ruling's words leave and reads as a headline does."""
    events = _events("Shops may open on Sundays in every town, the high court ruled on Friday in a split decision. "
                     "Crowds cheered outside the court building on Friday evening.", "2021-03-13")
    assert ("The high court ruled shops may open on Sundays in every town", "2021-03-12") in events


def test_easter_monday_is_the_day_after_easter():
    """'died on Easter Monday': the holiday is the Monday after Easter, not Easter Sunday and a Monday."""
    events = _events("Bishop Anton Ruel, the first bishop of the new diocese, died on Easter Monday at the age "
                     "of 91, his diocese said.", "2019-04-23")
    assert [date for label, date in events if "died" in label] == ["2019-04-22"]


def test_when_clause_on_a_date_happened_then():
    """'The strike peaked on Tuesday, when dockers blocked the port': the 'when' clause hangs on the date."""
    events = _events("The strike peaked on Tuesday, when thousands of dockers blocked the port of Enna. "
                     "The union called off the strike on Wednesday.", "2017-03-03")
    assert ("Thousands of dockers blocked the port of Enna", "2017-02-28") in events


def test_act_of_a_result_named_by_its_cause_is_of_the_causes_day():
    """'A landslide triggered by the storm buried ...' after 'The storm hit ... on Monday': the landslide's
    act names the storm again as its immediate cause, and happened that day."""
    events = _events("A powerful storm hit the hill town of Orvel on Monday. A landslide triggered by the storm "
                     "buried a school and two farms. Roads stayed closed for days.", "2016-11-02")
    assert ("A landslide buried a school and two farms", "2016-10-31") in events
