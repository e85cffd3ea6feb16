"""One fact in two quiz questions: a count printed with its noun in another stem in either spelling,
and a false statement whose true value another question asks."""
from __future__ import annotations

import dataclasses

import pytest

from quizgen.model import Question
from quizgen.questions import _gives_away


def _q(kind: str, prompt: str, answer: str, sid: int, choices=None, twin: Question | None = None) -> Question:
    return Question(id=f"{kind}{sid}{len(prompt)}", type=kind, prompt=prompt, answer=answer, sentence_id=sid,
                    choices=choices, twin=twin)


_HOW_MANY_GUARDS = _q("multiple_choice", "How many guards were treated after the fire?", "12", 2,
                      ("12", "14", "20"))
_BLANK_BOATS = _q("fill_blank", "The storm sank _____ boats near the harbour.", "four", 4)


def _false(prompt: str, true_prompt: str, sid: int) -> Question:
    return _q("true_false", prompt, "False", sid, twin=_q("true_false", true_prompt, "True", sid))


@pytest.mark.parametrize("asked, other, gives", [
    # the count spelled in words in one stem, in digits as the other's key
    (_HOW_MANY_GUARDS, _q("true_false", "According to the chief, twelve guards breathed in smoke.", "True", 5), True),
    # ... or in digits in a stem with a word between figure and noun
    (_BLANK_BOATS, _q("true_false", "Rescuers searched for 4 missing boats overnight.", "True", 6), True),
    # the same figure counting something else gives nothing away
    (_HOW_MANY_GUARDS, _q("true_false", "The fire burned for twelve hours.", "True", 5), False),
    (_BLANK_BOATS, _q("true_false", "4 ministers visited the harbour.", "True", 6), False),
    # a false statement whose true value is the other question's key: one fact asked twice
    (_q("fill_blank", "The river peaked on _____.", "June 3, 2021", 1),
     _false("The river peaked at 5 metres on June 9.", "The river peaked at 5 metres on June 3.", 7), True),
    (_q("fill_blank", "Members pay $_____, $40 or $80 a year.", "20", 3),
     _false("Members pay $30, $40 or $80 a year.", "Members pay $20, $40 or $80 a year.", 8), True),
    # ... but not when its swap took out something else
    (_q("fill_blank", "The river peaked on _____.", "June 3, 2021", 1),
     _false("The river peaked at 7 metres.", "The river peaked at 5 metres.", 7), False),
])
def test_one_fact_in_two_questions_is_a_giveaway(asked, other, gives):
    assert _gives_away(asked, [other]) is gives
    assert _gives_away(other, [asked]) is gives


def test_a_false_statement_without_its_twin_is_read_from_its_explanation():
    blank = _q("fill_blank", "Members pay $_____, $40 or $80 a year.", "20", 3)
    false = dataclasses.replace(_q("true_false", "Members pay $30, $40 or $80 a year.", "False", 8),
                                explanation="The article says: Members pay $20, $40 or $80 a year.")
    assert _gives_away(blank, [false])


@pytest.mark.parametrize("prompt, answer, cued", [
    ("Pumps arrived from _____ after Norwegian engineers offered help.", "Norway", True),
    ("Which country sent pumps that Norwegian engineers had built?", "Norway", True),
    ("Pumps arrived from _____ after engineers offered help.", "Norway", False),
    ("Pumps arrived from _____ after Swedish engineers offered help.", "Norway", False),
])
def test_the_adjective_of_the_country_asked_for_gives_it_away(prompt, answer, cued):
    from quizgen.questions.worth import quiz_doubt
    from tests.quizgen.test_questions_worth_salience import VIEW
    kind = "fill_blank" if "_____" in prompt else "multiple_choice"
    q = _q(kind, prompt, answer, 4, ("Norway", "Sweden", "Denmark") if kind != "fill_blank" else None)
    q = dataclasses.replace(q, focus="country")
    got = quiz_doubt(q, VIEW)
    assert (got is not None and "people of the country" in got) is cued
