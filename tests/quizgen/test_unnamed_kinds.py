"""A stem or a label leaning on a bare 'the state', 'the agency', 'the service' with no name of its kind
beside it (JUDGING.md rule 8, issue 11): the quiz leaves such a question out, the review notes such a label."""
from __future__ import annotations

import dataclasses
import functools

import pytest

from quizgen.article import parse_article
from quizgen.empty_labels import review_notes
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import select_quiz, with_notes
from quizgen.questions.references import unnamed_kind_phrase

_TEXT = """Title: Ferry line opens across the bay
Published: 2024-03-08

Lake Orvell ferries carried 2 million riders last year, officials said.
About 300 drivers used the service in its first month.
Officials in Dunmore said the agency would add a third boat in May.
The Orvell Transit Agency bought the boat for $4 million in April.
The state approved funds for the new terminal on Friday.
Riders on the ferry complained about delays on Monday.
"""


@functools.lru_cache(maxsize=1)
def _parsed():
    return analyse(parse_article(_TEXT))


def _question(words: str, prompt: str, qid: str = "q", kind: str = "true_false") -> Question:
    parsed = _parsed()
    sid = next(s.id for s in parsed.sentences if words in s.text)
    answer = "True" if kind == "true_false" else "x"
    return Question(qid, kind, prompt, answer, sid, choices=("True", "False") if kind == "true_false" else ())


def _found(q: Question, title: str = "") -> str | None:
    return unnamed_kind_phrase(q, _parsed().spans[q.sentence_id], title)


@pytest.mark.parametrize("words, prompt, expected", [
    ("300 drivers", "About 300 drivers used the service in its first month.", "the service"),
    ("approved funds", "The state approved funds for the new terminal on Friday.", "The state"),
])
def test_a_bare_kind_noun_with_no_name_is_found(words, prompt, expected):
    assert _found(_question(words, prompt)) == expected


@pytest.mark.parametrize("words, prompt", [
    # a name of its kind in the stem may say which agency
    ("third boat", "Officials in Dunmore said the agency would add a third boat in May."),
    # a name: not a common noun
    ("bought the boat", "The Orvell Transit Agency bought the boat for $4 million in April."),
    # 'the ferry' is no kind of the list
    ("complained", "Riders on the ferry complained about delays on Monday."),
])
def test_a_stem_that_names_it_or_needs_no_name_is_left_alone(words, prompt):
    assert _found(_question(words, prompt)) is None


def test_a_noun_the_headline_uses_is_the_storys_own():
    q = _question("300 drivers", "About 300 drivers used the service in its first month.")
    assert _found(q, "Ferry service opens across the bay") is None


def test_the_quiz_leaves_the_question_out_and_says_why():
    unnamed = dataclasses.replace(_question("approved funds", "The state approved funds for the new terminal on Friday.", "a"),
                                  score=0.9)
    named = dataclasses.replace(_question("bought the boat", "The Orvell Transit Agency bought the boat for "
                                          "$4 million in April.", "b"), score=0.5)
    bank = [unnamed, named]
    assert select_quiz(bank, _parsed(), size=2) == ["b"]
    note = with_notes(bank, ["b"], _parsed())[0].note
    assert note.startswith("Left out:") and "'The state'" in note


def test_a_label_opening_on_an_unnamed_kind_gets_a_review_note():
    notes = review_notes(["The agency bought a boat", "The Orvell Transit Agency bought a boat",
                          "Riders complained about the service"], lambda k: "2024-04-01")
    assert notes == ["Timeline event of 2024-04-01 'The agency bought a boat' never says which agency it means: "
                     "edit its label."]
