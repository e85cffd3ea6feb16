"""The completeness check: a stem, statement or label keeps its verb's object and complement, a
question re-parses as one clause, and 'today' on a present state is no time to ask about."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.completeness import deictic_present, malformed, missing_part
from quizgen.label_choice import label_fault
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


@pytest.mark.parametrize("source, text, answer", [
    # a when-stem that lost the verb's object
    ("Yesterday, the mayor chaired the council in the old hall.", "When did the mayor chair?", "yesterday"),
    # a label cut before what the verb started
    ("On Monday, thousands of farmers started receiving the new grants.", "Thousands of farmers started", ""),
    # a label that lost the object
    ("Last spring, most of the valley experienced heavy flooding.", "Most of the valley experienced", ""),
    # a naming verb without what it called its object
    ("In 2019, the senator labeled the treaty “a disaster” because it set no targets.",
     "The senator labeled the treaty", ""),
    # a relative clause without 'that' whose object is the noun before it
    ("This, she says, is part of the reason for the heavy flooding much of the valley suffered this spring.",
     "Much of the valley suffered", ""),
    # a verb spending time without where it went
    ("In the late 1990s, the judge spent about six years in the attorney general's office.",
     "The judge spent about six years", ""),
    # an aside between dashes printed without the word it follows
    ("The coach praised his players on the bus, where the captain had made the three wins at home – along "
     "with the cup final in the north – a point of pride.",
     "The coach praised his players on the bus along with the cup final in the north.", ""),
])
def test_missing_part_found(source: str, text: str, answer: str) -> None:
    assert missing_part(_sentence(source), text, answer) is not None


@pytest.mark.parametrize("source, text, answer", [
    ("Yesterday, the mayor chaired the council in the old hall.", "When did the mayor chair the council?", ""),
    ("In the late 1990s, the judge spent about six years in the attorney general's office.",
     "The judge spent about six years in the attorney general's office", ""),
    # a relative on a time noun: the noun is no object
    ("He recalled the day he arrived in Paris.", "He arrived in Paris", ""),
    # the object is what the question asks for
    ("The company bought the old mill in 2010.", "What did the company buy in 2010?", "the old mill"),
    # a relative pronoun moves: 'the mill that the city sold' -> 'The city sold the mill'
    ("The company bought the mill that the city sold last year.", "The city sold the mill", ""),
    # a clock time the parser reads as an object is an adjunct
    ("He left the room at 9:45 a.m. local time.", "He left the room", ""),
    # one of two objects is enough
    ("The archive suffered a data breach of 31 million passwords, as well as a wave of attacks.",
     "The archive suffered a data breach", ""),
    # an indirect object is optional
    ("The bank agreed on Tuesday to lend up to $85 million to the builder.",
     "The bank agreed to lend up to $85 million", ""),
    # the dash of a score is no aside
    ("Yesterday, Spain beat Peru 1 – 0; Chile beat newcomers Fiji 3 – 0; and Peru lost 1 – 2 to Italy.",
     "Chile beat newcomers Fiji 3 – 0", ""),
])
def test_complete_text_kept(source: str, text: str, answer: str) -> None:
    assert missing_part(_sentence(source), text, answer) is None


@pytest.mark.parametrize("text, bad", [
    ("Why does any driver in the city regularly, faces a long wait?", True),
    ("When did the council approved the plan?", True),
    ("When did the council approve the plan?", False),
    ("When did the crew set the balloon loose?", False),        # 'set' is its own base form
    ("When did the men found the club?", False),                # 'found' is a verb of its own
])
def test_malformed_question(text: str, bad: bool) -> None:
    assert (malformed(text) is not None) is bad


@pytest.mark.parametrize("source, time, deictic", [
    ("That all sounds a little silly today.", "today", True),
    ("The coach leads the team these days.", "these days", True),
    ("The coach resigned today.", "today", False),                 # a happening dated today
    ("Today's vote is a blow to the union.", "Today", False),      # 'today' dates a noun
    ("The coach resigned on Monday.", "Monday", False),
])
def test_deictic_present(source: str, time: str, deictic: bool) -> None:
    sent = _sentence(source)
    words = time.split()
    toks = [t for t in sent if t.text in words]
    verb = next(t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT")
    assert deictic_present(verb, toks) is deictic


def test_when_question_on_today_refused() -> None:
    sent = _sentence("The old lighthouse still guides the ships today.")
    q = Question("q", "multiple_choice", "When does the old lighthouse guide the ships?", "today", 0,
                 choices=("today", "yesterday", "last week"), focus="when")
    assert answer_key_problem(q, sent, time_text="today") is not None


def test_stem_without_object_refused() -> None:
    sent = _sentence("On Friday, the mayor chaired the council in the old hall.")
    q = Question("q", "multiple_choice", "When did the mayor chair?", "Friday", 0,
                 choices=("Friday", "Monday", "Sunday"), focus="when")
    assert answer_key_problem(q, sent, time_text="Friday") is not None


@pytest.mark.parametrize("sentence, label, fault", [
    ("On Monday, thousands of farmers started receiving the new grants.", "Thousands of farmers started",
     "a cut complement"),
    ("Last spring, most of the valley experienced heavy flooding.", "Most of the valley experienced",
     "a cut complement"),
    ("Last spring, most of the valley experienced heavy flooding.", "Most of the valley experienced heavy flooding",
     None),
])
def test_label_cut_complement(sentence: str, label: str, fault: str | None) -> None:
    assert label_fault(label, nlp.parse(sentence)[:]) == fault

