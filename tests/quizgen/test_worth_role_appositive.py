"""Rule 6 trivia: a blank on the name of someone the sentence already gives by their role ('his
attorney, _____, asked') stays out of the default quiz; the role carries the fact, the name does not."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["A court in Dunmore ordered the harbour firm to pay a fine of $2 million on Tuesday.",
         "The firm had dumped waste into the bay for three years, the judge found.",
         "The firm's lawyer, Carl Mott, asked for more time to pay.",
         "Carl Mott said the firm would appeal.",
         "Judge Rita Olsen turned down the request.",
         "Rita Olsen said the bay needed work at once.",
         "Olsen gave the firm a month."]
VIEW = ArticleView("Harbour firm fined for dumping waste", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, sentence_id: int = 2) -> Question:
    return Question("q", "fill_blank", prompt, answer, sentence_id, focus="person")


@pytest.mark.parametrize("prompt, sentence_id", [
    ("The firm's lawyer, _____, asked for more time to pay.", 2),
    ("The court turned down a request by the firm's lawyer, _____, for more time to pay.", 2),
    ("The court turned down a request by the firm's lawyer, _____, for more time to pay.", 0),  # lead
])
def test_name_after_its_role_stays_out_of_the_quiz(prompt: str, sentence_id: int):
    assert quiz_doubt(_blank(prompt, "Carl Mott", sentence_id), VIEW) is not None


@pytest.mark.parametrize("question", [
    _blank("Judge _____ turned down the request.", "Rita Olsen", 4),       # the actor, no role aside
    _blank("The court's judge, _____, turned down the request.", "Rita Olsen", 4),  # named 3 times
])
def test_actor_name_is_kept(question: Question):
    assert quiz_doubt(question, VIEW) is None
