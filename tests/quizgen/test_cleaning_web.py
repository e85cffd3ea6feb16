"""Cleaning web news: title-case datelines, records that are not sentences, page furniture."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.cleaning import clean_body, line_kind

STORY = "Hundreds of nurses marched past the county courthouse on Friday to ask for more staff."


@pytest.mark.parametrize("opening, place", [
    ("Chicago – ", "Chicago"),
    ("Chicago — ", "Chicago"),
    ("Chicago - ", "Chicago"),
    ("Sacramento, California—", "Sacramento, California"),
    ("Tampa, Fla.– ", "Tampa, Fla."),
    ("New Orleans – ", "New Orleans"),
])
def test_title_case_dateline_before_a_whole_sentence_is_set_aside(opening, place):
    """A title-case place, a dash, then a sentence with its own subject: the place is the dateline."""
    cleaned = clean_body(opening + STORY)
    assert cleaned.dateline == place
    assert [s.kind for s in cleaned.set_aside] == ["dateline"]
    assert cleaned.reading.strip() == STORY


@pytest.mark.parametrize("text", [
    "Netflix — the biggest streaming service — said on Monday it would raise prices.",
    "Toyota – The carmaker said on Monday that it would build a plant in Ohio.",
    "Chicago – the city that never sleeps – voted on Friday to extend bar hours.",
    "Boston - Cambridge trains, buses and ferries.",
    "Brazil – Argentina talks resumed on Monday in Geneva.",
])
def test_subject_with_a_dash_is_not_a_dateline(text):
    """A company before a dash, a place with a parenthetical, a place before a list: nothing is set aside."""
    cleaned = clean_body(text)
    assert cleaned.dateline is None and not cleaned.set_aside
    assert cleaned.reading == text


def test_title_case_dateline_is_not_read_as_the_subject_of_an_event():
    """The event is told of the marchers, not of the dateline's city."""
    lesson = build_lesson("Title: Nurses march\nPublished: 2023-03-10\n\nChicago – " + STORY)
    assert lesson.dateline == "Chicago"
    assert lesson.events and all(not e.label.startswith("Chicago") for e in lesson.events)
    assert lesson.sentences[0].text.startswith("Hundreds of nurses")


BLOTTER = ("Title: Weekly arrests\nPublished: 2023-03-10\n\n"
           "The sheriff's office arrested 12 people last week, deputies said on Friday.\n\n"
           "Tom R. Baker, 41, of Salem: Theft of a bicycle, resisting arrest, held in jail in lieu of $2,000 bond.\n"
           "Ann Lee Cole: Driving with a suspended license, trespassing, held on $500 bond.\n")


def test_record_lines_are_set_aside_for_the_engine_but_kept_in_the_text():
    """'Name: item, item, held on bond' is a record: the student still reads it, no question is made of it."""
    lesson = build_lesson(BLOTTER)
    assert [s.kind for s in lesson.set_aside] == ["record", "record"]
    assert "Theft of a bicycle" in lesson.text and "trespassing" in lesson.text
    assert not any("bond" in s.text for s in lesson.sentences)
    assert not any("bond" in q.prompt for q in lesson.questions)


@pytest.mark.parametrize("line", [
    "Tom Baker: We waited, we prayed, and the water came anyway.",
    "Ann Cole: The council, which met on Monday, voted to close the pool.",
    "Tom Baker said the theft, the fight and the arrest happened on Monday.",
])
def test_a_sentence_after_a_name_and_colon_is_not_a_record(line):
    """A finite verb with its own subject makes a sentence: it is read as story."""
    cleaned = clean_body("The board met on Monday.\n\n" + line)
    assert not cleaned.set_aside
    assert line in cleaned.reading


@pytest.mark.parametrize("line, kind", [
    ("Staff Reports", "byline"),
    ("From staff reports", "byline"),
    ("Herald staff and wire reports", "byline"),
    ("Story continues after photo gallery", "boilerplate"),
    ("Story continues after advertisement", "boilerplate"),
    ("Scroll down to continue reading", "boilerplate"),
    ("Tap to read the full story", "boilerplate"),
])
def test_page_furniture_lines_are_recognised(line, kind):
    """Staff bylines and 'continues below' notices of web pages are not story."""
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Staff reports of the incident were sent to the board.",
    "The story continues below the surface, the diver said.",
    "Scroll through the list and tap to choose a seat.",
])
def test_sentences_that_mention_furniture_words_are_kept(line):
    assert line_kind(line) is None


def test_furniture_flattened_between_sentences_is_set_aside():
    """A paste that lost its line breaks: 'Advertisement' and 'Story continues below' between two sentences."""
    text = ("The mayor spoke on Monday. Advertisement The road will reopen in May. "
            "Story continues below gallery Crews began work on Tuesday.")
    cleaned = clean_body(text)
    assert [s.text for s in cleaned.set_aside] == ["Advertisement", "Story continues below gallery"]
    assert " ".join(cleaned.reading.split()) == ("The mayor spoke on Monday. The road will reopen in May. "
                                                 "Crews began work on Tuesday.")
    kept = "Advertisement revenue fell. The ad market shrank."
    assert clean_body(kept).reading == kept
