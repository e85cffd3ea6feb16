"""A telling word of a blank's name printed in another stem gives the blank away; a word of its kind does not."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _gives_away
from quizgen.questions.giveaways import telling_name_words


def _blank(answer: str) -> Question:
    return Question("b1", "fill_blank", "_____ said the driver fled on foot after the wreck.", answer, 4)


def _other(prompt: str) -> Question:
    return Question("m1", "multiple_choice", prompt, "two", 9, choices=("two", "three", "four", "five"))


@pytest.mark.parametrize("other, gives", [
    ("How many Harbor deputies chased the van before the wreck?", True),
    ("How many deputies of the county chased the van before the wreck?", False),
    ("How many County deputies chased the van before the wreck?", False),     # a word of its kind
    ("Harbor residents said how many vans were seen?", False),                # a stem's first word
])
def test_a_telling_word_of_a_blanked_name_in_another_stem(other: str, gives: bool):
    blank = _blank("Harbor County Sheriff's Office")
    assert _gives_away(blank, [_other(other)]) is gives
    assert _gives_away(_other(other), [blank]) is gives


def test_a_blank_with_options_is_not_read_off_by_one_word():
    blank = Question("b2", "fill_blank", "_____ said the driver fled on foot.", "Harbor County Sheriff's Office", 4,
                     choices=("Harbor County Sheriff's Office", "Harbor Police", "State Patrol", "Coast Guard"))
    assert not _gives_away(blank, [_other("How many Harbor deputies chased the van?")])


def test_telling_words_leave_out_kind_words_and_titles():
    assert telling_name_words("Harbor County Sheriff's Office") == ["Harbor"]
    assert telling_name_words("Orla Valley Police") == ["Orla"]
    assert telling_name_words("Mayor Ann Brook") == ["Ann", "Brook"]



def test_one_clock_time_keyed_in_two_forms_is_one_fact():
    from quizgen.questions import _repeats_answer
    first = Question("t1", "fill_blank", "Crews were called at _____ after the bridge gave way.", "4.25am", 2)
    again = Question("t2", "fill_blank", 'A spokesman said: "We were called at _____ to the bridge."', "4.25", 6)
    other = Question("t3", "fill_blank", "The road reopened at _____ on Friday.", "9.40", 8)
    count = Question("t4", "fill_blank", "_____ cars fell into the river.", "4", 3)
    assert _repeats_answer(again, [first]) and _repeats_answer(first, [again])
    assert not _repeats_answer(other, [first]) and not _repeats_answer(count, [first])
