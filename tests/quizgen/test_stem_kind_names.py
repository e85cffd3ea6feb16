"""Question stems whose 'the country's ...', 'in the country' or 'the company's ...' the article makes
certain (one country or company named before) get the name written in (JUDGING.md rule 8)."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

_TEXT = """Title: Norway reports more measles cases
Published: 2024-05-14

Health officials in Norway said on Tuesday that measles was spreading again.
They have counted 41 suspected cases in the country since March.
The country's health minister, Ola Berg, asked parents to vaccinate children.
Brightwater Foods said on Monday that it would close a dairy in Tromso.
The dairy made about 9,000 tonnes of cheese a year for the company's shops.
Officials from Sweden and Finland will visit on Friday.
Doctors in Finland have seen 12 cases in the country, a nurse said.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _settled(kind: str, prompt: str, answer: str, words: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    q = Question("q", kind, prompt, answer, sid, choices=None if kind == "fill_blank" else (answer, "7", "90"))
    return [x.prompt for x in settle_references(_ctx(), [q])]


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("multiple_choice", "How many suspected cases have been counted in the country since March?", "41",
     "suspected cases", "How many suspected cases have been counted in Norway since March?"),
    ("fill_blank", "The country's health minister, _____, asked parents to vaccinate children.", "Ola Berg",
     "health minister", "Norway's health minister, _____, asked parents to vaccinate children."),
    ("fill_blank", "The dairy made about _____ of cheese a year for the company's shops.", "9,000 tonnes",
     "tonnes of cheese", "The dairy made about _____ of cheese a year for Brightwater Foods' shops."),
])
def test_the_one_country_or_company_named_before_is_written_in(kind, prompt, answer, words, expected):
    assert _settled(kind, prompt, answer, words) == [expected]


@pytest.mark.parametrize("kind, prompt, answer, words", [
    # three countries named before: which one, the article does not settle here
    ("fill_blank", "Doctors in Finland have seen _____ cases in the country, a nurse said.", "12", "12 cases"),
])
def test_a_country_of_several_is_left_as_it_is(kind, prompt, answer, words):
    assert _settled(kind, prompt, answer, words) == [prompt]


_FAR_TEXT = """Title: Ferry strike ends
Published: 2024-06-02

Ferry crews in Greece ended a two-day strike on Sunday.
The union said talks with owners would resume next week.
Owners said about 300 sailings had been cancelled.
Passengers waited for hours at the main port.
Tourists said they had planned to leave the country on Saturday.
"""


def test_an_object_far_from_the_countrys_name_is_left_as_it_is():
    ctx = make_context(analyse(parse_article(_FAR_TEXT)))
    sid = next(s.id for s in ctx.parsed.sentences if "leave the country" in s.text)
    prompt = "On which day had tourists planned to leave the country?"
    q = Question("q", "when", prompt, "Saturday", sid, choices=("Saturday", "Friday", "Sunday"))
    assert [x.prompt for x in settle_references(ctx, [q])] == [prompt]
