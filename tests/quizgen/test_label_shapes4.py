"""Timeline labels judged cut, garbled or dangling (issue 11, labels4): the 'of' phrase of an amount
noun, a purpose verb read as an adjective, 'all but', a described period as an object, a company
named only by a description, a bare 'the agency' or 'the paper'."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(text: str, published: str = "2020-02-07") -> list[tuple[str, str]]:
    return [(e.date.isoformat(), e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # 'The number rose' says nothing: the number of what
    ("The number of passengers travelling on the island ferries rose by more than 9,000 in January.",
     [("2020-01-01", "The number of passengers rose by more than 9,000")]),
    ("The total of parking fines left unpaid by city drivers fell to 310 in January.",
     [("2020-01-01", "The total of parking fines fell to 310")]),
])
def test_amount_noun_keeps_what_it_counts(text, expected):
    assert _labels(text) == expected


def test_purpose_verb_read_as_adjective_stays():
    # the parser reads 'to free' as a preposition and an adjective: 'waded ... to bodies' is garbled
    # (an article file ends with a newline; the parser reads 'free' as an adjective then)
    text = "Rescuers waded on Saturday through heaps of debris to free bodies and survivors from the train.\n"
    assert _labels(text) == [("2020-02-01", "Rescuers waded through heaps of debris to free bodies and survivors")]


def test_all_but_keeps_its_but():
    # 'for all a few weeks' says the opposite of 'for all but a few weeks'
    text = "The keeper led the club for all but a few weeks between 1971 and 1983."
    assert _labels(text) == [("1971-01-01", "The keeper led the club for all but a few weeks")]


def test_described_period_object_is_not_cut():
    # 'a golden summer' is what was capped, no date of the clause: 'capped a golden by' is garbled
    text = "The cyclist capped a golden summer by winning the national title on Sunday."
    assert _labels(text) == [("2020-02-02", "The cyclist capped a golden summer by winning the national title")]


def test_described_company_is_named():
    # 'the world's biggest carmaker', 'the Turin-based company's shares': which company, the one named
    text = ("Veltro Motors Inc. shares jumped 12% on Monday after strong orders.\n\n"
            "The world's biggest carmaker reported record sales on Tuesday.\n\n"
            "The Turin-based company's shares gained another 3% on Wednesday.\n\n"
            "The Turin-based firm said on Thursday it would open a plant.")
    labels = [label for _, label in _labels(text)]
    assert labels[1:] == ["Veltro Motors reported record sales", "Veltro Motors’ shares gained another 3%",
                          "Veltro Motors will open a plant"]


def test_bare_body_noun_is_the_one_body_of_its_kind():
    # 'The paper won', 'The agency said': which paper, which agency -- the one the article named
    text = ("A jury on Friday cleared the Dunmore Herald of libel in a case brought by a former mayor.\n\n"
            "The paper won a national prize in 2003 for a series on county contracts.\n\n"
            "The European Space Agency delayed a launch. The agency said on Sunday that engineers need more time.")
    labels = [label for _, label in _labels(text, "2011-05-21")]
    assert "The Dunmore Herald won a national prize for a series" in labels
    assert "The European Space Agency said that engineers need more time" in labels


def test_bare_body_noun_with_two_of_its_kind_stays():
    text = ("The European Space Agency and the Italian Space Agency signed a deal on Monday.\n\n"
            "The agency said on Tuesday that engineers need more time.")
    labels = [label for _, label in _labels(text, "2011-05-21")]
    assert "The agency said that engineers need more time" in labels
