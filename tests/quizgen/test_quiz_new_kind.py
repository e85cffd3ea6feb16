"""Issue 12: a quiz of six or more questions but two kinds takes a sound question of a third kind
rated a little under the quiz floor in place of one of its own, never a weak blank."""
from __future__ import annotations

from types import SimpleNamespace

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz

_TF = ("True", "False")
_STATEMENTS = ["Fishermen marched to the pier in protest.", "The ferry stopped running in June.",
               "Volunteers painted the lighthouse white.", "The market opened a second hall.",
               "Storm waves flooded the coastal road.", "Students planted dune grass near the beach."]


def _select(bank: list[Question]) -> list[str]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(12)]
    return select_quiz(bank, SimpleNamespace(sentences=sentences), size=10)


def _two_kind_bank() -> list[Question]:
    """Six sound statements (keys mixed) and two sound blanks, all above the quiz floor."""
    tfs = [Question(id=f"t{i}", type="true_false", prompt=p, answer="True" if i % 2 else "False",
                    sentence_id=i, choices=_TF, score=0.7 - i / 100) for i, p in enumerate(_STATEMENTS)]
    return tfs + [
        Question(id="f1", type="fill_blank", prompt="The repairs will cost the town _____ dollars.",
                 answer="40,000", sentence_id=7, score=0.65),
        Question(id="f2", type="fill_blank", prompt="The bridge carries _____ cars a day.",
                 answer="9,000", sentence_id=8, score=0.6)]


def test_third_kind_just_under_the_floor_comes_in():
    """A question with options rated 0.35 (a spare) takes the place of the weakest statement."""
    mc = Question(id="m1", type="multiple_choice", prompt="Which crew mended the harbour nets?",
                  answer="Kestrel crew", sentence_id=9, choices=("Kestrel crew", "Osprey crew", "Heron crew"),
                  score=0.35)
    quiz = _select(_two_kind_bank() + [mc])
    assert "m1" in quiz and len(quiz) >= 6


def test_weak_blank_is_no_third_kind():
    """A blank rated under the floor is no third kind of a quiz of eight: teachers kept none of such blanks."""
    bank = [q for q in _two_kind_bank() if q.type != "fill_blank"] + [
        Question(id="w1", type="when", prompt="On which day did the ferry company cut its timetable?",
                 answer="Monday", sentence_id=7, choices=("Monday", "Friday", "Sunday"), score=0.6),
        Question(id="w2", type="when", prompt="In which month did the council close the old pier?",
                 answer="March", sentence_id=8, choices=("March", "May", "July"), score=0.55),
        Question(id="f3", type="fill_blank", prompt="The old pier is _____ metres long.",
                 answer="120", sentence_id=9, score=0.35)]
    quiz = _select(bank)
    assert "f3" not in quiz and len(quiz) == 8
