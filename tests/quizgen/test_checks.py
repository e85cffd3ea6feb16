"""The answer-key check: negation, modality, attribution, scope, two right options, scare quotes."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _mc(prompt: str, answer: str, choices: tuple[str, ...], focus: str = "where") -> Question:
    return Question("q", "multiple_choice", prompt, answer, 0, choices=choices, focus=focus)


def _when(answer: str, choices: tuple[str, ...]) -> Question:
    return Question("q", "when", "When did it happen?", answer, 0, choices=choices, focus="when")


def _tf(prompt: str, answer: str = "True") -> Question:
    return Question("q", "true_false", prompt, answer, 0, choices=("True", "False"))


@pytest.mark.parametrize("text, question, time_text, reason", [
    ("Health officials believe the virus originated outside the United States.",
     _mc("Where did the virus originate?", "United States", ("United States", "China", "Brazil")), None, "outside"),
    ("The company did not open a new plant in Ohio last year.",
     _mc("Where did the company open a new plant?", "Ohio", ("Ohio", "Texas", "Utah")), None, "negated"),
    ("The new plant may open in Ohio next spring.",
     _mc("Where will the new plant open?", "Ohio", ("Ohio", "Texas", "Utah")), None, "may"),
    ("The company plans to open a new plant in Ohio.",
     _mc("Where did the company open a new plant?", "Ohio", ("Ohio", "Texas", "Utah")), None, "planned"),
    ("If the talks fail, the union will strike on Monday.",
     _when("Monday", ("Monday", "Tuesday", "Friday")), "Monday", "condition"),
    ("The breach presumably occurred on September 28, investigators said.",
     _when("September 28, 2024", ("September 28, 2024", "September 30, 2024")), "September 28", "hedges"),
    ("The minister denied that the army had entered the city on Tuesday.",
     _when("Tuesday", ("Tuesday", "Monday", "Friday")), "Tuesday", "denied"),
])
def test_negation_modality_condition_and_hedges_kill_the_key(text, question, time_text, reason):
    """A 'not', 'may', 'outside', 'if', 'plans to', 'presumably' or 'denied' over the answer: no question."""
    problem = answer_key_problem(question, _sentence(text), time_text=time_text)
    assert problem and reason in problem


def test_statement_someone_made_is_not_a_fact_without_its_speaker():
    """'Wilkins said Warhol was ...' -> 'Warhol was ...' keyed True is refused; with 'Wilkins said' it stands."""
    sentence = _sentence("Wilkins also said Warhol was both an artist and a businessperson.")
    assert "Wilkins" in answer_key_problem(_tf("Warhol was an artist and a businessperson."), sentence)
    assert answer_key_problem(_tf("Wilkins said Warhol was an artist and a businessperson."), sentence) is None


@pytest.mark.parametrize("text, question, time_text, reason", [
    ("The remains were dug up on Friday and Saturday, police said.",
     _when("Friday", ("Friday", "Saturday", "Monday")), "Friday", "Saturday"),
    ("Surface ozone declined by 25 percent from 1980 to 2012.",
     _when("1980", ("1980", "1995", "2001")), "1980", "range"),
    ("IE6 shipped with Windows XP nearly a decade ago.",
     _when("2001", ("2001", "2005", "1998")), "nearly a decade ago", "approximate"),
    ("Police arrested two men, Tom Hale and Jim Ross, in Leeds.",
     _mc("Who did police arrest in Leeds?", "Tom Hale", ("Tom Hale", "Jim Ross", "Ann Lee"), "who"), None,
     "Jim Ross"),
])
def test_two_right_options_are_refused(text, question, time_text, reason):
    """Another option the sentence also makes true: a list's other day, a range's other end, a vague time."""
    problem = answer_key_problem(question, _sentence(text), time_text=time_text)
    assert problem and reason in problem


@pytest.mark.parametrize("text, prompt, reason", [
    ('The chief said the crash could have been "far worse", as one helicopter landed safely.',
     "Who said, “far worse”?", "scare quote"),
    ('The chief said the crash could have been "far worse", as one helicopter landed on the sandbar safely.',
     "Who said, “as one helicopter landed on the sandbar safely”?", "reporter"),
])
def test_who_said_only_on_real_quotations(text, prompt, reason):
    question = Question("q", "who_said", prompt, "The chief", 0, choices=("The chief", "The mayor", "The pilot"))
    problem = answer_key_problem(question, _sentence(text))
    assert problem and reason in problem


@pytest.mark.parametrize("text, question, time_text", [
    ("Mayor Ana Ruiz opened the Harbour Bridge on Monday.",
     _mc("Who opened the Harbour Bridge on Monday?", "Ana Ruiz", ("Ana Ruiz", "Marta Gil", "Luis Mora"), "who"),
     None),
    ("Mayor Ana Ruiz opened the Harbour Bridge on Monday.",
     _when("Monday", ("Monday", "Tuesday", "Sunday")), "Monday"),
    ("The bridge cost 40 million euros.", _tf("The bridge cost 40 million euros."), None),
    ("“It joins two halves of our city and its people,” Ruiz said.",
     Question("q", "who_said", "Who said, “It joins two halves of our city and its people”?", "Ana Ruiz", 0,
              choices=("Ana Ruiz", "Marta Gil", "Luis Mora")), None),
])
def test_sound_questions_pass(text, question, time_text):
    """A plain fact, a plain date, a plain statement and a real quotation are all kept."""
    assert answer_key_problem(question, _sentence(text), time_text=time_text) is None
