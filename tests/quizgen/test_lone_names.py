"""A stem or timeline label naming a person by a lone word the tagger misread ('Quarles argued' as a
common noun, 'Penhallow said' as a company) or by 'Sir' and the given name ('Sir Desmond') takes the full
name an earlier sentence gave (JUDGING.md rule 8); a surname two people share, a name given only later
and a name describing a noun stay as written."""
from __future__ import annotations

import functools

import pytest
from settled_stems import settled

from quizgen import build_lesson
from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context

_TEXT = """Title: Regulator's adviser leaves the agency
Published: 2017-03-03

The head of the telecom agency stepped down on Friday, ending a long fight over internet rules.
The president's adviser on the agency, Dorothy Quarles, has long opposed the rules.
Quarles likewise argued against the open internet rules and is a fan of free data plans.
Bellwood Press chief executive Arthur Penhallow wrote a letter to authors on Monday.
Penhallow said a two-year consent agreement allowing discounts expired on Dec. 18.
The education secretary, Sir Desmond Hollis, proposed the new exams in 1984.
Sir Desmond had insisted that the new scheme was intended to better stretch teenagers.
Grieve said the exams were fair, and Ann Grieve and Tom Grieve agreed on Tuesday.
Loxton said on Wednesday that the rules would stay, Mara Loxton added.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("true_false", "Quarles is a fan of free data plans.", "True", "likewise argued",
     "Dorothy Quarles is a fan of free data plans."),
    ("fill_blank", "Penhallow said a two-year consent agreement allowing discounts expired on _____.", "Dec. 18",
     "consent agreement", "Arthur Penhallow said a two-year consent agreement allowing discounts expired on _____."),
    ("true_false", "Sir Desmond had insisted that the new scheme was intended to better stretch teenagers.", "True",
     "had insisted", "Sir Desmond Hollis had insisted that the new scheme was intended to better stretch teenagers."),
])
def test_a_lone_name_word_takes_the_full_name_given_before(kind, prompt, answer, words, expected):
    assert settled(_ctx(), kind, prompt, answer, words) == expected


def test_a_surname_two_people_share_stays_as_written():
    prompt = "Grieve said the exams were fair."
    assert settled(_ctx(), "true_false", prompt, "True", "exams were fair") == prompt


def test_a_full_name_given_only_later_is_not_written_in():
    prompt = "Loxton said on _____ that the rules would stay."
    assert settled(_ctx(), "fill_blank", prompt, "Wednesday", "rules would stay") == prompt


def test_a_timeline_label_names_the_person_in_full():
    text = """Title: Priest honoured
Published: 2022-09-04

The church on Sunday honoured the late priest Roberta Haskins, who served the town for 40 years.
Haskins was ordained a priest in 1935, and became a bishop later.
"""
    labels = [e.label for e in build_lesson(text).events]
    assert "Roberta Haskins was ordained a priest" in labels, labels
