"""Stems whose 'the N', 'that N', 'another N', 'the same N' the learner cannot place without the article
(JUDGING.md rule 8): named from the article's fuller form when it has one, else ranked after the others."""
from __future__ import annotations

import dataclasses
import functools

import pytest

from quizgen import build_lesson
from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import select_quiz, with_notes
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references, unplaced_description

_TEXT = """Title: Port council weighs harbour plans
Published: 2024-05-02

The council signed a deal with Marlin Shipping on Monday.
Later the council signed a second deal with a fishing cooperative.
Critics said the deal would raise fees for small boats.
The weather stayed calm all week.
Residents debated the harbour plan at a town meeting.
The debate lasted four hours.
Harbour officials visited Chad in March.
Harbour officials sold two tugboats in that landlocked country.
Besides Rosa Ruiz, the mayor has another deputy.
The mayor named another deputy in April.
The ferry left at the same hour as the barge.
Both boats sailed on the same day.
The government approved the budget in June.
The council said the government would pay for the new pier.
The coastal power plant was closed for repairs.
The plant damaged by the storm reopened in May.
A decision will be made on Friday.
A decision on the ferry fares will be made in July.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _sentence(words: str):
    ctx = _ctx()
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    return sid, ctx.parsed.spans[sid]


def _tf(prompt: str, words: str) -> Question:
    return Question("q", "true_false", prompt, "True", _sentence(words)[0], choices=("True", "False"))


@pytest.mark.parametrize("prompt, words, expected", [
    ("Critics said the deal would raise fees for small boats.", "Critics said", "the deal"),   # two deals
    ("The debate lasted four hours.", "The debate lasted", "The debate"),                   # 'debated' before
    ("Harbour officials sold two tugboats in that landlocked country.", "two tugboats", "that landlocked country"),
    ("The mayor named another deputy in April.", "named another deputy", "another deputy"),
    ("Both boats sailed on the same day.", "Both boats", "the same day"),
    ("A decision will be made on Friday.", "A decision will", "A decision"),             # on what?
])
def test_a_phrase_the_learner_cannot_place_is_found(prompt, words, expected):
    assert unplaced_description(_tf(prompt, words), _sentence(words)[1]) == expected


@pytest.mark.parametrize("prompt, words", [
    ("The weather stayed calm all week.", "The weather"),                     # one weather to speak of
    ("Besides Rosa Ruiz, the mayor has another deputy.", "Besides Rosa Ruiz"),  # other than whom: said
    ("The ferry left at the same hour as the barge.", "The ferry left"),      # the same as what: said
    ("A decision on the ferry fares will be made in July.", "ferry fares"),   # on what: said
    ("The council said the government would pay for the new pier.", "new pier"),   # one government
])
def test_a_phrase_the_stem_places_is_left_alone(prompt, words):
    assert unplaced_description(_tf(prompt, words), _sentence(words)[1]) is None


def test_a_headline_thing_is_the_story_own():
    q = _tf("Residents debated the harbour plan at a town meeting.", "Residents debated")
    q2 = _tf("The debate lasted four hours.", "The debate lasted")
    assert unplaced_description(q, _sentence("Residents debated")[1]) is None
    assert unplaced_description(q2, _sentence("The debate lasted")[1], "Town debate runs late") is None


def test_a_stem_that_lost_the_words_saying_which_takes_the_fuller_form():
    sid, _ = _sentence("The plant damaged")
    q = Question("q", "when", "When did the plant reopen?", "May", sid, choices=("May", "June", "April"))
    assert [x.prompt for x in settle_references(_ctx(), [q])] == ["When did the coastal power plant reopen?"]


def test_the_quiz_takes_an_unplaced_stem_after_the_others_and_says_why():
    parsed = _ctx().parsed
    lesson = build_lesson(_TEXT)
    unplaced = next(q for q in lesson.questions if "another deputy" in q.prompt)
    placed = next(q for q in lesson.questions if "approve the budget" in q.prompt)
    bank = [dataclasses.replace(unplaced, score=0.9), dataclasses.replace(placed, score=0.5)]
    assert select_quiz(bank, parsed, size=1) == [placed.id]
    assert "'another deputy'" in with_notes(bank, [placed.id], parsed)[0].note
