"""A 'she' whose clause hangs from a verb whose subject is owned by the person ('Pryce's voice failed
when she ...') is that person, even when the tagger took the surname for a company (issue 12); an owned
person ('Pryce's manager said she ...') may be the one meant, so that 'she' stays as written."""
from __future__ import annotations

from subject_ties import ties_in

_THING = """Title: Singer cancels tour
Published: 2023-05-10

Welsh singer Carys Pryce has cancelled her summer tour of Europe.
Her manager, Tom Reilly, said on Monday that he was sorry.
Pryce's voice was first noticed when she was 14 and sang at a school concert in Cardiff.
"""

_PERSON = """Title: Singer cancels tour
Published: 2023-05-10

Welsh singer Carys Pryce has cancelled her summer tour of Europe.
Her manager, Tom Reilly, said on Monday that he was sorry.
Pryce's manager said she was sorry to let the fans down in Cardiff.
"""


def test_the_owner_of_the_subject_ties_the_pronoun():
    assert ties_in(_THING).get("Pryce's voice was fi") == "Carys Pryce"


def test_an_owned_person_leaves_the_pronoun():
    assert "Pryce's manager said" not in ties_in(_PERSON)
