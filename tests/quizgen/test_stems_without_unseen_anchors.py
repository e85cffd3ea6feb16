"""Stem words that compare with something the learner does not see: 'Two more were killed on the island'
(judges: 4 of 4 such stems edit, rule 8), 'has since opened' (3 of 3 edit, rule 8). The stem says it plainly."""
from __future__ import annotations

import functools

import pytest

pytestmark = pytest.mark.slow

_TEXT = ("A landslide buried a mountain village in Teravia on Sunday, officials said. "
         "Nine people died in the main street. "
         "Two more were killed on the road to the valley. "
         "Thousands more crowded the square of the capital on Monday. "
         "Three more people died in the hospital on Tuesday. "
         "Two more bridges were built across the river last year. "
         "Two more were opened near the harbour in May.")


@functools.lru_cache(maxsize=1)
def _ctx():
    from quizgen.article import parse_article
    from quizgen.pipeline import analyse
    from quizgen.questions.context import make_context

    return make_context(analyse(parse_article(_TEXT)))


def _settled_statement(prompt: str, words: str) -> str:
    from quizgen.model import Question
    from quizgen.questions.references import settle_references

    ctx = _ctx()
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    return settle_references(ctx, [q])[0].prompt


@pytest.mark.parametrize("prompt, words, settled", [
    ("Two more were killed on the road to the valley.", "road to the valley",
     "Two people were killed on the road to the valley."),
    ("Thousands more crowded the square of the capital on Monday.", "crowded the square",
     "Thousands crowded the square of the capital on Monday."),
    ("Three more people died in the hospital on Tuesday.", "in the hospital",
     "Three people died in the hospital on Tuesday."),
])
def test_a_count_beyond_an_unseen_one_is_said_plainly(prompt, words, settled):
    assert _settled_statement(prompt, words) == settled


def test_a_count_before_its_noun_says_the_noun():
    prompt = "Two more bridges were built across the river last year."
    assert _settled_statement(prompt, "across the river") == "Two bridges were built across the river last year."


def test_a_bare_count_of_things_keeps_its_more():
    """'Two were opened' would not say two of what: the stem stays as it was."""
    prompt = "Two more were opened near the harbour in May."
    assert _settled_statement(prompt, "near the harbour") == prompt


_SINCE_TEXT = ("The Velmo Trust was founded in Porto in 1999 by two teachers. "
               "The trust has since opened 40 schools across the north of the country. "
               "Its budget has grown since 2010. "
               "The trust has kept every book printed since in its library.")


@functools.lru_cache(maxsize=1)
def _since_ctx():
    from quizgen.article import parse_article
    from quizgen.pipeline import analyse
    from quizgen.questions.context import make_context

    return make_context(analyse(parse_article(_SINCE_TEXT)))


def _settled_in(ctx, prompt: str, words: str) -> str:
    from quizgen.model import Question
    from quizgen.questions.references import settle_references

    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    settled = settle_references(ctx, [q])
    return settled[0].prompt if settled else ""


def test_a_bare_since_loses_the_time_the_learner_does_not_see():
    """'has since opened': since the founding, told in a sentence before (judged rule 8, 3 of 3)."""
    got = _settled_in(_since_ctx(), "The Velmo Trust has since opened 40 schools across the north of the country.",
                      "has since opened")
    assert got == "The Velmo Trust has opened 40 schools across the north of the country."


def test_a_since_with_its_time_stays():
    prompt = "The Velmo Trust's budget has grown since 2010."
    assert _settled_in(_since_ctx(), prompt, "grown since 2010") == prompt


def test_a_since_after_a_participle_says_since_when_itself():
    prompt = "The Velmo Trust has kept every book printed since in its library."
    assert _settled_in(_since_ctx(), prompt, "every book printed since") == prompt
