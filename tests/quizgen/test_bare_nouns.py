"""Stem nouns a learner cannot place (JUDGING.md rule 8, questions/bare_nouns.py): a change noun with no
complement is left out of the default quiz."""
from __future__ import annotations

import dataclasses
import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import dangling_phrases
from quizgen.questions.bare_nouns import unmeasured_change

_TEXT = """Title: Valley town counts the cost of the storm
Published: 2024-03-10

Farmers in the valley reported heavy losses on Monday.
Shipments of tractors fell 3 percent this year.
A recovery is not expected until 2026.
A recovery of tractor sales is expected in 2026.
March's figure was revised to 4,000 from 4,500.
The sales figure was revised to 4,000 from 4,500.
March's gain was 4,000 tractors.
Farm output rose by 4,000 tonnes, but the total was revised.
"""


@functools.lru_cache(maxsize=1)
def _parsed():
    return analyse(parse_article(_TEXT))


def _span(words: str):
    parsed = _parsed()
    sid = next(s.id for s in parsed.sentences if words in s.text)
    return sid, parsed.spans[sid]


_TITLE = "Valley town counts the cost of the storm"


@pytest.mark.parametrize("prompt, expected", [
    ("A recovery is not expected until 2026.", "A recovery"),                # of what?
    ("_____'s figure was revised to 4,000 from 4,500.", "March's figure"),   # a month says when, not what
])
def test_changes_that_say_nothing_of_what_changed_are_found(prompt, expected):
    assert unmeasured_change(_span(prompt.replace("_____", "March")[:20])[1], prompt) == expected


@pytest.mark.parametrize("prompt", [
    "A recovery of tractor sales is expected in 2026.",        # says of what
    "The sales figure was revised to 4,000 from 4,500.",       # says which figure
    "March's gain was 4,000 tractors.",                        # a time's gain is the story's
    "Farm output rose by 4,000 tonnes, but the total was revised.",   # a figure before says what
])
def test_changes_that_say_what_changed_are_left_alone(prompt):
    assert unmeasured_change(_span(prompt[:20])[1], prompt) is None


def _tf(prompt: str) -> Question:
    return Question("q", "true_false", prompt, "True", _span(prompt[:20])[0], choices=("True", "False"))


def test_the_default_quiz_leaves_out_a_bare_recovery():
    bare, told = _tf("A recovery is not expected until 2026."), _tf("A recovery of tractor sales is expected in 2026.")
    told = dataclasses.replace(told, id="t")
    assert dangling_phrases([bare, told], _parsed()) == {"q": "A recovery"}
