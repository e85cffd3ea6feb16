"""Labels of issue 11, round 10: a person's report whose said clause holds the date prints that clause
(the dated happening), not the reporting frame; a date on the saying keeps the speaker."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.label_choice import label_fault
from quizgen.nlp import parse


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2021-03-10\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


def test_a_date_inside_the_said_clause_drops_the_frame() -> None:
    labels = _labels("Jo Marsh said the old paper mill closed in 2019. The town opened a museum on Monday.")
    assert "The old paper mill closed" in labels, labels
    assert not any(label.startswith("Jo Marsh said") for label in labels), labels


def test_a_date_on_the_saying_keeps_the_speaker() -> None:
    labels = _labels("Jo Marsh said on Monday the old paper mill closed. The town opened a museum on Tuesday.")
    assert not any(label.startswith("The old paper mill closed") for label in labels), labels


def test_a_description_given_one_named_person_prints_the_name() -> None:
    labels = _labels("Dana Reyes, a three-time Olympian from Ohio, entered the race in 2019. "
                     "The three-time Olympian won the national title on Saturday.")
    assert "Dana Reyes won the national title" in labels, labels


def test_a_predicate_description_prints_the_name() -> None:
    labels = _labels("Gail Monroe is a veteran reporter at the station. The reporter quit the station on Friday.")
    assert "Gail Monroe quit the station" in labels, labels


def test_a_description_given_two_people_stays() -> None:
    labels = _labels("Gail Monroe is a veteran reporter. Tom Brandt is a young reporter. "
                     "The reporter quit the station on Friday.")
    assert not any(label.startswith(("Gail Monroe quit", "Tom Brandt quit")) for label in labels), labels


def test_a_forecast_keeps_its_speaker() -> None:
    labels = _labels("Ann Ray said the new plant would double its output in 2023. The town opened a museum on Monday.")
    assert not any(label.startswith("The new plant will double") for label in labels), labels


def test_a_from_without_its_to_is_a_fault() -> None:
    sentence = "Household savings fell from about 9 percent of income in 1990 to under 3 percent in 2012, Lee notes."
    assert label_fault("Household savings fell from 9 percent of income", parse(sentence)[:]) == "a lost range end"


def test_a_range_label_keeps_its_end() -> None:
    labels = _labels("Household savings fell from about 9 percent of income in 1990 to under 3 percent in 2012, "
                     "Kim Ladd notes.")
    assert not any(label.endswith("of income") for label in labels), labels


def test_a_past_tense_read_as_a_participle_stays_active() -> None:
    labels = _labels("A fire, the largest in years, roared through the valley on Thursday.")
    assert "A fire roared through the valley" in labels, labels
    assert not any(" was roared" in label for label in labels), labels


def test_the_name_of_a_relative_without_that_is_no_subject() -> None:
    """'the bill Governor Ann Ray signed': the parser sets the name beside the noun; 'Ann Ray took
    effect' is garbled."""
    labels = _labels("The farm bill Governor Ann Ray signed last month took effect on Friday. "
                     "The town opened a museum on Monday.")
    assert not any(label.startswith(("Ann Ray", "Governor Ann Ray")) for label in labels), labels


def test_a_name_beside_its_noun_stays_the_subject() -> None:
    labels = _labels("The band Coldplay released a new album on Friday. The town opened a museum on Monday.")
    assert any(label.endswith("released a new album") for label in labels), labels


def test_a_quoted_said_clause_keeps_its_frame() -> None:
    labels = _labels("“The valley has seen far more fires through August,” said Mark Lowe, a scientist at the "
                     "institute. The town opened a museum on Monday.")
    assert not any(label.startswith("The valley has seen") for label in labels), labels
