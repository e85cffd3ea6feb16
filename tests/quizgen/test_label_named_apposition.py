"""Event labels keep what their last noun needs: the name apposed to a role noun ('pop star Netta') and
the relative clause of a pronoun 'one' ('similar to one that failed'), else the label is cut off."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _labels(sentence: str) -> list[str]:
    text = f"Title: A short story\nPublished: 2021-06-10\n\n{sentence}\n"
    return [e.label for e in analyse(parse_article(text)).events]


@pytest.mark.parametrize("sentence, label", [
    ("Norway won the dance contest on Saturday with folk singer Arne.",
     "Norway won the dance contest with folk singer Arne"),
    ("The museum hired the architect Mara Voss on Tuesday.", "The museum hired the architect Mara Voss"),
    ("The club dismissed its coach, Pete Orland, on Monday.", "The club dismissed its coach, Pete Orland"),
    ("The council passed on Monday a rule similar to one that failed last year.",
     "The council passed a rule similar to one that failed"),
])
def test_label_keeps_what_its_noun_needs(sentence, label):
    assert label in _labels(sentence)


@pytest.mark.parametrize("sentence, label", [
    # a comma apposition that is no name stays out
    ("The club dismissed its coach, a former player, on Monday.", "The club dismissed its coach"),
    ("The firm on Monday chose one of the bids.", "The firm chose one of the bids"),
])
def test_label_still_leaves_out_side_phrases(sentence, label):
    assert label in _labels(sentence)
