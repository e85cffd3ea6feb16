"""A name the tagger reads as a person's that ends the name of a machine or body is never a 'who'."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice
from quizgen.questions.who_said import thing_name_ends

pytestmark = pytest.mark.slow

BODY = ("Physicists at the Large Hadron Collider said on Wednesday they had found a new particle.\n\n"
        "Rolf Maier announced the discovery at a packed seminar in Geneva. Peter Halden, who predicted the "
        "particle in 1964, wept in the front row.\n\n"
        "Maria Conti presented the data. The Large Hadron Collider is the world's largest machine.")


def test_the_end_of_a_machines_name_is_no_person(context_of):
    ctx = context_of(BODY)
    ends = thing_name_ends(ctx)
    assert all("Collider" in e for e in ends)
    assert not {"Rolf Maier", "Peter Halden", "Maria Conti"} & ends


def test_no_who_question_about_a_machine(context_of):
    for q in multiple_choice.generate(context_of(BODY)):
        if q.prompt.startswith("Who"):
            assert not any("Collider" in c for c in q.choices), q.prompt


def test_a_body_opening_on_a_verb_names_no_thing(parse):
    from types import SimpleNamespace

    from quizgen.index import Mention

    doc = parse("Are Urban Meyer and his staff ready? Urban Meyer said they were.")
    ments = [Mention("Are Urban Meyer", "ORG", 0, 3, 0), Mention("Urban Meyer", "PERSON", 8, 10, 1)]
    ctx = SimpleNamespace(doc=doc, index=SimpleNamespace(mentions=ments))
    assert thing_name_ends(ctx) == frozenset()
    ments[0] = Mention("Large Urban Meyer", "ORG", 0, 3, 0)
    doc2 = parse("Large Urban Meyer and his staff ready? Urban Meyer said they were.")
    assert thing_name_ends(SimpleNamespace(doc=doc2, index=SimpleNamespace(mentions=ments))) == {"Urban Meyer"}
