"""'The quake sent residents of Dorna rushing into the streets': the participle completes the object.
A statement or main clause without it says something else ('The quake sent residents of Dorna.',
judged rule 1, and rule 4 when the key rests on it)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.clauses import clauses_of
from quizgen.questions.main_clause import main_clause

pytestmark = pytest.mark.slow


def _clause_words(text: str, main: bool = False) -> list[str]:
    span = next(iter(nlp.parse(text).sents))
    clause = clauses_of(span, 0)[0]
    clause = main_clause(clause) if main else clause
    return [span.doc[i].text for i in clause.subject + clause.body]


@pytest.mark.parametrize("main", [False, True])
def test_a_participle_after_an_object_of_a_place_is_kept(main):
    words = _clause_words("The flood sent farmers of Velmo running to the hills on Sunday.", main)
    assert "running" in words and "hills" in words


def test_a_side_clause_after_a_comma_still_goes_from_the_main_clause():
    words = _clause_words("The flood damaged the bridge in Velmo on Sunday, forcing farmers to leave.", True)
    assert "forcing" not in words
