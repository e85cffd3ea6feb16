"""Wrong answer keys: a listed month offered, a quoted relative day, a dropped finding or condition,
a false place swap that nests the true place, an 'it' read as a listed or aside subject."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem
from quizgen.referents import Referents


def _sentences(text: str):
    return list(nlp.parse(text).sents)


def _month(prompt: str, answer: str, choices: tuple[str, ...]) -> Question:
    return Question("q", "when", prompt, answer, 0, choices=choices, focus="month")


def _tf(prompt: str, answer: str = "True", true_text: str | None = None) -> Question:
    explanation = f"The article says: {true_text}" if true_text else None
    return Question("q", "true_false", prompt, answer, 0, choices=("True", "False"), explanation=explanation)


@pytest.mark.parametrize("text, choices, problem", [
    ("In March and April, the probe mapped dozens of craters.",
     ("March 2021", "April 2021", "June 2021"), "April"),
    ("During March and April, the probe mapped dozens of craters.",
     ("March 2021", "June 2021", "April 2021"), "April"),
    # the other month kept out of the options: 'March' alone still keys part of a two-month span
    # (JUDGING.md rule 3; judged: 'which month' of 'In August and September' rejected)
    ("In March and April, the probe mapped dozens of craters.",
     ("March 2021", "June 2021", "October 2021"), "two or more dates"),
])
def test_a_listed_month_among_the_options_is_a_second_right_answer(text, choices, problem):
    q = _month("In which month did the probe map dozens of craters?", "March 2021", choices)
    got = answer_key_problem(q, _sentences(text)[0], time_text="March")
    assert (got is None) if problem is None else (problem in got)


def test_a_time_phrase_holding_the_list_keeps_its_other_month_out():
    """The dates reader may take 'March and April' as one time phrase: April, offered, is right too."""
    q = _month("In which month did the probe map dozens of craters?", "March 2021", ("March 2021", "April 2021"))
    sentence = _sentences("In March and April, the probe mapped dozens of craters.")[0]
    assert "April" in answer_key_problem(q, sentence, time_text="March and April")


@pytest.mark.parametrize("text, time_text, quoted", [
    ('The paper wrote: "Yesterday the river rose above the old bridge at noon."', "Yesterday", True),
    ('The bulletin said the river "rose above the old bridge on Tuesday."', "Tuesday", True),
    ('Residents said "the river rose above the old bridge yesterday," the paper reported.', "yesterday", True),
    ("The river rose above the old bridge on Tuesday, the paper wrote.", "Tuesday", False),
])
def test_a_relative_day_inside_a_quotation_dates_nothing(text, time_text, quoted):
    q = _river_question()
    got = answer_key_problem(q, _sentences(text)[0], time_text=time_text)
    assert bool(got and "quotation" in got) is quoted


def _river_question() -> Question:
    return Question("q", "when", "On what date did the river rise above the old bridge?", "May 4, 2021", 0,
                    choices=("May 4, 2021", "May 3, 2021", "May 6, 2021"), focus="date")


@pytest.mark.parametrize("text, statement, problem", [
    ("The inspectors concluded that the pilots ignored the warning.",
     "The pilots ignored the warning.", "finding"),
    ("The inspectors concluded that the pilots ignored the warning.",
     "The inspectors concluded that the pilots ignored the warning.", None),
    ("Critics cited the auditors' finding that the council wasted public money.",
     "The council wasted public money.", "finding"),
    ("According to the regulator's assessment, the bank hid its losses.",
     "The bank hid its losses.", "according to"),
    ("The union warned that the drivers will strike unless wages rise.",
     "The union warned that the drivers will strike.", "condition"),
    ("The union warned that the drivers will strike unless wages rise.",
     "The union warned that the drivers will strike unless wages rise.", None),
])
def test_a_statement_keeps_whose_finding_and_which_condition(text, statement, problem):
    got = answer_key_problem(_tf(statement), _sentences(text)[0])
    assert (got is None) if problem is None else (problem in got)


HARBOUR = ("Nadia lives in Kadikoy, Istanbul, the busiest district in Turkey. "
           "Reporting on the floods in Turkey has become harder in recent weeks.")
RIVER = "Reporting on the floods in Peru has become harder in recent weeks."


@pytest.mark.parametrize("text, wrong, true_place, nested", [
    (HARBOUR, "Istanbul", "Turkey", True),        # a city the text and the lists put in the country
    (RIVER, "Lima", "Peru", True),                # a capital for its country: another level
    (RIVER, "Chile", "Peru", False),              # a country for a country, not nested: a fair swap
])
def test_a_false_place_swap_must_not_nest_the_true_place(text, wrong, true_place, nested):
    sentence = _sentences(text)[-1]
    true_text = sentence.text
    q = _tf(true_text.replace(true_place, wrong), "False", true_text)
    got = answer_key_problem(q, sentence)
    assert bool(got and "inside" in got) is nested


@pytest.mark.parametrize("text, referent", [
    ("Northwind Traders runs a big shipping business, with packaging, fuel and returns all adding to its "
     "costs. Including its suppliers, it emitted more than 9 million tons of carbon in 2018.", "Northwind Traders"),
    ("Apple and Google reported higher profits on Monday. It said sales rose.", None),
])
def test_it_is_never_a_listed_or_aside_subject(text, referent):
    doc = nlp.parse(text)
    refs = Referents(doc, list(doc.sents))
    it = next(t for t in doc if t.lower_ == "it")
    assert refs.resolve(it) == referent


def test_a_false_statement_from_a_finding_stays_false():
    """'The inspectors concluded that ... 12 ...' stated with 15: false whoever found it, and asked."""
    sentence = _sentences("The inspectors concluded that the pilots ignored 12 warnings.")[0]
    q = _tf("The pilots ignored 15 warnings.", "False", "The pilots ignored 12 warnings.")
    assert answer_key_problem(q, sentence) is None
    assert "finding" in answer_key_problem(_tf("The pilots ignored 12 warnings."), sentence)


PUBLISHED = "2019-08-21"
SMOKE = ("The sky above the city went dark on Monday afternoon, as smoke from distant fires drifted in.\n\n"
         "Residents were alarmed. A local paper wrote that the sky went really dark yesterday, and street lights came on.")


def test_a_happening_dated_twice_gives_no_date_key(parsed_of):
    """'went really dark yesterday' (a Tuesday) beside 'went dark on Monday': either day may be right,
    so no date question on the 'really dark' sentence; 'really' tells no happening apart."""
    from quizgen.questions import candidates, make_context
    from quizgen.questions.checks import article_key_problem

    parsed = parsed_of(SMOKE)
    dated = [q for q in candidates(make_context(parsed))
             if q.type in ("when", "multiple_choice") and "really dark" in q.prompt]     # a blank copies the text
    assert dated and all(article_key_problem(q, parsed) for q in dated)
