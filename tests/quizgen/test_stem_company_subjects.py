"""A stem's bare subject 'the company' is written as the one company the article named before it
('When did Harlow Mills adopt ...?'), never a guess between two (JUDGING.md rule 8, issue 12)."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

_ONE = """Title: Mill owner trims staff
Published: 2021-03-04

Harlow Mills Inc. said it will offer early retirement to 300 workers.
Analysts at Brisk Capital Corp. expect savings of $20 million a year.
A Harlow Mills spokesman said no bidder had made an offer.
The company earlier this year adopted a plan to ward off unwanted bidders.
"""

_NONE_JUST_BEFORE = """Title: Mill owner trims staff
Published: 2021-03-04

Harlow Mills Inc. said it will offer early retirement to 300 workers.
Analysts at Brisk Capital Corp. expect savings of $20 million a year.
The offer is part of a plan to cut costs.
The company earlier this year adopted a plan to ward off unwanted bidders.
"""

_TWO = """Title: Two mills report results
Published: 2021-03-04

Harlow Mills Inc. said it will offer early retirement to 300 workers.
Separately, Penrose Textiles Corp. posted a 12% drop in profit.
The company earlier this year adopted a plan to ward off unwanted bidders.
"""


@functools.lru_cache(maxsize=3)
def _ctx(text: str):
    return make_context(analyse(parse_article(text)))


def _settled(text: str, kind: str, prompt: str, answer: str) -> list[str]:
    ctx = _ctx(text)
    sid = next(s.id for s in ctx.parsed.sentences if "adopted a plan" in s.text)
    q = Question("q", kind, prompt, answer, sid, choices=None if kind in ("fill_blank", "when") else
                 (answer, "In 2019", "In 2018"))
    return [x.prompt for x in settle_references(ctx, [q])]


@pytest.mark.parametrize("kind, prompt, answer, expected", [
    ("multiple_choice", "When did the company adopt a plan to ward off unwanted bidders?", "Earlier this year",
     "When did Harlow Mills adopt a plan to ward off unwanted bidders?"),
    ("true_false", "The company adopted a plan to ward off unwanted bidders.", "True",
     "Harlow Mills adopted a plan to ward off unwanted bidders."),
])
def test_the_company_named_just_before_is_written_in(kind, prompt, answer, expected):
    assert _settled(_ONE, kind, prompt, answer) == [expected]


@pytest.mark.parametrize("text", [_TWO, _NONE_JUST_BEFORE])
def test_another_company_or_none_just_before_leaves_the_company_as_written(text):
    # the sentence before names another company, or none: which company is meant is a guess
    prompt = "When did the company adopt a plan to ward off unwanted bidders?"
    assert _settled(text, "multiple_choice", prompt, "Earlier this year") == [prompt]
