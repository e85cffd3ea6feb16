"""Wrong answer keys of three shapes: a verb joined after a 'when' clause given the first verb's
subject, one day of a span of days keyed alone, and a projection stated without its source."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import candidates, make_context
from quizgen.questions.checks import answer_key_problem


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _statements(parsed_of, text: str) -> list[str]:
    return [q.prompt for q in candidates(make_context(parsed_of(text))) if q.type == "true_false"]


TURN = ("The row over the port took a sharp turn on Monday when union chief Sam Ortiz rejected the offer "
        "and said the dockers would strike in May.")


def test_a_verb_joined_after_a_when_clause_does_not_take_the_first_subject(parsed_of):
    """'said' belongs to the union chief of the 'when' clause, not to the row the parser hangs it on."""
    from quizgen.clauses import clauses_of
    subjects = {c.verb.text: " ".join(c.verb.doc[i].text for i in c.subject) for c in clauses_of(_sentence(TURN), 0)}
    assert subjects.get("said", "") != "The row over the port"
    assert not any(p.startswith("The row") and " said " in p for p in _statements(parsed_of, TURN))


def test_a_verb_sharing_its_subject_plainly_still_makes_a_statement(parsed_of):
    text = "Harbor Freight Lines bought two cargo ships in Rotterdam and hired 40 sailors for its new route."
    assert any(p.startswith("Harbor Freight Lines hired") for p in _statements(parsed_of, text))


def _when(prompt: str, answer: str, choices: tuple[str, ...]) -> Question:
    return Question("q", "multiple_choice", prompt, answer, 0, choices=choices, focus="when")


@pytest.mark.parametrize("text, question", [
    ("Families near the mill were evacuated Tuesday and Wednesday after a gas leak at the plant.",
     _when("When were families near the mill evacuated?", "Tuesday", ("Monday", "Tuesday", "Friday", "Sunday"))),
    ("The museum in Granby held its book fair in 2011 and 2013 before the hall closed.",
     _when("When did the museum in Granby hold its book fair?", "2011", ("2009", "2011", "2015", "2017"))),
    ("Crews repaired the dam near Elkton on June 3 and 4 after the heavy rain.",
     _when("When did crews repair the dam near Elkton?", "June 3", ("June 1", "June 3", "June 6", "June 9"))),
])
def test_one_day_of_a_span_is_no_key(text, question):
    assert "two or more dates" in (answer_key_problem(question, _sentence(text)) or "")


@pytest.mark.parametrize("text, question", [
    ("Families near the mill were evacuated Tuesday after a gas leak at the plant.",
     _when("When were families near the mill evacuated?", "Tuesday", ("Monday", "Tuesday", "Friday", "Sunday"))),
    ("Crews repaired the dam near Elkton on June 3, 2014, after the heavy rain.",
     _when("When did crews repair the dam near Elkton?", "June 3", ("June 1", "June 3", "June 6", "June 9"))),
    ("Crews repaired the dam on Tuesday, March 4 after the heavy rain.",
     _when("When did crews repair the dam?", "Tuesday", ("Monday", "Tuesday", "Friday", "Sunday"))),
])
def test_one_date_is_still_a_key(text, question):
    assert "two or more dates" not in (answer_key_problem(question, _sentence(text)) or "")


def test_a_projection_keeps_its_source(parsed_of):
    text = ("The Valley Herald projected that Republicans will keep their majority in the Ohio House. "
            "Voters in Ohio chose a new governor on Tuesday.")
    prompts = [p for p in _statements(parsed_of, text) if "majority" in p]
    assert prompts and all("Valley Herald" in p for p in prompts)


def test_the_date_of_an_alleged_act_is_no_key():
    """'Police allege that X paid ... in 2015': one side's claim, asked as 'When did X pay ...?'."""
    text = "Police allege that the builder paid two inspectors $5,000 in 2015."
    question = _when("When did the builder pay two inspectors $5,000?", "2015", ("2013", "2015", "2017", "2019"))
    assert "claim" in (answer_key_problem(question, _sentence(text)) or "")
    fine = "The builder paid two inspectors $5,000 in 2015."
    assert "claim" not in (answer_key_problem(question, _sentence(fine)) or "")
