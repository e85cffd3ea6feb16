"""wellformed: grammatical faults of a printed question or label (agreement, do-support, perfect
tense, glued hyphens, cut abbreviations), and correct texts of the same shapes it leaves alone."""
from __future__ import annotations

import pytest

from quizgen.wellformed import faults, garbled


@pytest.mark.parametrize("text,fault", [
    ("In which month did the town council approved a new budget?", "do with a past form"),
    ("On which day did the storm was declared over?", "do with a past form"),
    ("In which year had the ferry line a fleet of nine boats?", "have without do"),
    ("On what date has the museum 400 paintings?", "have without do"),
    ("In which year has the bakery doubled its output?", "perfect at a date"),
    ("On which day have the miners returned to work?", "perfect at a date"),
    ("The yearly rise-of rents and prices-for will reach 4 percent.", "hyphen-glued phrase"),
    ("How many tickets did the club sell -sales online?", "hyphen-glued phrase"),
    ("How many goals in Nos did Lena score?", "cut at an abbreviation"),
    ("On which day were the small bakery closed by inspectors?", "auxiliary agreement"),
    ("When was the two bridges reopened?", "auxiliary agreement"),
])
def test_grammar_fault(text: str, fault: str) -> None:
    assert fault in faults(text)


@pytest.mark.parametrize("text", [
    "In which month did the town council approve a new budget?",
    "When did the firm that bought the mill sell the land?",
    "When did Harbor shares close at $12 on Friday?",
    "In which year did the crew set up camp on the ridge?",
    "In which year had the ferry line been sold?",
    "How many boats did the ferry line have?",
    "Why has the number of buses on the roads increased?",
    "In which year had the bakery doubled its output?",
    "The pre- and post-war maps were shown on Monday.",
    "The strikers staged a sit-in at the plant on Monday.",
    "How many goals in Game 7 did Lena score?",
    "Sen. Lee voted against the plan on Tuesday.",
    "On which day were the two bridges reopened?",
    "When was the small bakery closed by inspectors?",
    "When were the police called to the school?",
])
def test_grammatical(text: str) -> None:
    assert garbled(text) is None
