"""A false statement never moves the time of a state told as it stood then ('as of', 'remain')."""
from __future__ import annotations

import pytest

import quizgen

pytestmark = pytest.mark.slow

_HEAD = "Title: Bus overturns on bypass\nSource: https://example.org/bus\nPublished: 2019-03-05\n\n"
_BODY = ("Several people were hurt after a bus overturned on the Eastfield bypass early on Tuesday. "
         "Four passengers were trapped inside the bus after it left the road near the Orchard roundabout at "
         "around 6am. Two of those trapped have been freed, but two still remain inside as of 11.30am.\n\n"
         "Police said the driver had been arrested. Fire crews were called at 6.04am and ambulances arrived "
         "at 6.15am.\n")


def test_a_state_as_of_a_time_gets_no_false_time():
    lesson = quizgen.build_lesson(_HEAD + _BODY)
    states = [q for q in lesson.questions if q.type == "true_false" and "remain" in q.prompt]
    assert states and all(q.answer == "True" for q in states), [(q.prompt, q.answer) for q in states]


def test_a_happening_at_a_time_may_still_get_one():
    from quizgen.questions.checks import _time_of_a_lasting_state
    from quizgen.model import Question
    from quizgen import nlp
    sentence = next(iter(nlp.load()("Fire crews cut the roof open at 8.15am on Tuesday.").sents))
    q = Question("q", "true_false", "Fire crews cut the roof open at 9.30am on Tuesday.", "False", 0,
                 choices=("True", "False"), explanation="The article says: Fire crews cut the roof open at 8.15am on Tuesday.")
    assert _time_of_a_lasting_state(q, sentence) is None
