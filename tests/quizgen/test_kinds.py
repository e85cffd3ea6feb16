"""The registry of question kinds: what the engine, exporters and web app read about each kind."""
from __future__ import annotations

import pytest

from quizgen import kinds
from quizgen.export import CHOICE_TYPES, QUESTION_TYPES, problem
from quizgen.model import Question
from quizgen.questions import QUIZ_KINDS
from quizgen.questions.ranking import BASE, KEEP

EXPECTED = {"multiple_choice": "choice", "true_false": "true_false", "fill_blank": "text",
            "who_said": "choice", "when": "choice", "order_events": "order", "why": "choice"}


def test_every_kind_is_registered_with_its_answer_form():
    assert {k: v.answer_form for k, v in kinds.KINDS.items()} == EXPECTED


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_kind_names_an_importable_generator(name):
    import importlib
    module = importlib.import_module(f"quizgen.questions.{kinds.get(name).generator}")
    assert callable(module.generate)


def test_engine_and_exporters_read_the_registry():
    assert set(QUESTION_TYPES) == set(kinds.KINDS) == set(QUIZ_KINDS) == set(BASE) == set(KEEP)
    assert set(CHOICE_TYPES) == {"multiple_choice", "who_said", "when", "why"}
    assert QUIZ_KINDS[0] == "multiple_choice" and QUIZ_KINDS[-1] == "order_events"


def test_unknown_kinds_have_no_form_and_are_not_exported():
    assert kinds.answer_form("essay") is None and kinds.get("essay") is None
    q = Question(id="x1", type="essay", prompt="Why?", answer="Because", sentence_id=0)
    assert "unknown question type" in problem(q)


def test_a_kind_must_name_a_known_answer_form():
    with pytest.raises(ValueError):
        kinds.register(kinds.QuestionKind("essay", "Essay", "Essay", "free_text", "essay",
                                          base_score=0.5, keep=1, quiz_rank=9))
    assert "essay" not in kinds.KINDS


def test_labels_are_in_registration_order():
    assert list(kinds.labels()) == list(EXPECTED)
    assert kinds.labels()["order_events"] == "Put events in order"
    assert kinds.get("order_events").review_label == "Put in order"


@pytest.mark.parametrize("form, names", [
    ("choice", ("multiple_choice", "who_said", "when", "why")), ("text", ("fill_blank",)),
    ("order", ("order_events",)),
])
def test_kinds_by_answer_form(form, names):
    assert kinds.names(form) == names
