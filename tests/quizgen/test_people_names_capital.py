"""A people's name that opens the sentence keeps its capital in a stem: 'On what date did Scots reject
independence?', not 'did scots reject' (judged: edited, rule 1); a common opener still loses it."""
from __future__ import annotations

import pytest

from quizgen.lexicon import names_a_people
from quizgen.questions import when
from quizgen.questions.casing import names_of, true_case

PUBLISHED = "2016-05-20"

BODY = ("Scots rejected the new tax in a close referendum today, official counts showed. "
        "Workers cleared the polling halls on Thursday.")


@pytest.mark.parametrize("word, people", [
    ("Scots", True), ("Danes", True), ("Britons", True), ("Americans", True), ("Ghanaian", True),
    ("Workers", False), ("Results", False),
])
def test_names_a_people(word, people):
    assert names_a_people(word) is people


@pytest.mark.slow
def test_a_stem_keeps_the_capital_of_a_people(context_of):
    ctx = context_of(BODY)
    asked = [q.prompt for q in when.generate(ctx)]
    assert any("did Scots reject" in p for p in asked), asked
    assert any("did workers clear" in p for p in asked), asked


@pytest.mark.slow
def test_true_case_keeps_a_people_that_opens_the_sentence(context_of):
    ctx = context_of(BODY)
    proper = names_of(ctx.doc)
    prompt = "On what date did Scots reject the new tax in a close referendum?"
    assert true_case(prompt, ctx.parsed.spans[0], proper) == prompt
