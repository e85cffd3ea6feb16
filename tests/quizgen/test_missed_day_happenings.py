"""Dated happenings the timeline used to miss: a clock time and day split from their clause by the
sentence splitter or the parser, a 'when' act written right after a date, a 'whose' relative clause's
act, a contact-relative misreading after a comma, and a coordinator's words left dangling."""
from __future__ import annotations

import datetime as dt

from quizgen import nlp
from quizgen.article import parse_article
from quizgen.pipeline import analyse

TUESDAY = dt.date(2023, 10, 31)
WEDNESDAY = dt.date(2023, 11, 1)
THURSDAY = dt.date(2023, 11, 2)


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_a_clock_time_and_its_day_stay_in_one_sentence() -> None:
    doc = nlp.load()("A farmer called the police about 4:15 a.m. Wednesday, the sheriff said. Deputies came.")
    assert [s.text for s in doc.sents][0].endswith("the sheriff said.")


def test_a_clock_time_and_day_before_a_saying_date_the_reported_clause() -> None:
    text = ("A passing driver reported the barn fire to the county about 2:40 a.m. Wednesday, "
            "Fire Marshal Dana Whitcombe said. Crews saved the horses.")
    assert (WEDNESDAY, "A passing driver reported the barn fire to the county") in _events(text)


def test_a_when_act_right_after_the_date_is_that_days() -> None:
    text = ("Mayor Ellen Carter's long campaign to rebuild the harbor - capped Thursday when she opened the new pier - "
            "has been a costly struggle from the start.")
    assert (THURSDAY, "Ellen Carter opened the new pier") in _events(text)


def test_a_when_act_is_left_out_when_its_pronoun_may_mean_two_people() -> None:
    text = ("Mayor Ellen Carter's long campaign with Anna Hartmann to rebuild the harbor - capped Thursday when she opened the "
            "new pier - has been a costly struggle from the start.")
    assert not any("opened the new pier" in label for _, label in _events(text))


def test_a_whose_clause_names_its_noun_as_owner() -> None:
    text = "Rangers were still looking for two hikers whose rental car was found abandoned in a canyon Tuesday in Pima County."
    assert any(day == TUESDAY and label.startswith("Two hikers’ rental car was found abandoned")
               for day, label in _events(text))


def test_a_clause_after_a_comma_is_no_contact_relative() -> None:
    text = ("After two weeks of hearing dozens of tenants describe the damage of the leaks, the embattled landlord "
            "Ivo Brandt stood up in court Wednesday and quietly offered an apology.")
    labels = [label for _, label in _events(text)]
    assert "Ivo Brandt offered an apology" in labels or any("stood up in court" in label for label in labels)


def test_a_left_out_rather_than_takes_its_rather() -> None:
    text = ("Earlier Tuesday, three veteran councillors announced their decision not to run again rather than "
            "back the mayor's new budget plan for the city.")
    labels = [label for _, label in _events(text)]
    assert labels and not any(label.endswith(" rather") for label in labels)
