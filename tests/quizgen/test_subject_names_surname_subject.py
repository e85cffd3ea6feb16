"""A subject 'she' after a sentence whose main subject is the person's surname alone, which the tagger
took for a place or company ('Pryce, 31, has long struggled ...'), is written as that person (issue 12;
JUDGING.md rule 8); a surname of someone else there still leaves the pronoun as written."""
from __future__ import annotations

from subject_ties import ties_in

_TEXT = """Title: Singer cancels tour
Published: 2023-05-10

Welsh singer Carys Pryce has cancelled her summer tour of Europe.
The news was announced by her manager, Tom Reilly, on Monday.
Pryce, 31, has long struggled with a throat illness and recently spent time in hospital.
She played her last concert in Cardiff in March.
In Madrid she was booed for leaving the stage after ten minutes.
"""

_OTHER = """Title: Singer cancels tour
Published: 2023-05-10

Welsh singer Carys Pryce has cancelled her summer tour of Europe.
The news was announced by her manager, Tom Reilly, on Monday.
Reilly, 52, has long managed singers and recently spent time in hospital.
She played her last concert in Cardiff in March.
"""


def test_a_surname_main_subject_the_tagger_missed_ties_the_next_pronoun():
    tied = ties_in(_TEXT)
    assert tied.get("She played her last ") == "Carys Pryce"
    assert tied.get("In Madrid she was bo") == "Carys Pryce"


def test_another_persons_surname_as_subject_leaves_the_pronoun():
    assert "She played her last " not in ties_in(_OTHER)
