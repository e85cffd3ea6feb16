"""The giveaway shapes only measured in bench/giveaway_pairs.py (not used by the quiz) still read pairs right."""
from __future__ import annotations

import sys
from pathlib import Path

from quizgen.model import Question

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.append(str(BENCH))          # last, so bench/queue.py does not hide the standard library's
_PATH = list(sys.path)

import giveaway_pairs as pairs  # noqa: E402

sys.path[:] = _PATH                  # the bench script takes bench/ off the path; later tests import from it


def _choice(prompt: str, answer: str, choices: tuple[str, ...]) -> Question:
    return Question(id="m", type="multiple_choice", prompt=prompt, answer=answer, sentence_id=0, choices=choices)


def test_key_offered_as_another_questions_wrong_option():
    shown = _choice("How many boats sailed on Friday?", "12", ("12", "30", "7", "5"))
    asked = _choice("How many sailors stayed ashore?", "30", ("30", "12", "9", "4"))
    assert pairs.key_offered(shown, asked)
    assert pairs.clash(shown, asked) == "key_offered"
    assert not pairs.key_offered(shown, _choice("How many gulls followed?", "9", ("9", "2", "3", "6")))


def test_altered_value_that_is_another_questions_key():
    true = Question(id="t", type="true_false", prompt="The ferry carried 40 cars to the island.", answer="True",
                    sentence_id=1)
    false = Question(id="f", type="true_false", prompt="The ferry carried 55 cars to the island.", answer="False",
                     sentence_id=1, twin=true)
    shown = _choice("How many cars did the barge carry?", "55", ("55", "40", "20", "70"))
    assert pairs.clash(shown, false) == "altered_key"
    assert pairs.clash(_choice("How many cars did the barge carry?", "70", ("70", "20")), false) is None
