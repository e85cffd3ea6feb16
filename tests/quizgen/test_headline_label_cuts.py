"""Timeline labels over twelve words (judged bad 55 times in 57 on the unseen sets) reach a headline's
length by more words a headline leaves out: a company's legal form after its name, the 'that' after a
verb of saying, an amount said again in another measure after ', or', and adjectives that only
describe the noun of a prepositional phrase (issue 11)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.label_length import headline_length


@pytest.mark.parametrize("sentence, label, printed", [
    ("Harbor Foods PLC sold its frozen vegetable business to a Dutch grocery chain last year.",
     "Harbor Foods PLC sold its frozen vegetable business to a Dutch grocery chain",
     "Harbor Foods sold its frozen vegetable business to a Dutch grocery chain"),
    ("The mayor said Tuesday that the city will soon close the old coal plant.",
     "The mayor said that the city will soon close the old coal plant",
     "The mayor said the city will soon close the old coal plant"),
    ("The bakery says about 40% of its 2020 bread sales, or nearly $3 million, went to schools.",
     "About 40% of the bakery's bread sales, or nearly $3 million went to schools",
     "About 40% of the bakery's bread sales went to schools"),
    ("The board of Northwind Shipping Lines handed its tanker arm to loyal shareholders on Friday.",
     "The board of Northwind Shipping Lines handed its tanker arm to loyal shareholders",
     "The board of Northwind Shipping Lines handed its tanker arm to shareholders"),
])
def test_a_long_label_loses_what_a_headline_leaves_out(sentence: str, label: str, printed: str) -> None:
    assert headline_length(label, nlp.parse(sentence)[:]) == printed


def test_a_label_still_long_loses_its_legal_form() -> None:
    sentence = "Harbor Foods Inc. has agreed to pay $90 million and nearly two million new shares for the mill."
    label = "Harbor Foods Inc. has agreed to pay $90 million and nearly two million shares"
    assert headline_length(label, nlp.parse(sentence)[:]) == label.replace(" Inc.", "")


@pytest.mark.parametrize("sentence, label", [
    # 'other' and 'terrorist' say what the label means: an over-long label keeps them
    ("Last year the ministry and a number of other small aid groups were labeled illegal terrorist bodies.",
     "The ministry and a number of other small aid groups were labeled illegal terrorist bodies"),
])
def test_a_long_label_keeps_the_adjectives_it_needs(sentence: str, label: str) -> None:
    assert "other" in headline_length(label, nlp.parse(sentence)[:])
    assert "terrorist" in headline_length(label, nlp.parse(sentence)[:])
