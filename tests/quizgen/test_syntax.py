"""Dependency-parse helpers (quizgen.syntax): the verb a date hangs from, and whether its clause is future."""
from __future__ import annotations

import pytest

from quizgen.clauses import is_future
from quizgen.syntax import attachment

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def date_verb(parse):
    """The verb the first date of a sentence modifies."""
    def verb(text: str):
        doc = parse(text)
        date = next(e for e in doc.ents if e.label_ == "DATE")
        return attachment(date)
    return verb


@pytest.mark.parametrize("text, verb", [
    ("The leaders met on Tuesday.", "met"),
    ("The launch is expected to happen on Friday.", "happen"),
    ("He said they had met on Monday.", "met"),           # the reported clause, not "said"
    ("They have agreed to meet in May.", "meet"),
])
def test_attachment_is_the_verb_a_date_modifies(date_verb, text, verb):
    assert date_verb(text).text == verb


def test_attachment_of_nothing_is_nothing():
    assert attachment(None) is None and is_future(None) is False


@pytest.mark.parametrize("text, future", [
    ("The leaders will meet on Tuesday.", True),                 # will
    ("The leaders met on Tuesday.", False),                      # past tense
    ("The launch is expected to happen on Friday.", True),       # "is expected to"
    ("The flight was scheduled for April 2.", True),             # "was scheduled for"
    ("The changeover period ends on Feb. 28.", True),            # a present-tense plan
    ("They are meeting on Tuesday.", True),                      # present progressive
    ("The minister would release the report on Monday.", True),  # the future seen from the reporting
    ("He said they had met on Monday.", False),                  # perfect: done
    ("They have agreed to meet in May.", False),
])
def test_is_future_reads_the_clause_of_a_date(date_verb, text, future):
    assert is_future(date_verb(text)) is future
