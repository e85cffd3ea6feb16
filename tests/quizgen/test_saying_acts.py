"""Sound questions a check refused: a verb of saying with a plain noun object ('declared a curfew') names
an act a when-question may date (one that reports what was said, or tells someone, stays a report); a
subject the parser splits at a comma keeps its verb; a dash aside after a date is no range."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem

_REPORTED = "said or reported"


def _sentence(text: str):
    return list(nlp.parse(text).sents)[0]


def _when(prompt: str, answer: str) -> Question:
    return Question("q", "when", prompt, answer, 0, choices=(answer, "Monday", "Tuesday", "Wednesday"), focus="date")


@pytest.mark.parametrize("text, prompt, answer", [
    ("On Friday, Governor Anna Vell declared a curfew in the port city of Harlow.",
     "On which day did Anna Vell declare a curfew?", "Friday"),
    ("The mining firm Orvex announced 400 job cuts at its Tallin plant on Thursday.",
     "On which day did Orvex announce 400 job cuts?", "Thursday"),
])
def test_a_saying_verb_with_a_noun_object_is_an_act(text, prompt, answer):
    """'declared a curfew', 'announced job cuts': the time dates the act itself."""
    problem = answer_key_problem(_when(prompt, answer), _sentence(text), time_text=answer)
    assert problem is None or _REPORTED not in problem


@pytest.mark.parametrize("text, prompt, answer", [
    ("On Friday, Governor Anna Vell declared that the port of Harlow was closed.",
     "On which day did Anna Vell declare that the port of Harlow was closed?", "Friday"),
    ("Anna Vell told reporters on Friday the port of Harlow was closed.",
     "On which day did Anna Vell tell reporters the port of Harlow was closed?", "Friday"),
    ("Anna Vell wrote lawmakers on Friday asking for more money for the port.",
     "On which day did Anna Vell write lawmakers asking for more money for the port?", "Friday"),
    ("On Friday, the mining firm Orvex announced a statement on its website.",
     "On which day did Orvex announce a statement on its website?", "Friday"),
])
def test_what_was_said_or_to_whom_stays_a_report(text, prompt, answer):
    """A clause of what was said, a person told or a bare 'statement': the time dates the saying."""
    problem = answer_key_problem(_when(prompt, answer), _sentence(text), time_text=answer)
    assert problem is not None and _REPORTED in problem


@pytest.mark.parametrize("text", [
    "The Newark, Del. firm posted net of $20 million, or 40 cents a share.",
    "Electricity from dams, solar panels, and wind farms grew 4 percent in 2018.",
])
def test_a_subject_the_parser_splits_at_a_comma_keeps_its_verb(text):
    """A place set off by commas, or a list, is one subject: the statement has its main verb."""
    q = Question("q", "true_false", text, "True", 0, choices=("True", "False"), focus="fact")
    problem = answer_key_problem(q, _sentence(text))
    assert problem is None or "main verb" not in problem


def test_a_dash_aside_after_a_date_is_no_range():
    """'on Sunday - the quietest day of the week -': the dash sets off an aside, not a second date."""
    text = "Firefighters reached the mill on Sunday - the quietest day of the week for the crews - and put out the fire."
    problem = answer_key_problem(_when("On which day did firefighters reach the mill?", "Sunday"), _sentence(text),
                                 time_text="Sunday")
    assert problem is None or "range" not in problem


@pytest.mark.parametrize("text, written", [
    ("The fair ran Sunday - Tuesday in the old market of Harlow.", "Sunday"),
    ("The fair ran Sept. 3 - Oct. 1 in the old market of Harlow.", "Sept. 3"),
])
def test_a_dash_between_two_dates_is_a_range(text, written):
    """'Sunday - Tuesday', 'Sept. 3 - Oct. 1': the date is one end of a span."""
    problem = answer_key_problem(_when("When did the fair run in the old market of Harlow?", written),
                                 _sentence(text), time_text=written)
    assert problem is not None and "range" in problem
