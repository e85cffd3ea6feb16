"""Bounded work (quizgen.limits): no sentence longer than the cap, cut at a comma or conjunction when one is near."""
from __future__ import annotations

import pytest
import spacy

from quizgen.limits import MAX_SENTENCE_TOKENS, cap_sentence_length


@pytest.fixture(scope="module")
def tokenizer():
    """A blank English tokenizer: the cap runs before the parser, so no model is needed."""
    return spacy.blank("en")


def _lengths(doc) -> list[int]:
    starts = [t.i for t in doc if t.i == 0 or t.is_sent_start] + [len(doc)]
    return [b - a for a, b in zip(starts, starts[1:])]


@pytest.mark.parametrize("words, limit", [(10, 20), (300, 40), (1000, MAX_SENTENCE_TOKENS)])
def test_no_sentence_passes_the_limit(tokenizer, words, limit):
    doc = tokenizer(" ".join(f"w{i}" for i in range(words)))
    cap_sentence_length(doc, limit)
    assert max(_lengths(doc)) <= limit and sum(_lengths(doc)) == words


def test_a_short_text_is_left_alone(tokenizer):
    doc = tokenizer("one two three")
    cap_sentence_length(doc, limit=5)
    assert [t.is_sent_start for t in doc][1:] == [None, None]


@pytest.mark.parametrize("joiner", [",", "and", ";"])
def test_the_cut_falls_after_a_comma_or_conjunction(tokenizer, joiner):
    words = [f"w{i}" for i in range(30)]
    words[14] = joiner        # past the middle of the first 20 tokens
    doc = tokenizer(" ".join(words))
    cap_sentence_length(doc, limit=20)
    assert doc[15].is_sent_start


def test_boundaries_already_set_are_kept(tokenizer):
    doc = tokenizer(" ".join(f"w{i}" for i in range(30)))
    doc[10].is_sent_start = True
    cap_sentence_length(doc, limit=20)
    assert doc[10].is_sent_start and max(_lengths(doc)) <= 20
