"""'The oil tanker Honour sank today off ...': a name set right after its noun is the subject of the
sentence's own verb, not a relative clause of the noun, so the sinking is on the timeline."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.nlp import parse

SHIP = ("Title: Cargo ship sinks in storm\nPublished: 2011-03-08\n\n"
        "The leaking oil tanker Fortune sank today off Chile's south-western coast, taking more than "
        "9,000 tonnes of oil into the Pacific with it.\n\n"
        "The crew of twelve had been lifted off by helicopters on Sunday.")


def test_the_name_after_its_noun_subjects_the_verb() -> None:
    doc = parse("The leaking oil tanker Honour sank today off Norway's north-western coast.")
    verb = next(t for t in doc if t.text == "sank")
    assert verb.dep_ == "ROOT"
    assert next(c.text for c in verb.children if c.dep_ == "nsubj") == "Honour"


def test_a_real_relative_clause_is_kept() -> None:
    doc = parse("The report that Smith wrote was wrong.")
    assert next(t for t in doc if t.text == "wrote").dep_ == "relcl"


def test_the_sinking_is_a_timeline_event() -> None:
    events = build_lesson(SHIP).to_dict()["events"]
    assert any("sank" in e["label"] and "Fortune" in e["label"] and e["date"] == "2011-03-08" for e in events), events
