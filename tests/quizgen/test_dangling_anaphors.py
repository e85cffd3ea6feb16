"""Stems leaning on a word only an earlier sentence gives a meaning to, that no name can stand in for
('since then', a stem opening on 'Then', 'both countries', a closing 'there', 'imply as much';
JUDGING.md rule 8): found, and kept out of the default quiz with a note saying why."""
from __future__ import annotations

import dataclasses
import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions import select_quiz, with_notes
from quizgen.questions.context import make_context
from quizgen.questions.references import dangling_anaphor, settle_references, unplaced_description

_TEXT = """Title: Two river towns share a ferry
Published: 2024-03-08

Norland and Vesta opened a joint ferry line in 2019.
Overall, about 4,000 commuters now cross between both countries.
The mayor of Norland hinted as much on Tuesday.
Then the ferry company bought a second boat.
Inspectors from Vesta travelled to the pier and stayed there.
Inspectors travelled to Harbin and stayed there.
Ferry fares have fallen by a third since then.
The ferry company hired 40 new sailors in January.
Norland and Vesta, both countries with long coasts, share the cost.
"""


@functools.lru_cache(maxsize=1)
def _parsed():
    return analyse(parse_article(_TEXT))


def _sentence(words: str):
    parsed = _parsed()
    sid = next(s.id for s in parsed.sentences if words in s.text)
    return sid, parsed.spans[sid]


def _tf(prompt: str, words: str, qid: str = "q") -> Question:
    return Question(qid, "true_false", prompt, "True", _sentence(words)[0], choices=("True", "False"))


@pytest.mark.parametrize("prompt, words, expected", [
    ("Overall, about 4,000 commuters now cross between both countries.", "commuters", "both countries"),
    ("Then the ferry company bought a second boat.", "Then the ferry", "Then"),
    ("Inspectors from Vesta travelled to the pier and stayed there.", "to the pier", "there"),
    ("Ferry fares have fallen by a third since then.", "fallen by", "since then"),
])
def test_a_word_standing_for_an_earlier_sentence_is_found(prompt, words, expected):
    q = _tf(prompt, words)
    assert dangling_anaphor(q, _sentence(words)[1]) == expected
    assert unplaced_description(q, _sentence(words)[1]) == expected


def test_a_when_stem_that_implies_as_much_is_found():
    sid, span = _sentence("hinted as much")
    q = Question("q", "when", "On which day did the mayor of Norland hint as much?", "Tuesday", sid,
                 choices=("Tuesday", "Monday", "Friday"))
    assert dangling_anaphor(q, span) == "as much"


@pytest.mark.parametrize("prompt, words", [
    ("Inspectors travelled to Harbin and stayed there.", "to Harbin"),             # there: Harbin
    ("Norland and Vesta, both countries with long coasts, share the cost.", "long coasts"),  # both: named
    ("The ferry company hired 40 new sailors in January.", "40 new sailors"),
])
def test_a_stem_that_names_what_the_word_stands_for_is_left_alone(prompt, words):
    assert dangling_anaphor(_tf(prompt, words), _sentence(words)[1]) is None


def test_the_quiz_leaves_a_dangling_stem_out_and_says_why():
    parsed = _parsed()
    dangling = dataclasses.replace(_tf("Ferry fares have fallen by a third since then.", "fallen by", "a"),
                                   score=0.9)
    placed = dataclasses.replace(_tf("The ferry company hired 40 new sailors in January.", "40 new sailors", "b"),
                                 score=0.5)
    bank = [dangling, placed]
    # a demoted stem would still fill a quiz of two; a dangling one is left out
    assert select_quiz(bank, parsed, size=2) == ["b"]
    note = with_notes(bank, ["b"], parsed)[0].note
    assert note.startswith("Left out:") and "'since then'" in note


_PAIR_TEXT = """Title: Teachers cross the border
Published: 2024-03-08

About 3,000 students from the region study in Chile and Peru.
Overall, more than 9,000 teachers work in both countries.
Officials in Peru, Chile and Bolivia met on Monday.
Both countries signed the teaching accord on Tuesday.
"""


@functools.lru_cache(maxsize=1)
def _pair_ctx():
    return make_context(analyse(parse_article(_PAIR_TEXT)))


def _pair_question(words: str, prompt: str, answer: str) -> Question:
    ctx = _pair_ctx()
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    return Question("q", "fill_blank", prompt, answer, sid)


def test_both_countries_are_named_when_the_sentence_before_names_just_two():
    q = _pair_question("9,000 teachers", "Overall, more than _____ teachers work in both countries.", "9,000")
    assert [x.prompt for x in settle_references(_pair_ctx(), [q])] == \
        ["Overall, more than _____ teachers work in Chile and Peru."]


def test_both_countries_stay_unnamed_after_a_sentence_naming_three():
    q = _pair_question("signed the teaching", "Both countries signed the teaching accord on _____.", "Tuesday")
    settled = settle_references(_pair_ctx(), [q])
    assert [x.prompt for x in settled] == [q.prompt]
    assert dangling_anaphor(settled[0], _pair_ctx().parsed.spans[q.sentence_id]) == "Both countries"
