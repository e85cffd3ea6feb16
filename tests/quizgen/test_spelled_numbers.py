"""A number written as a tens word and a unit word ('twenty six', 'forty-nine') is changed as a whole in
wrong options and false statements, never word by word ('nineteen six percent', 'Forty-eleven')."""
from __future__ import annotations

import re

import pytest

from quizgen import build_lesson
from quizgen.questions.distractors import variants


@pytest.mark.parametrize("text, kind", [
    ("twenty six percent", "PERCENT"), ("Forty-nine", "NUMBER"), ("thirty-one miles", "QUANTITY")])
def test_spelled_compound_changes_as_one_number(text, kind):
    out = variants(text, kind)
    assert out and text not in out
    tens = text.split()[0].split("-")[0].lower()
    for v in out:
        first = re.split(r"[ -]", v)[0].lower()
        assert first in ("twenty", "thirty", "forty", "fifty", "sixty")
        assert not re.search(r"(nineteen|eighteen|ten|eleven|twelve)\b", v.lower())
        assert v.count(" ") == text.count(" ") and v.count("-") == text.count("-")
    assert any(re.split(r"[ -]", v)[0].lower() == tens for v in out)


def test_false_statement_keeps_a_spelled_compound_whole():
    lesson = build_lesson("Title: Rupiah slides\nPublished: 1998-01-08\n\nThe Indonesian currency has lost twenty "
                          "six percent of its value. Traders in Jakarta sold the rupiah heavily on Tuesday. The "
                          "central bank raised its main interest rate to twelve percent.\n")
    stems = [q.prompt for q in lesson.questions] + [q.twin.prompt for q in lesson.questions if q.twin]
    lost = [p for p in stems if "of its value" in p and "_____" not in p]
    assert lost
    assert all(re.search(r"\b(twenty|thirty)[ -](one|two|three|four|five|six|seven|eight|nine) percent", p)
               for p in lost)
