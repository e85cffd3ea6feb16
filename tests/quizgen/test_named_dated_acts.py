"""A date question whose bare subject ('the study', 'the request') is pinned by a name its stem keeps
('published in the journal Marine Ecology', 'advanced by the Port Authority of Halden') asks the date of
that one act; without a name ('When was the study published?') the bare noun still refuses it
(JUDGING.md rule 8)."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

_TEXT = """Title: Researchers count fewer seabirds on the northern coast
Published: 2023-05-12

Researchers from Tromsland University counted nesting seabirds on 40 islands over ten summers.
The study was published in the journal Marine Ecology on Tuesday.
Fishing crews asked for a closed season near the islands.
The request was advanced by the Port Authority of Halden in 2021.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _when(prompt: str, words: str, answer: str) -> Question:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    return Question("w", "when", prompt, answer, sid, choices=(answer, "2019", "2020", "2022"))


def _kept(q: Question) -> bool:
    return bool(settle_references(_ctx(), [q]))


def test_a_date_question_on_a_study_named_by_its_journal_stands():
    assert _kept(_when("On which day was the study published in the journal Marine Ecology?", "The study", "Tuesday"))


def test_a_date_question_on_a_request_named_by_its_author_stands():
    assert _kept(_when("In which year was the request advanced by the Port Authority of Halden?", "The request", "2021"))


def test_a_bare_study_with_no_name_in_the_stem_is_still_refused():
    assert not _kept(_when("On which day was the study published?", "The study", "Tuesday"))


def test_a_statement_on_the_bare_request_is_still_refused():
    sid = next(s.id for s in _ctx().parsed.sentences if "The request" in s.text)
    q = Question("t", "true_false", "The request was advanced by the Port Authority of Halden in 2021.", "True", sid,
                 choices=("True", "False"))
    assert not _kept(q)
