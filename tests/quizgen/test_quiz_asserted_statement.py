"""A stem of one sentence that asserts a true/false item of another sentence gives it away (issue 12):
'When did Harwick complete the purchase?' beside 'Harwick completed the purchase of the mill.'; a stem
stating the true figure a false statement altered gives that one away too. The default quiz keeps the
better-ranked of such a pair and takes the next candidate."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import _gives_away, select_quiz


def _when(prompt: str, sid: int = 2, score: float = 0.8) -> Question:
    return Question("w2", "when", prompt, "Tuesday", sid, choices=("Monday", "Tuesday", "Friday"),
                    focus="date", score=score)


def _statement(prompt: str, answer: str = "True", explanation: str = "", sid: int = 9, qid: str = "t9",
               score: float = 0.7) -> Question:
    return Question(qid, "true_false", prompt, answer, sid, choices=("True", "False"), score=score,
                    explanation=explanation)


@pytest.mark.parametrize("stem, gives", [
    ("On which day did Harwick Foods complete the purchase of the Dunmore mill?", True),
    ("On which day did Harwick Foods open its new bakery?", False),
])
def test_a_stem_asserting_a_true_statement_gives_it_away(stem: str, gives: bool):
    true = _statement("Harwick Foods completed the purchase of the Dunmore mill.")
    assert _gives_away(true, [_when(stem)]) is gives
    assert _gives_away(_when(stem), [true]) is gives


@pytest.mark.parametrize("stem, gives", [
    ("On which day did Tellwyn say its nine-month profit was $48.7 million?", True),
    ("On which day did Tellwyn say its nine-month profit had risen?", False),
])
def test_a_stem_showing_the_true_figure_gives_a_false_statement_away(stem: str, gives: bool):
    false = _statement("Tellwyn's nine-month profit was $52.1 million.", "False",
                       "The article says: Tellwyn's nine-month profit was $48.7 million.")
    assert _gives_away(false, [_when(stem)]) is gives


def test_the_quiz_keeps_the_better_ranked_and_takes_the_next_candidate():
    when = _when("On which day did Harwick Foods complete the purchase of the Dunmore mill?", score=0.9)
    asserted = _statement("Harwick Foods completed the purchase of the Dunmore mill.", sid=9, qid="t9", score=0.8)
    other = _statement("The Dunmore mill employs 140 bakers.", "False", "The article says: The Dunmore mill "
                       "employs 120 bakers.", sid=5, qid="t5", score=0.6)
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(12)]
    quiz = select_quiz([when, asserted, other], SimpleNamespace(sentences=sentences), size=3)
    assert "w2" in quiz and "t5" in quiz and "t9" not in quiz
