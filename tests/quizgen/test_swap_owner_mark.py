"""A false statement's swapped-in name carries the owner's mark the article's name had ("the Philippines'
first medal" -> "Japan's first medal", not "Japan first medal"): questions.true_false.value_swap."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen import nlp
from quizgen.questions.true_false import value_swap


def _swap(sentence: str, name: str, kind: str, wrong: str) -> str:
    doc = nlp.parse(sentence)
    start = next(t.i for t in doc if t.text == name.split()[0])
    m = SimpleNamespace(start=start, end=start + len(name.split()), text=name, kind=kind, qualifier="")
    swap = value_swap(doc, m, wrong)
    words, i = [], 0
    while i < len(doc):
        if i in swap:
            end, text = swap[i]
            words.append(text + doc[end - 1].whitespace_)
            i = end
        else:
            words.append(doc[i].text_with_ws)
            i += 1
    return "".join(words)


@pytest.mark.parametrize("sentence, name, kind, wrong, expected", [
    ("Lita Santos settled for the Philippines' first boxing medal since 1996.", "Philippines", "COUNTRY", "Japan",
     "Lita Santos settled for Japan's first boxing medal since 1996."),
    ("The vote was a blow to the Netherlands' ruling party.", "Netherlands", "COUNTRY", "Belgium",
     "The vote was a blow to Belgium's ruling party."),
])
def test_the_owner_mark_fits_the_swapped_name(sentence, name, kind, wrong, expected):
    assert _swap(sentence, name, kind, wrong) == expected
