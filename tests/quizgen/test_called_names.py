"""A bare 'the group' after 'a group called the Riverside Council', or a bare 'the car' after 'Ann Lee's
car', is named as the article named it (JUDGING.md rule 8: judges asked for the name or the owner)."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

_TEXT = """Title: Volunteers in the valley
Published: 2024-05-02

A retired nurse, Ada Brennan, is the chair of a group called the Alliance for Valley Rivers.
The group has offices in Denver, Boise and Reno.
Farmers set up a charity named Harvest Bridge in 2019.
The charity now feeds 500 families every week.
Residents formed a committee known as the Northside Watch Council last spring.
The committee meets every Monday in the library.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _statement(prompt: str, words: str) -> Question:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    return Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))


@pytest.mark.parametrize("prompt, words, expected", [
    ("The group has offices in Denver, Boise and Reno.", "The group has",
     "The Alliance for Valley Rivers has offices in Denver, Boise and Reno."),
    ("The charity now feeds 500 families every week.", "The charity",
     "Harvest Bridge now feeds 500 families every week."),
    ("The committee meets every Monday in the library.", "The committee",
     "The Northside Watch Council meets every Monday in the library."),
])
def test_a_thing_brought_in_with_its_name_is_named(prompt, words, expected):
    """'a group called X' ... 'the group': the stem says X."""
    settled = settle_references(_ctx(), [_statement(prompt, words)])
    assert [q.prompt for q in settled] == [expected]


_OWNED = """Title: Search for a missing driver
Published: 2024-05-02

Neighbours said Lena Marsh's car was parked outside the bakery for two days last week.
Marsh left town on Friday, and the car was found empty at a ferry port on Sunday.
"""


def test_a_thing_named_by_its_owner_keeps_the_owner():
    """'Lena Marsh's car' ... 'the car': the stem says whose car."""
    ctx = make_context(analyse(parse_article(_OWNED)))
    sid = next(s.id for s in ctx.parsed.sentences if "found empty" in s.text)
    q = Question("q", "when", "On which day was the car found empty at a ferry port?", "Sunday", sid,
                 choices=("Friday", "Saturday", "Sunday", "Monday"))
    assert [x.prompt for x in settle_references(ctx, [q])] == \
        ["On which day was Lena Marsh's car found empty at a ferry port?"]
