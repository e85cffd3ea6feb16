"""'agreed to buy the battered and bleeding Westfield Trust': the name is the object both words describe,
so the label does not end on 'the battered'."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.nlp import parse

DEAL = ("Title: Bank rescue\nPublished: 2010-05-10\n\n"
        "Pressed by regulators, Northgate Bank agreed Sunday to buy the battered and bleeding Westfield Trust "
        "for a nominal sum in stock.")


def test_the_name_is_the_object() -> None:
    doc = parse("The firm agreed to buy the ailing and shrinking Delta Airways for a small sum.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert obj.text == "Airways" and obj.head.text == "buy"
    assert next(t for t in doc if t.text == "for").head.text == "buy"


def test_an_adjective_object_without_a_paired_name_stays() -> None:
    doc = parse("The council chose the cheaper and quicker option.")
    assert next(t for t in doc if t.dep_ == "dobj").text == "option"


def test_the_label_names_what_was_bought() -> None:
    labels = [e["label"] for e in build_lesson(DEAL).to_dict()["events"]]
    assert any("Westfield Trust" in label for label in labels), labels
    assert not any(label.endswith("the battered") for label in labels), labels
