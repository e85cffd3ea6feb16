"""Sentences with offsets and paragraphs (quizgen.sentences.split_sentences)."""
from __future__ import annotations

import pytest

from quizgen.sentences import split_sentences

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def split(parse):
    def run(text: str):
        return [s for s, _ in split_sentences(parse(text))]
    return run


@pytest.mark.parametrize("text, sentences, paragraphs", [
    ("Prices rose. Wages did not.", ["Prices rose.", "Wages did not."], [0, 0]),
    ("Prices rose.\n\nWages did not.", ["Prices rose.", "Wages did not."], [0, 1]),
    # a single line break between paragraphs counts as a new paragraph too
    ("Prices rose.\nWages did not.", ["Prices rose.", "Wages did not."], [0, 1]),
    ("  Prices rose.  \n\n\n  Wages did not.  ", ["Prices rose.", "Wages did not."], [0, 1]),
])
def test_sentences_are_stripped_and_numbered_by_paragraph(split, text, sentences, paragraphs):
    out = split(text)
    assert [s.text for s in out] == sentences and [s.paragraph for s in out] == paragraphs
    assert [s.id for s in out] == list(range(len(out)))
    assert all(text[s.start:s.end] == s.text for s in out)


def test_a_dateline_stays_with_the_sentence_it_introduces(split):
    text = "CAPE CANAVERAL, Fla. \u2014 Astronauts left the station on Sunday. They landed safely."
    out = split(text)
    assert out[0].text.startswith("CAPE CANAVERAL") and out[0].text.endswith("on Sunday.")
    assert out[1].text == "They landed safely."


def test_spans_are_trimmed_to_the_sentence(parse):
    doc = parse("Prices rose.\n\nWages did not.")
    for sentence, span in split_sentences(doc):
        assert span.text.strip() == sentence.text
