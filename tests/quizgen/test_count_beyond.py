"""'How many more / other ...' counts beyond a figure the stem does not give: kept out of the default
quiz (JUDGING.md rule 8); a plain count stays in."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView


class _Sent:
    def __init__(self, text: str):
        self.text = text


_BODY = ["A storm hit the coast town of Bayport on Monday and killed four fishermen.",
         "Six more fishermen were found dead on Tuesday, and 200 other boats were wrecked.",
         "The town council met on Wednesday."]


@pytest.mark.parametrize("prompt, answer, sid, doubted", [
    ("How many other boats were wrecked?", "200", 1, True),
    ("How many more fishermen were found dead on Tuesday?", "Six", 1, True),            # a weekday names no one
    ("How many fishermen did the storm kill in Bayport on Monday?", "four", 0, False),
    # the stem names whom the others are beside
    ("Among how many other boats was Mr. Lund's catch shared?", "200", 1, False),
])
def test_a_count_beyond_an_unnamed_figure_stays_out_of_the_quiz(prompt, answer, sid, doubted):
    q = Question("m", "multiple_choice", prompt, answer, sid, choices=(answer, "ten", "twenty", "thirty"),
                 focus="number")
    got = quiz_doubt(q, ArticleView("Storm hits Bayport", [_Sent(t) for t in _BODY]))
    assert (got is not None and "more or other" in got) if doubted else got is None
