"""The teacher's plain-text review (quizgen.review.render_text): quiz first, answers marked, evidence quoted."""
from __future__ import annotations

import pytest

from conftest import fake_lesson
from quizgen.review import render_text


@pytest.fixture(scope="module")
def text() -> str:
    return render_text(fake_lesson())


def _block(text: str, qid: str) -> str:
    """The lines of one question (from its heading to its id line)."""
    lines = text.splitlines()
    end = next(i for i, line in enumerate(lines) if line.strip().startswith(f"id {qid} "))
    start = max(i for i in range(end) if lines[i] == "")
    return "\n".join(lines[start:end + 1])


def test_header_counts_and_sections(text):
    lines = text.splitlines()
    assert lines[0] == "The Harbour Bridge opens" and lines[1] == "=" * len(lines[0])
    assert "Published: 2024-05-08" in lines and "Source: Test Gazette" in lines
    assert "3 timeline events, 7 questions in the bank, 6 in the default quiz." in lines
    assert text.index("DEFAULT QUIZ (6 questions)") < text.index("REST OF THE BANK (1 questions, best first)")


@pytest.mark.parametrize("qid, lines", [
    # a choice: the options, the right one starred; the kind and focus in the heading
    ("q1", ["1. [Multiple choice, who] Who opened the Harbour Bridge?", "   * a) Ana Ruiz", "     b) Marta Gil"]),
    ("q2", ["[True or false]", "   * a) True", "     b) False"]),
    # typed words: the answer and the other spellings accepted
    ("q3", ["[Fill in the blank]", "    Answer: March   (also accepted: Mar)"]),
    # ordering: the options as shown, then the right order with each event's date and words
    ("q6", ["[Put in order]", "    a) A festival follows", "    Correct order:",
            "      1. Work on the bridge began  (2019-03-01, 'March 2019')"]),
])
def test_each_kind_shows_its_answer(text, qid, lines):
    block = _block(text, qid)
    assert all(line in block for line in lines), block


def test_evidence_sentence_and_score_are_quoted(text):
    block = _block(text, "q1")
    assert "Evidence (sentence 0): Mayor Ana Ruiz opened the Harbour Bridge on Monday." in block
    assert block.splitlines()[-1] == "    id q1 \u00b7 score 0.90"


def test_questions_outside_the_quiz_follow_it(text):
    assert text.index("id q6 ") < text.index("7. [Multiple choice] What did the city council give?")
