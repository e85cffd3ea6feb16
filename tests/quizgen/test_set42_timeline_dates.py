"""Set 42 timeline shapes (issue 11): dates that are not the clause's (a catalogue name's year, a record
holder's bracketed year, 'the third time since', a measure compared with 'than ... Friday', a date in a
subject's 'who' clause), 'earlier in the day' paragraphs after a background date, a yearless day whose
month the article gave with an earlier year, and lead happenings with no date of their own."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.timex import find_times


def _events(text: str, title: str = "Story", published: str = "2023-11-06") -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def _labels_on(events: list[tuple[dt.date, str]], year: int) -> list[str]:
    return [label for date, label in events if date.year == year]


def test_a_catalogue_designation_holds_no_year() -> None:
    found = [t.text for t in find_times("Astronomers tracked the distant object 1998 KR77 for a month.",
                                        published="2006-08-24")]
    assert "1998" not in found


def test_a_year_before_a_plain_word_is_still_a_year() -> None:
    assert [t.value for t in find_times("In 2003 US troops crossed the border.", published="2006-08-24")] == ["2003"]


def test_a_record_holders_bracketed_year_does_not_date_the_clause() -> None:
    text = ("Lena Ortiz scored her ninth goal of the season to move third on the club's list, behind "
            "Maria Holt (14 in 1981) and Tess Bay (12 in 1990).")
    events = _events(text)
    assert not _labels_on(events, 1981) and not _labels_on(events, 1990)


def test_the_third_time_since_a_year_is_no_happening_then() -> None:
    text = ("The governor spoke on the radio on Tuesday, only the third time a governor has addressed the "
            "state since 1950.")
    assert not _labels_on(_events(text), 1950)


def test_a_measure_compared_with_on_a_day_leaves_the_day_to_the_story() -> None:
    text = ("Shares of Falcon Mills fell sharply on Monday.\n\n"
            "Brava agreed to buy the mill at a price 60 percent less than its market value Friday.\n\n"
            "Falcon Mills closed the day at $2.10.")
    events = _events(text)
    monday = dt.date(2023, 11, 6)
    assert (monday, "Falcon Mills closed at $2.10") in events
    assert not [label for date, label in events if date == dt.date(2023, 11, 3)]


def test_earlier_in_the_day_paragraphs_after_a_background_day_is_the_leads_day() -> None:
    text = ("Coast guard divers rescued two fishermen from a capsized trawler on Sunday.\n\n"
            "The ordeal began when the trawler left the harbour Wednesday with a crew of three.\n\n"
            "Rough seas slowed the search for hours.\n\n"
            "Officials praised the crews.\n\n"
            "A third fisherman reached the shore in a dinghy earlier in the day and was treated in hospital.")
    events = _events(text, published="2023-11-06")
    third = [date for date, label in events if label.startswith("A third fisherman")]
    assert third == [dt.date(2023, 11, 5)]


def test_a_date_in_a_subjects_who_clause_dates_that_clause() -> None:
    text = ('Music legend Ray Cole, who recorded the classic pop standard "Body And Soul" with Hartwell last '
            'March, issued a statement calling her an artist of rare gifts.')
    events = _events(text, published="2023-07-24")
    march = [label for date, label in events if date == dt.date(2023, 3, 1)]
    assert march and all("recorded" in label for label in march)
    # the 'And' of a name stays with it
    assert all("Body And Soul" in label for label in march)


def test_a_yearless_day_after_the_month_written_with_an_earlier_year() -> None:
    text = ("The ferry sank in July 2014 off the coast.\n\n"
            "\"The cargo appears to have been loaded illegally on the 15th of July,\" the investigator said.")
    events = _events(text, published="2022-07-01")
    assert any(date == dt.date(2014, 7, 15) for date, _ in events)
    assert not any(date > dt.date(2022, 7, 1) for date, _ in events)


def test_the_last_one_to_do_it_was_a_named_person_at_a_date() -> None:
    text = "The last king to resign was King Harald Bjorn in 1722 after a long war."
    assert (dt.date(1722, 1, 1), "King Harald Bjorn resigned") in _events(text)


def test_a_date_on_a_noun_of_a_with_phrase_is_not_the_clauses() -> None:
    text = ("The new leader was likely chosen on the fourth ballot, with the first vote on Monday evening and "
            "two votes early Tuesday failing to yield the needed majority.")
    events = _events(text, published="2023-11-08")
    assert not any(date == dt.date(2023, 11, 6) and "chosen" in label for date, label in events)
