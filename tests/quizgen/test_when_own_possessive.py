"""Issue 12: a when-question on a dated main happening whose label says 'his' of its named subject or
ends a name in 'I'; a verb sharing a passive 'was' is never asked as active."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.nlp import parse
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.timeline import label_question


@pytest.mark.parametrize("label, expected", [
    ("Ana Ruiz sold her family farm", "On what date did Ana Ruiz sell her family farm?"),
    ("Marco Bell crowned his successor King Otto I", "On what date did Marco Bell crown his successor King Otto I?"),
    ("Queen Ida I opened the bridge", "On what date did Queen Ida I open the bridge?"),
    # a pronoun of another sentence, a possessive of an unnamed subject, 'I' as the speaker: no question
    ("He sold his family farm", None),
    ("The council sold her family farm", None),
    ("Police arrested his brother", None),
    ("Then I sold the farm", None),
])
def test_label_question_reads_a_possessive_of_its_own_subject(label, expected):
    assert label_question(label, "day") == expected


def _asked(qtype: str, prompt: str, answer: str) -> Question:
    choices = ("True", "False") if qtype == "true_false" else (answer, "1950", "1960", "1970")
    return Question("q", qtype, prompt, answer, 0, choices=choices, focus="when")


_SENTENCE = "Ana Ruiz was trained as a nurse in 1958 and made a matron in 1966."


@pytest.mark.parametrize("qtype, prompt, answer, refused", [
    ("multiple_choice", "When did Ana Ruiz make a matron?", "1966", True),
    ("true_false", "Ana Ruiz made a matron in 1966.", "True", True),
    ("when", "In which year was Ana Ruiz made a matron?", "1966", False),
    ("true_false", "Ana Ruiz was made a matron in 1966.", "True", False),
])
def test_a_verb_sharing_a_passive_is_not_asked_as_active(qtype, prompt, answer, refused):
    span = parse(_SENTENCE)[:]
    problem = answer_key_problem(_asked(qtype, prompt, answer), span)
    assert (problem is not None and "passive" in problem) is refused


@pytest.mark.parametrize("prompt, refused", [
    ("The new engines have been designed.", True),
    ("The new engines have been designed and built in Turin.", False),
    ("The new engines have been built in Turin.", False),
])
def test_a_statement_keeps_what_joined_verbs_share(prompt, refused):
    """'designed and built in Turin': 'designed' alone says nothing the sentence tells."""
    span = parse("The new engines have been designed and built in Turin.")[:]
    q = Question("q", "true_false", prompt, "True", 0, choices=("True", "False"), focus="fact")
    problem = answer_key_problem(q, span)
    assert (problem is not None and "shares" in problem) is refused
