"""A timeline label and a quiz stem are read without the article: an object or possessive pronoun
(him/her/it/them, his/her/its) is named when the article makes whom or what it means certain; a
'his' nobody can be sure of drops the label, an unplaced 'its' or 'her' in a stem is named or refused."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

PUBLISHED = "2023-11-02"


def _labels(parsed_of, text: str) -> list[str]:
    return [e.label for e in parsed_of(text).events]


@pytest.mark.parametrize("text, label", [
    # the one thing named before an object 'it' (the regulators are its clause's own subject)
    ("The new vaccine was tested on mice. In July, regulators approved it after two trials.",
     "Regulators approved the new vaccine after two trials"),
    # a 'his' used twice in the sentence: the first is named, the second is then placed by the name
    ("Karl Brenner was a baker in Hull. On May 3, 2001, a bullet went through his window "
     "and into his arm.", "A bullet went through Karl Brenner’s window and into his arm"),
    # 'About 16% of its sales': the sentence's subject holds the 'its', so the thing before it is meant
    ("Halvard Corp reported a loss. In 2021, about 16% of its sales were to Chile.",
     "About 16% of Halvard Corp’s sales were to Chile"),
])
def test_pronoun_of_a_label_is_named(parsed_of, text, label):
    assert label in _labels(parsed_of, text)


def test_a_possessive_no_one_is_sure_of_drops_the_label(parsed_of):
    """Two men named just before 'his': the timeline line neither guesses nor prints a bare 'his'."""
    labels = _labels(parsed_of, "Tom Reed met Sam Lang in Leeds. In 2019, the shop was sold through "
                                "his brother.")
    assert not any(" his " in f" {x} " or "Reed’s" in x or "Lang’s" in x for x in labels), labels


_TEXT = """Title: Mayor sworn in
Published: 2023-11-02

Lena Ortiz was sworn in as mayor of Dover on Tuesday.
The council voted seven to two to approve her.
In May, Governor Tom Hale nominated her for the post.
Viktor Hale escaped from Dover prison in 2015.
A $2 million reward has been offered for his arrest.
The Norvik Rowing Club runs a training camp in Dover.
Two rowers were dropped in May after leaving its camp.
Officials said the bridge and the tunnel would close.
Engineers inspected it on Monday.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _settled(kind: str, prompt: str, answer: str, words: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    choices = ("True", "False") if kind == "true_false" else (answer, "two", "nine") if kind != "fill_blank" else ()
    return [q.prompt for q in settle_references(_ctx(), [Question("q", kind, prompt, answer, sid, choices=choices)])]


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    # an object 'her' after a council (no person) is the mayor the article means
    ("fill_blank", "The _____ voted seven to two to approve her.", "council", "approve her",
     "The _____ voted seven to two to approve Lena Ortiz."),
    # the object's own clause's subject is not whom 'her' means
    ("when", "When did Governor Tom Hale nominate her for the post?", "May", "nominated her",
     "When did Governor Tom Hale nominate Lena Ortiz for the post?"),
    # 'his arrest' after a reward (no person): the man named just before
    ("fill_blank", "A _____ reward has been offered for his arrest.", "$2 million", "his arrest",
     "A _____ reward has been offered for Viktor Hale’s arrest."),
    # 'its camp' with nothing in the stem that may own it: the club named before
    ("multiple_choice", "How many rowers were dropped after leaving its camp?", "Two", "its camp",
     "How many rowers were dropped after leaving the Norvik Rowing Club’s camp?"),
])
def test_a_stem_names_the_pronoun_it_keeps(kind, prompt, answer, words, expected):
    assert _settled(kind, prompt, answer, words) == [expected]


def test_a_stem_whose_object_it_is_unsure_is_refused():
    """'Engineers inspected it': the bridge or the tunnel; the stem cannot say which."""
    assert _settled("true_false", "Engineers inspected it on Monday.", "True", "inspected it") == []
