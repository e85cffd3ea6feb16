"""Whole clauses only: fragments, dateline and phone-number blanks, time phrases of another clause or person."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import _gives_away
from quizgen.questions.checks import answer_key_problem


def _sentence(text: str, index: int = 0):
    return list(nlp.parse(text).sents)[index]


def _tf(prompt: str, answer: str = "True") -> Question:
    return Question("q", "true_false", prompt, answer, 0, choices=("True", "False"))


def _blank(prompt: str, answer: str, focus: str = "place") -> Question:
    return Question("q", "fill_blank", prompt, answer, 0, focus=focus)


def _when(prompt: str, answer: str, sid: int = 0) -> Question:
    return Question("q", "when", prompt, answer, sid, choices=(answer, "1970", "1971", "1972"), focus="date")


def test_a_cut_evidence_sentence_is_refused():
    """A sentence the splitter cut at a comma gives only a fragment to ask about."""
    q = Question("q", "multiple_choice", "Which country has stalled the vote?", "Norway", 0,
                 choices=("Norway", "Sweden", "Finland"), focus="country")
    assert "cut off" in answer_key_problem(q, _sentence("However, Norway has stalled the vote,"))


def test_a_statement_trailing_off_after_and_is_refused():
    text = "Ships helped end the siege in Varna two years ago and may return should the talks in Ruse fail."
    q = _tf("Ships helped end the siege in Varna two years ago and should the talks in Ruse fail.")
    assert answer_key_problem(q, _sentence(text)) is not None


def test_a_blank_without_a_verb_is_refused():
    text = "Marchers walked through Lurgan, home of the Loyal Society, the town's biggest club."
    q = _blank("_____'s biggest club.", "Lurgan")
    assert "verb" in answer_key_problem(q, _sentence(text))


def test_a_statement_opening_mid_sentence_is_refused():
    text = "The council said it invited the union to rejoin two weeks ago."
    q = _blank("invited the _____ to rejoin two weeks ago.", "union", focus="org")
    assert "middle" in answer_key_problem(q, _sentence(text))


@pytest.mark.parametrize("text, prompt, answer", [
    ("LIMA, Peru (AP) _ Farmers blocked the main road on Tuesday.",
     "_____, Peru (AP) _ Farmers blocked the main road on Tuesday.", "LIMA"),
    ("The office in Lima is at 12 Plaza Street; (511) 555-0142 is its number.",
     "The office in Lima is at 12 Plaza Street; (511) _____-0142 is its number.", "555"),
])
def test_no_blank_in_a_dateline_or_phone_number(text, prompt, answer):
    assert answer_key_problem(_blank(prompt, answer), _sentence(text)) is not None


def test_no_blank_on_a_model_year():
    text = "Her 1994 Ford Escort was found last week at the airport."
    q = _blank("Her _____ Ford Escort was found last week at the airport.", "1994", focus="date")
    assert "model year" in answer_key_problem(q, _sentence(text))


def test_a_dropped_score_dash_is_refused():
    text = "The board voted 9-4 for the plan on Monday."
    assert "dash" in answer_key_problem(_tf("The board voted 9 4 for the plan on Monday."), _sentence(text))


def test_when_refuses_a_year_of_another_person_in_a_relative_clause():
    """'said Maria Lopez, who left Chile in 1970': 1970 is Maria's, not Pablo Lopez's."""
    text = '"We will not give up," said Maria Lopez, who left Chile in 1970 when she was 5.'
    q = _when("In which year did Pablo Lopez leave Chile?", "1970")
    assert answer_key_problem(q, _sentence(text), time_text="1970") is not None


def test_when_refuses_a_pronoun_among_several_people():
    text = ("Maria Santos met her father Juan Perez in Miami. "
            "He has spoken with the boy twice since he arrived in the United States on April 6.")
    sent = _sentence(text, 1)
    q = Question("q", "when", "On what date did Maria Santos arrive in the United States?", "April 6, 2000", 1,
                 choices=("April 6, 2000", "April 2, 2000"), focus="date")
    assert answer_key_problem(q, sent, time_text="April 6") is not None


def test_when_refuses_a_time_phrase_dating_a_noun():
    """'questioned in connection of the bombing ... last month': the month dates the bombing."""
    text = ("Police expelled two men who were questioned in connection of the bombing of two embassies in Lima "
            "last month, a paper said.")
    q = _when("In which month were two men questioned by police?", "August 1998")
    assert answer_key_problem(q, _sentence(text), time_text="last month") is not None


def test_when_refuses_a_stem_that_keeps_another_time():
    text = "Adams kept his party out pending meetings with Blair 10 days ago and Clinton last week."
    q = Question("q", "multiple_choice", "When did Adams keep his party out pending meetings with Blair 10 days ago?",
                 "last week", 0, choices=("last week", "last month", "yesterday"), focus="when")
    assert "time of its own" in answer_key_problem(q, _sentence(text), time_text="last week")


def test_when_refuses_the_date_a_source_spoke():
    text = "A senior official was quoted by local media on Thursday as saying the plan had failed."
    q = _when("On what date was a senior official quoted by local media?", "August 20, 1998")
    assert answer_key_problem(q, _sentence(text), time_text="Thursday") is not None


def test_when_keeps_a_plain_date_of_its_own_clause():
    text = "Mayor Ana Ruiz opened the Harbour Bridge on Monday."
    q = _when("On what date did Mayor Ana Ruiz open the Harbour Bridge?", "May 4, 2020")
    assert answer_key_problem(q, _sentence(text), time_text="Monday") is None


def test_statement_cut_before_its_defining_clause_is_refused():
    text = "The club has grown since its founding in 1949, a time when few people owned cars."
    q = _tf("The club has grown since its founding in 1949 a time.")
    assert "stops at" in answer_key_problem(q, _sentence(text))


def test_two_questions_on_one_clause_are_one_fact():
    when = Question("a", "when", "On what date did protesters pray for divine help?", "April 16, 2000", 3)
    tf = _tf("Protesters prayed for divine help earlier Sunday.")
    tf = Question("b", "true_false", tf.prompt, "True", 3, choices=("True", "False"))
    other = Question("c", "true_false", "Police closed the road outside the house.", "True", 3,
                     choices=("True", "False"))
    assert _gives_away(tf, [when])
    assert not _gives_away(other, [when])


def test_a_disputed_claim_is_no_key_but_a_plain_report_is():
    q = Question("q", "multiple_choice", "Which country was blocking efforts at closer trade within the union?",
                 "Sweden", 0, choices=("Sweden", "Norway", "Finland"), focus="country")
    claimed = _sentence("Norway has often claimed that Sweden was blocking efforts at closer trade within the union.")
    reported = _sentence("Officials said that Sweden was blocking efforts at closer trade within the union.")
    assert "claim" in answer_key_problem(q, claimed)
    assert answer_key_problem(q, reported) is None


def test_quoted_as_saying_is_a_report_not_a_fact():
    text = ("A senior official was quoted Friday by local media as saying that a rebel group, linked with "
            "the army, planned the attacks.")
    q = _tf("A rebel group planned the attacks.")
    assert answer_key_problem(q, _sentence(text)) is not None
