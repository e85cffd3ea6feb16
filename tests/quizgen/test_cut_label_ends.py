"""Timeline labels keep what their point needs (issue 11): a bare infinitive's particle ('flow out'), the
'than' clause of a compared amount, and a main clause is printed rather than one cut inside its side phrase."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.complements import infinitive_particle
from quizgen.label_ends import lost_than_clause
from quizgen.nlp import load


def _labels(text: str, published: str = "2021-04-22") -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # over a headline's length, the particle was the phrase left out: 'has seen $45 million flow'
    ("Springfield's $2 billion Teachers Retirement Income Portfolio has seen $45 million flow out since early March.",
     "Springfield's $2 billion Teachers Retirement Income Portfolio has seen $45 million flow out"),
])
def test_particle_of_a_bare_infinitive_stays(text, expected):
    assert _labels(text, "2021-04-20") == [expected]


@pytest.mark.parametrize("text, expected", [
    # 'more bread in its ovens' without 'than it sells' says something else: the side phrase goes instead
    ("Greenfield Bakery said last week it aims to bake more bread in its ovens than it sells by 2031.",
     "Greenfield Bakery said it aims to bake more bread than it sells"),
    ("Officials said last week the town will plant more trees in the park than it cut down.",
     "Officials said the town will plant more trees than it cut down"),
])
def test_compared_amount_keeps_its_than_clause(text, expected):
    assert _labels(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the side phrase is cut inside its noun ('a series of talks' about what?): the main clause stands alone
    ("A senior aide said the mayor's daughter met with Ortega last week after holding a series of talks "
     "about the shape of the city budget and of the transit plan with other council members.",
     "The mayor's daughter met with Ortega"),
    ("The coach said on Monday that the captain met with the owner after holding a series of meetings about "
     "the future of the stadium and of the youth academy with local investors.",
     "The captain met with the owner"),
])
def test_main_clause_rather_than_a_cut_side_phrase(text, expected):
    assert _labels(text, "2021-04-20") == [expected]


def test_particle_and_than_finders():
    seen = load()("The fund has seen $9 million drain away since May.")
    assert [t.text for t in seen if infinitive_particle(t)] == ["away"]
    grew = load()("The farm grew more corn in the valley than it ate.")
    label = list(grew[0:8])          # 'The farm grew more corn in the valley'
    assert [grew[i].text for i in lost_than_clause(label, frozenset(t.i for t in label))] == ["than", "it", "ate"]


def test_label_too_long_when_whole_rather_than_cut_before_its_object_phrase():
    # 13 words whole; cut to 'raised fresh accusations' it no longer says of what (the date's only event)
    text = "Last week the Lakeside Water Authority raised fresh accusations of fraud against Pine Valley Pumps."
    assert _labels(text) == ["The Lakeside Water Authority raised fresh accusations of fraud against Pine Valley Pumps"]
