"""An epithet standing for a person named before (JUDGING.md rule 8): 'The Latvian', 'the 30-year-old'
-> the name; a stem whose epithet the article leaves open is refused."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

pytestmark = pytest.mark.slow

MARKED = ("Latvian Anna Berg beat Mia Kovacs in Paris on Thursday. "
          "The Latvian is eight centimetres taller.")
ONLY = ("Sara Lind won the Oslo marathon on Sunday. Rain fell all morning. "
        "The Norwegian finished in two hours and ten minutes.")
AGED = ("Police arrested Tom Hale, 30, and Ben Ortiz, 41, on Monday. "
        "The 30-year-old was released on bail.")
LOSER = ("Sara Lind reached the quarter-final on Monday. "
         "The Australian suffered a three-set loss to Mia Kovacs on Tuesday.")
OPEN = ("Anna Berg met Mia Kovacs in Paris. Both are tall. "
        "The Latvian is eight centimetres taller.")
TEAM = ("Anna Berg met Mia Kovacs in Paris. The Latvian team won the cup.")


@pytest.mark.parametrize("body, word, referent", [
    (MARKED, "Latvian", "Anna Berg"),         # the earlier mention carries the same nationality
    (ONLY, "Norwegian", "Sara Lind"),             # the one person named before
    (AGED, "old", "Tom Hale"),                # 'Tom Hale, 30,' is the 30-year-old
    (LOSER, "Australian", "Sara Lind"),       # the one named before and not in the sentence
])
def test_epithets_are_named(resolved, body, word, referent):
    n = sum(1 for w in body.split() if w.strip(".,") == word) - 1 if word != "old" else 0
    assert resolved(body, word, n) == referent


@pytest.mark.parametrize("body, word, n", [
    (OPEN, "Latvian", 0),        # two people named before, neither marked Latvian
    (TEAM, "team", 0),           # 'the Latvian team' is no epithet
])
def test_open_epithets_stay(resolved, body, word, n):
    assert resolved(body, word, n) is None


_TEXT = """Title: Berg and Kovacs meet in Paris
Published: 2024-06-08

Latvian Anna Berg beat Mia Kovacs in Paris on Thursday.
The Latvian is eight centimetres taller.
Pia Holm and Eva Roos met in the other semi-final on Friday.
The Norwegian won in three sets.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _question(prompt: str, answer: str, words: str) -> Question:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    return Question("q", "true_false", prompt, answer, sid, choices=("True", "False"))


@pytest.mark.parametrize("prompt, words, expected", [
    ("The Latvian is eight centimetres taller.", "centimetres", ["Anna Berg is eight centimetres taller."]),
    ("The Norwegian won in three sets.", "three sets", []),       # which of the two is left open: refused
])
def test_epithet_stems(prompt, words, expected):
    assert [q.prompt for q in settle_references(_ctx(), [_question(prompt, "True", words)])] == expected


@pytest.mark.parametrize("body, word", [
    ("Pia Holm spoke on Monday. The Chinese said the talks went well.", "Chinese"),   # a people, not one person
    ("Pia Holm spoke on Monday. She told The Australian she was happy.", "Australian"),  # a newspaper
])
def test_peoples_and_papers_stay(resolved, body, word):
    assert resolved(body, word) is None


def test_one_of_another_nationality_is_not_meant(resolved):
    body = ("French President Ana Roux visited Riga on Monday. "
            "The Latvian thanked the crowd.")
    assert resolved(body, "Latvian") is None
