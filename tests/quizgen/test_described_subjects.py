"""Timeline labels whose subject is a description put in the name the article gives it (issue 11):
'X is a three-time Olympian who won ...', 'She is a three-time Olympian who won ...',
'X shares jumped after the world's most valuable chipmaker reported ...'; a label that never says of
what its amount counts ('The number rose') gets a note for the teacher."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _article(body: str) -> str:
    return f"Title: Probe\nPublished: 2024-03-10\n\n{body}\n"


@functools.lru_cache(maxsize=None)
def _timeline(body: str) -> tuple[list[str], list[str]]:
    parsed = analyse(parse_article(_article(body)))
    return [e.label for e in parsed.events], list(parsed.messages)


@pytest.mark.parametrize("body", [
    # a copula's named subject, a pronoun the article resolves, an earlier surname apposition
    "Laura Hayes won the race on Sunday. Hayes, 38, is a three-time Olympian who won the Chicago Marathon in 2011.",
    "Laura Hayes won the race on Sunday. She is a three-time Olympian who won the Chicago Marathon in 2011.",
    "Laura Hayes won the race on Sunday. Hayes, a three-time Olympian, has trained in Kenya for years. "
    "The three-time Olympian won the Chicago Marathon in 2011.",
])
def test_description_of_a_named_person_gives_way_to_the_name(body):
    labels, _ = _timeline(body)
    assert "Laura Hayes won the Chicago Marathon" in labels
    assert not any("Olympian" in label for label in labels)


def test_apposed_description_before_who_keeps_naming_the_person():
    labels, _ = _timeline("Former prosecutor Kim Sun-ho won the election on Sunday. Kim, a former chief "
                          "prosecutor who took office in May 2022, faces protests.")
    assert "Kim Sun-ho took office" in labels


def test_described_company_under_after_names_the_main_clause_company():
    labels, _ = _timeline("Shares of Corvane Corp. jumped 16% on Thursday after the world's most valuable "
                          "chipmaker reported better-than-expected earnings on Wednesday.")
    assert any(label.startswith("Corvane") and "reported" in label for label in labels)


def test_company_as_object_of_its_own_sentence_is_another_one():
    labels, _ = _timeline("Corvane Corp. raised its prices on Monday. Brightpath Inc. bought the chipmaker "
                          "on Tuesday.")
    assert not any("bought Corvane" in label for label in labels)


def test_bare_amount_subject_gets_a_note():
    _, messages = _timeline("The waiting list for hospital treatment grew again in March. The number rose by "
                            "more than 14,000 in February.")
    assert any("The number rose" in m and "amount" in m for m in messages)
