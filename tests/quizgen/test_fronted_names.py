"""A subject description the parser split from the name set just before it ('Kenya, East Africa's biggest
economy has rebounded'), and a bare owner 'the state's', are named in timeline labels and stems (JUDGING.md
rule 8: judges asked for the name instead of the epithet)."""
from __future__ import annotations

import functools

from quizgen import build_lesson
from quizgen.fronted_names import fronted_name
from quizgen.nlp import parse
from quizgen.referents import earlier_named_form

_SLUMP = ("Prices rose. Since entering a slump and a full year of falling output in 2019, Kenya, East Africa’s "
          "biggest economy has rebounded—slowly.")

_PLANE = ("Cebu Pacific Flight 5, an Airbus airliner carrying 162 people, disappeared on Sunday over the Coral Sea."
          "\n\nSearchers found debris on Tuesday, officials said.\n\nHowever, the loss of the airliner invites "
          "comparison with the 2009 crash of Air France Flight 447.")

_TEXT = """Title: Markets, coal and a lost plane
Published: 2021-03-12

Officials in Nairobi released new figures on Tuesday.

Since entering a slump and a full year of falling output in 2019, Kenya, East Africa’s biggest economy has rebounded—slowly.

Cebu Pacific Flight 5, an Airbus airliner carrying 162 people, disappeared on Sunday over the Coral Sea.

Searchers found debris on Tuesday, officials said.

However, the loss of the airliner invites comparison with the 2009 crash of Air France Flight 447.

Montana mines more coal than most states, officials said.

What it does not burn, Montana sells; in 2020, 30 states bought the state's coal.
"""


@functools.lru_cache(maxsize=1)
def _lesson() -> dict:
    return build_lesson(_TEXT).to_dict()


def _head(text: str, word: str):
    return next(t for t in parse(text) if t.text == word and t.dep_.startswith("nsubj"))


def test_fronted_name_of_a_misparsed_description():
    assert fronted_name(_head(_SLUMP, "economy")) == "Kenya"


def test_no_name_for_a_listed_or_governed_name():
    assert fronted_name(_head("Talks between the university and Connaught, the parties said, went well.",
                              "parties")) is None
    assert fronted_name(_head("According to Rathbun, a detective was given the files.", "detective")) is None


def test_label_names_the_economy():
    labels = [e["label"] for e in _lesson()["events"]]
    assert "Kenya entered a slump and a full year of falling output" in labels
    assert not any(label.startswith("East Africa") for label in labels)


def test_label_names_the_plane_not_its_description():
    labels = [e["label"] for e in _lesson()["events"]]
    assert "Cebu Pacific Flight 5 disappeared over the Coral Sea" in labels


def test_later_bare_noun_takes_the_fronted_name():
    doc = parse(_PLANE)
    airliner = [t for t in doc if t.text == "airliner"][-1]
    assert earlier_named_form(airliner)[1] == "Cebu Pacific Flight 5"


def test_label_names_the_states_owner():
    labels = [e["label"] for e in _lesson()["events"]]
    assert "30 states bought Montana's coal" in labels


def test_statement_names_the_economy_once():
    statements = [q["prompt"] for q in _lesson()["questions"] if q["type"] == "true_false"]
    assert any(s.startswith("Kenya has rebounded") for s in statements)
    assert not any(s.rstrip(".").endswith("Kenya") for s in statements)
