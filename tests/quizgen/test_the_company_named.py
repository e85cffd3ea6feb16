"""'the company' named as the one company the article named (JUDGING.md rule 8): a stock exchange the
shares trade on is no rival company, and a company that is the subject of a clause joined by 'and' to
the noun's own is the same company, not another."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.references import settle_references

_TEXT = """Title: Kestrel Tools cuts its payout
Published: 2024-05-02

Kestrel Tools Inc. said on Tuesday that its chief financial officer had resigned.
Kestrel closed two plants in March and the company's shares have lost a third of their value.
On the Oslo Stock Exchange yesterday, Kestrel shares closed down 3 percent.
Analysts said the company will probably sell its truck unit next year.
Several investors now want a bigger say in running the company.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _statement(prompt: str, words: str) -> Question:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    return Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))


@pytest.mark.parametrize("prompt, words, expected", [
    # the subject of the clause before 'and' is the company the second clause speaks of
    ("The company's shares have lost a third of their value.", "closed two plants",
     "Kestrel Tools' shares have lost a third of their value."),
    # the exchange named between is where the shares trade, not a second company
    ("The company will probably sell its truck unit next year.", "Analysts said",
     "Kestrel Tools will probably sell its truck unit in 2025."),     # 'next year' dated
])
def test_the_company_is_the_one_company_named(prompt, words, expected):
    """The stem names the company instead of a bare 'the company'."""
    settled = settle_references(_ctx(), [_statement(prompt, words)])
    assert [q.prompt for q in settled] == [expected]


def test_an_object_printed_by_its_name_keeps_the_key():
    """'running the company' printed 'running Kestrel Tools' still keeps the verb's object."""
    ctx = _ctx()
    q = settle_references(ctx, [_statement("Several investors now want a bigger say in running the company.",
                                           "bigger say")])[0]
    assert q.prompt == "Several investors now want a bigger say in running Kestrel Tools."
    assert answer_key_problem(q, ctx.parsed.spans[q.sentence_id]) is None
