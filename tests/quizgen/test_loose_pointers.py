"""Dangling comparisons and counts (JUDGING.md rule 8): a stem with 'such storms', 'the same vehicle',
'the sole exception' or 'all but six' is refused; a timeline label opening on a bare count ('Many went
unused', 'Three were crushed') is no well-formed clause."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.headlines import form_problem
from quizgen.model import Question
from quizgen.nlp import parse
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

pytestmark = pytest.mark.slow

_TEXT = """Title: Storm hits the coast
Published: 2024-02-14

A storm hit the Kettle Bay coast on Monday.
Forecasters say such storms have grown stronger over the past decade.
A deputy saw the same van leaving a store on Tuesday.
Every clinic in the county ran out of flu vaccine; the Harlow clinic was the sole exception.
Of 40 clinics surveyed, all but six reported delays on Friday.
Storms such as this one have grown stronger since 2010.
The same van was seen at the same time as the burglary.
Rain fell at the same time in Oslo.
Twelve countries now carry the same money in their pockets.
About 300 people were killed in a flood in Harlow in 2019.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _settled(prompt: str, words: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    return [x.prompt for x in settle_references(_ctx(), [q])]


@pytest.mark.parametrize("prompt, words", [
    ("Forecasters say such storms have grown stronger over the past decade.", "such storms"),
    ("A deputy saw the same van leaving a store on Tuesday.", "leaving a store"),
    ("The Harlow clinic was the sole exception.", "sole exception"),
    ("All but six reported delays on Friday.", "all but six"),
])
def test_loose_comparisons_are_refused(prompt, words):
    assert _settled(prompt, words) == []


@pytest.mark.parametrize("prompt, words", [
    ("Storms such as this one have grown stronger since 2010.", "such as"),      # says like what
    ("The same van was seen at the same time as the burglary.", "as the burglary"),
    ("Rain fell at the same time in Oslo.", "Rain fell"),                         # 'at the same time': when
    ("Twelve countries now carry the same money.", "Twelve countries"),         # the same for each of them
])
def test_anchored_comparisons_stay(prompt, words):
    assert _settled(prompt, words) == [prompt]


@pytest.mark.parametrize("sentence, label, problem", [
    ("Many of the doses went unused last year.", "Many went unused", "an unresolved opener"),
    ("Three of the workers were crushed on Tuesday.", "Three were crushed", "an unresolved opener"),
    ("Some analysts had predicted earnings of $4 a share.", "Some had predicted earnings of $4 a share",
     "an unresolved opener"),
    ("Hundreds had gathered in the church on Sunday.", "Hundreds had gathered in the church", None),
    ("Three men were killed in a crash on Tuesday.", "Three men were killed in a crash", None),
    ("One of the boats sank on Monday.", "One of the boats sank", None),
    # a number counting the noun after it, with a participle between, names what it counts
    ("Officials said 14 confirmed cases of measles have appeared in the county.",
     "14 confirmed cases of measles have appeared", None),
    ("Fourteen of the cases were confirmed on Monday.", "Fourteen were confirmed", "an unresolved opener"),
])
def test_bare_count_labels(sentence, label, problem):
    doc = parse(sentence)
    verb = next((t for t in doc if t.dep_ == "ROOT"), None)
    assert form_problem(label, verb, doc) == problem


@pytest.mark.parametrize("prompt, kept", [
    ("When were about 300 people killed?", False),              # how many, but in what?
    ("When were about 300 people killed in Harlow?", True),
])
def test_count_only_when(prompt, kept):
    sid = next(s.id for s in _ctx().parsed.sentences if "300 people" in s.text)
    q = Question("q", "when", prompt, "in 2019", sid, choices=("in 2019", "in 2018", "in 2017"))
    assert [x.prompt for x in settle_references(_ctx(), [q])] == ([prompt] if kept else [])
