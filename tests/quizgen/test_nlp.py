"""The spaCy pipeline (quizgen.nlp): one parse of the whole body, with newline, title and dateline rules."""
from __future__ import annotations

import pytest

from quizgen import nlp

pytestmark = pytest.mark.slow


def _sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_the_pipeline_is_loaded_once_with_the_boundary_rules():
    assert nlp.load() is nlp.load()
    names = nlp.load().pipe_names
    assert names.index("newline_boundaries") < names.index("parser")


@pytest.mark.parametrize("text", [
    "First paragraph here.\n\nSecond paragraph follows.\n\nAnd a third one.",
    "One line only, no break at all",
    "  Leading spaces and a trailing newline.\n",
])
def test_the_parse_keeps_the_text_exactly(parse, text):
    assert parse(text).text == text


@pytest.mark.parametrize("text, sentences", [
    # a line break ends a sentence even without a full stop
    ("Prices rose sharply\nThe bank said on Monday that it would act.",
     ["Prices rose sharply", "The bank said on Monday that it would act."]),
    # a title abbreviation does not end a sentence
    ("The plane was flown by Capt. Mike Bannister on Monday.",
     ["The plane was flown by Capt. Mike Bannister on Monday."]),
    # a closing quote stays with its sentence
    ("\u201cWe will win.\u201d The crowd cheered.", ["\u201cWe will win.\u201d", "The crowd cheered."]),
])
def test_sentence_boundaries(parse, text, sentences):
    assert _sentences(parse(text)) == sentences


def test_a_dateline_is_cut_from_the_story_after_its_dash(parse):
    doc = parse("CAPE CANAVERAL, Fla. \u2014 Astronauts left the station on Sunday.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Astronauts" in starts


def test_a_dash_in_an_ordinary_sentence_starts_nothing(parse):
    doc = parse("The vote \u2014 held on Sunday \u2014 was close.")
    assert _sentences(doc) == ["The vote \u2014 held on Sunday \u2014 was close."]


def test_paragraphs_are_parsed_as_one_document(parse):
    """Entities of a later paragraph carry offsets into the whole text."""
    text = "The talks began on Wednesday.\n\nVladimir Putin answered on Thursday."
    doc = parse(text)
    putin = next(e for e in doc.ents if e.text == "Vladimir Putin")
    assert putin.start_char == text.index("Vladimir") and putin.label_ == "PERSON"
    assert doc[-1].idx + len(doc[-1]) == len(text)
