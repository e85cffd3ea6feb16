"""Clauses the parser misread: 'X was on Sunday declared the winner' parsed as 'X was on Sunday' and
'declared the winner' (it gave 'When was Ghanaian incumbent X?')."""
from __future__ import annotations

import pytest

from quizgen.questions.complete import misread_clause


def _clause_of(ctx, lemma: str):
    return next(c for cs in ctx.clauses.values() for c in cs if c.verb.lemma_ == lemma)


def test_a_be_split_from_its_participle_is_a_misread_clause(context_of):
    ctx = context_of("Ghanaian incumbent Kofi Mensah was on Sunday declared the winner of closely fought polls, "
                     "but the opposition alleged fraud.")
    clause = _clause_of(ctx, "be")
    assert "passive verb read as two" in (misread_clause(ctx.doc, clause, set(clause.tokens)) or "")


@pytest.mark.parametrize("text", [
    "The mayor was in Paris on Monday and met the minister.",
    "The mayor was angry on Monday, the council said.",
])
def test_a_be_with_its_own_complement_stands(context_of, text):
    ctx = context_of(text)
    clause = _clause_of(ctx, "be")
    assert "passive verb read as two" not in (misread_clause(ctx.doc, clause, set(clause.tokens)) or "")


def test_no_question_asks_the_bare_be(context_of):
    from quizgen.questions import candidates
    ctx = context_of("Ghanaian incumbent Kofi Mensah was on Sunday declared the winner of closely fought polls, "
                     "but the opposition alleged fraud. Turnout was high across the country, officials said.")
    assert not any(q.prompt.rstrip("?.").endswith("Kofi Mensah") or "Mensah was on" in q.prompt
                   for q in candidates(ctx))


def test_verbs_joined_with_nothing_between_them_are_a_misread_clause(context_of):
    # 'linked back to ... location was identified': no 'and', so 'location' is not the subject of 'identified'
    ctx = context_of("The trusted courier linked back to the rebel leader's location was identified as "
                     "Karim Haddad, born in Qatar.")
    clause = _clause_of(ctx, "identify")
    assert "nothing joining them" in (misread_clause(ctx.doc, clause, set(clause.tokens)) or "")


@pytest.mark.parametrize("text, lemma", [
    ("The council met on Monday and the mayor approved the budget.", "approve"),
    ("The storm hit the coast on Monday, and rescuers reached the town on Tuesday.", "reach"),
    ("Prices rose sharply in March, while wages fell in April.", "fall"),
])
def test_verbs_joined_by_and_or_a_comma_stand(context_of, text, lemma):
    ctx = context_of(text)
    clause = _clause_of(ctx, lemma)
    assert "nothing joining them" not in (misread_clause(ctx.doc, clause, set(clause.tokens)) or "")
