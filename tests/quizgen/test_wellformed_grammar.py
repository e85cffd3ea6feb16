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
    ("According to Mary Lund, Seven of the pupils were sent home.", "capital after attribution"),
    ("According to Mary Lund, Several pupils were sent home.", "capital after attribution"),
    ("According to Tom Reyes, Reyes has called the ferry line a scam.", "attribution repeated"),
    ("According to Tom Reyes, Reyes's firm will close the mill.", "attribution repeated"),
    ("The pilots stopped the engines Three minutes before takeoff.", "capital number word"),
    ("Another Four workers were hurt at the mill.", "capital number word"),
    ("Harbury, May 4, HNA - The mayor opened a new bridge on Friday.", "dateline or label lead"),
    ("Ward 3: Ann Cole won Ward 3 with 61 percent of the vote.", "dateline or label lead"),
    ("How many 4,500 tonnes of grain is the ship carrying to the port?", "how many with a figure"),
    ("On what date did the mayor say at a meeting?", "saying without its content"),
    ("When did the club announce at a press conference?", "saying without its content"),
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
    "According to Mary Lund, seven of the pupils were sent home.",
    "According to Mary Lund, Harbury Council will close the school.",
    "According to the Harbury Council, Harbury will get a new bridge.",
    "According to Tom Reyes, the ferry line is a scam.",
    "The Big Four banks cut their rates on Monday.",
    "Three people were hurt at a Six Flags park.",
    "The mayor said: The bridge will open in May.",
    "How many tonnes of grain is the ship carrying to the port?",
    "How much did the ship's 4,500 tonnes of grain cost?",
    "On what date did the mayor announce the new budget?",
    "When did the mayor say the bridge would reopen?",
    "When did the club announce its new coach at a press conference?",
])
def test_grammatical(text: str) -> None:
    assert garbled(text) is None
