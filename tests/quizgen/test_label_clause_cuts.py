"""Timeline labels a teacher would print (issue 11, labels38): a future verb keeps its 'back' particle, a
dated purpose clause comes back cut to fit, an amount word keeps its relative clause, a scheduling
participle gives its date to the clause above, and a participle describing the subject is no lost verb."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.headlines import form_problem
from quizgen.label_choice import label_fault
from quizgen.nlp import load


def _labels(text: str, published: str = "2021-04-22") -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # 'back' before 'in the spring' is no pointer to a past date: the clause is in the future
    ("The bakery kept its yearly forecast, hoping that sales will bounce back in the summer.",
     "Sales will bounce back"),
])
def test_future_verb_keeps_its_back_particle(text, expected):
    assert _labels(text) == [expected]


def test_back_before_a_past_date_still_goes():
    # 'back in 2015' only points at the year: the label prints the date itself
    labels = _labels("The orchard first opened back in 2015, its owner said on Monday.")
    assert labels and all(not lab.endswith(" back") for lab in labels)


def test_dated_purpose_clause_comes_back_cut_to_fit():
    # the date hangs in the 'to' clause; whole, the label would run over twelve words
    text = ("The Harbor Hawks rallied in the second half to emerge 2-1 winners from their match against "
            "Riverside FC on Saturday in the Coastal League.")
    assert _labels(text, "2021-04-19") == ["The Harbor Hawks rallied in the second half to emerge 2-1 winners"]


def test_participle_of_a_root_name_is_the_finite_verb():
    # the parser makes the name the root and 'held' its participle: the infinitive has a finite verb before it
    doc = load()("Riverside FC held on towards the end to emerge 2-1 winners from their game against Harbor FC "
                 "on Saturday in the Coastal League.")
    held = next(t for t in doc if t.text == "held")
    assert (held.dep_, held.head.dep_) == ("acl", "ROOT")
    assert label_fault("Riverside FC held on towards the end to emerge 2-1 winners", doc[:]) is None


def test_amount_word_keeps_its_relative_clause():
    # not 'The little was left of their village' (the relative clause's verb read as the happening)
    text = ("Weary farmers sorted through the little that was left of their village Tuesday after floods "
            "swept across the valley.")
    assert _labels(text) == ["Weary farmers sorted through the little that was left of their village"]


def test_scheduling_participle_dates_the_clause_above():
    # not 'Ann Berg set': the vote set for a day is the facing clause's happening
    text = "Mayor Ann Berg backs the plan, which faces a final vote set for May 3."
    assert _labels(text) == ["The plan faces a final vote"]


def test_describing_participle_is_no_lost_subject():
    doc = load()("NORTON, Kan. – Stunned farmers picked through the wreckage of their barns on Sunday.")
    verb = next(t for t in doc if t.text == "picked")
    first = next(t for t in doc if t.text == "Stunned")
    assert first.dep_ == "amod"
    assert form_problem("Stunned farmers picked through the wreckage of their barns", verb, doc) is None
