"""'The quake sent residents of Dorna rushing into the streets': the participle completes the object.
A statement or main clause without it says something else ('The quake sent residents of Dorna.',
judged rule 1, and rule 4 when the key rests on it)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.clauses import Clause, clauses_of
from quizgen.questions.main_clause import main_clause

pytestmark = pytest.mark.slow


def _clause_words(text: str, main: bool = False) -> list[str]:
    span = next(iter(nlp.parse(text).sents))
    clause = clauses_of(span, 0)[0]
    clause = main_clause(clause) if main else clause
    return [span.doc[i].text for i in clause.subject + clause.body]


def _clauses_of_sent(text: str) -> list[list[str]]:
    span = next(iter(nlp.parse(text).sents))
    return [[span.doc[i].text for i in c.subject + c.body] for c in clauses_of(span, 0)]


def test_a_clause_cut_before_the_participle_is_refused():
    """'The flood sent farmers of Velmo' is no statement: the clause without 'running' is not made."""
    cut = [w for w in _clauses_of_sent("The flood sent farmers of Velmo running to the hills on Sunday.")
           if "sent" in w and "running" not in w]
    assert cut == []


def test_the_main_clause_keeps_the_participle_completing_the_object():
    span = next(iter(nlp.parse("The flood sent farmers of Velmo running to the hills on Sunday.").sents))
    v = next(t for t in span if t.text == "sent")
    body = [span.doc[i].text for i in main_clause(Clause(verb=v, subject=[0, 1], body=list(range(2, 12)),
                                                         fronted=[], sentence_id=0)).body]
    assert "running" in body and "hills" in body


def test_a_side_clause_after_a_comma_still_goes_from_the_main_clause():
    words = _clause_words("The flood damaged the bridge in Velmo on Sunday, forcing farmers to leave.", True)
    assert "forcing" not in words
