"""Question stems and statements a learner can read on their own: well-formed English (rule 1)."""
from __future__ import annotations

import pytest

from quizgen.clauses import clauses_of
from quizgen.realise import fronted_question, statement, subject_question


def _clause(parsed_of, text):
    parsed = parsed_of(text)
    return parsed.doc, clauses_of(parsed.spans[0], 0)[0]


@pytest.mark.parametrize("text, expected", [
    # a sentence adverb keeps its place in front, with its comma ('... with the dam formally' reads tacked on)
    ("Formally, the city has no objection to the new dam.", "Formally, the city has no objection to the new dam."),
    ("Ultimately, the fate of the plan depends upon support from the farmers.",
     "Ultimately, the fate of the plan depends upon support from the farmers."),
    ("Besides the cost, the quarrel over the road is getting bitter for the council.",
     "Besides the cost, the quarrel over the road is getting bitter for the council."),
    # a fronted time phrase still moves to the end
    ("On Monday, the mayor opened the new bridge.", "The mayor opened the new bridge on Monday."),
])
def test_sentence_adverbial_stays_in_front(parsed_of, text, expected):
    doc, clause = _clause(parsed_of, text)
    assert statement(clause, doc) == expected


@pytest.mark.parametrize("text, form, expected", [
    ("Officially, the council chose four parks for the festival.", "subject",
     "Officially, who chose four parks for the festival?"),
    ("Officially, the council chose four parks for the festival.", "object",
     "Officially, what did the council choose for the festival?"),
    ("On Monday, the council chose four parks.", "object", "What did the council choose on Monday?"),
])
def test_sentence_adverbial_leads_the_question(parsed_of, text, form, expected):
    doc, clause = _clause(parsed_of, text)
    if form == "subject":
        got = subject_question(clause, doc, "Who", plural_subject=False)
    else:
        obj = next(t for t in doc if t.dep_ == "dobj")
        got = fronted_question(clause, doc, "What", {t.i for t in obj.subtree})
    assert got == expected
