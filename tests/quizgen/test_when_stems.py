"""When-questions: a stem asks a happening of a subject it names, and its key is the day the asked
verb happened, not the end of a span the clause counts over."""
from __future__ import annotations

import pytest

from quizgen.questions import when

PUBLISHED = "2021-11-15"


def _asked(context_of, body: str) -> list[str]:
    return [q.prompt for q in when.generate(context_of(body))]


@pytest.mark.parametrize("body", [
    # how things stood on a day, not what happened: the next day may hold as well
    "Orion's market value was $12 billion on Wednesday.",
    # a passive of a bare plural or a count: which shares, which women?
    "Shares were issued on July 1.",
    "Nine women were killed in the city last year.",
    "Three men were arrested on Monday.",
    # the date ends a span the clause counts over, or bounds it: no day the verb happened
    "The report gave data on 159 cases through August.",
    "The museum showed the paintings through March.",
    # a clause dated twice: either date is a right answer
    "In August and September, the telescope detected hundreds of radio bursts from a distant galaxy.",
    # the year says which law or budget, not when it was criticised or approved
    "The senator criticized the 2019 tax law.",
    "The 2022 budget was approved by the council.",
])
def test_no_when_question_on_a_state_an_unnamed_subject_or_a_span_end(context_of, body):
    assert _asked(context_of, body) == []


@pytest.mark.parametrize("body, prompt", [
    ("The city council approved the new budget on Monday.", "On which day did the city council approve the new budget?"),
    ("The new bridge was opened by the mayor in 2019.", "In which year was the new bridge opened by the mayor?"),
    # a count with a named place says which ones
    ("Three people were injured Sunday night at a Lakeside amusement park after a shooting.",
     "On which day were three people injured at a Lakeside amusement park after a shooting?"),
    ("Jurors found the former mayor guilty of fraud on Wednesday.",
     "On which day did jurors find the former mayor guilty of fraud?"),
])
def test_a_happening_of_a_named_subject_is_still_asked(context_of, body, prompt):
    assert prompt in _asked(context_of, body)


@pytest.mark.parametrize("body, prompt", [
    # 'last' and 'first' say which seeing or meeting is dated: without them the question has many answers
    ("Rivera was last seen on Nov. 3, police said.", "On what date was Rivera last seen?"),
    ("Ana Lopez first met the president in 2015.", "In which year did Ana Lopez first meet the president?"),
    # a date of a happening noun dates the clause: the celebration was the opening
    ("The town gallery celebrated the Thursday opening with a party.",
     "On which day did the town gallery celebrate the opening with a party?"),
])
def test_the_stem_keeps_which_happening_is_dated(context_of, body, prompt):
    assert prompt in _asked(context_of, body)


LASTING = ("A strong earthquake struck the island on Tuesday. The port city lay in ruins Wednesday, and "
           "rescuers searched the rubble for survivors. Flood warnings remained in place on Thursday for towns "
           "along the river.")


def test_a_lasting_state_is_never_asked_when_nor_swapped_to_another_day(context_of):
    """'lay in ruins Wednesday', 'remained in place on Thursday': the state held on the days around
    too, so a when-question has more than one right option and a day swapped in may be true."""
    from quizgen.questions import multiple_choice, true_false
    ctx = context_of(LASTING)
    asked = [q for g in (when, multiple_choice) for q in g.generate(ctx)]
    assert not any(k in q.prompt for q in asked for k in ("in ruins", "in place"))
    stated = [q for q in true_false.generate(ctx) if q.answer == "False"]
    assert not any(k in q.prompt for q in stated for k in ("in ruins", "in place"))
