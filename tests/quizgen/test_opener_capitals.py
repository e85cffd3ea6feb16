"""A common word capitalised only because it opens the sentence loses its capital inside a stem, even
when the tagger took it for a one-word name; a nationality keeps it."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.questions.casing import names_of, true_case


@pytest.mark.parametrize("text, prompt, expected", [
    ("Worldwide, more than 40,000 cases of the fever have been reported since March.",
     "How many cases of the fever have been reported since March Worldwide?",
     "How many cases of the fever have been reported since March worldwide?"),
    ("Comedian and radio host Tom Reed was convicted on three counts of fraud on Thursday.",
     "On how many counts of fraud was Comedian and radio host Tom Reed convicted on Thursday?",
     "On how many counts of fraud was comedian and radio host Tom Reed convicted on Thursday?"),
    ("Nationwide, about 300 schools closed early on Friday.",          # no entity: lowered already
     "How many schools closed early on Friday Nationwide?", "How many schools closed early on Friday nationwide?"),
    ("Kenyan runners won three medals in the race on Sunday.",          # a nationality keeps its capital
     "How many medals did Kenyan runners win in the race on Sunday?",
     "How many medals did Kenyan runners win in the race on Sunday?"),
])
def test_a_sentence_openers_capital_is_not_carried_into_the_stem(text, prompt, expected):
    doc = nlp.parse(text)
    assert true_case(prompt, next(iter(doc.sents)), names_of(doc)) == expected
