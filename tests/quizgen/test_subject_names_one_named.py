"""A subject 'he'/'she' is written as the one person the sentence before names, though not as its subject
('The motive of Carl Webb is unknown. He was charged ...'), only when that sentence speaks of nobody else:
another person's noun ('the judge') or a name the tagger left unmarked as its subject leaves the pronoun as
written (issue 12; JUDGING.md rule 8)."""
from __future__ import annotations

import pytest

from subject_ties import ties_in

_TEXT = """Title: Court hears bakery fire case
Published: 2023-05-10

The fire destroyed a bakery in Lindale on Sunday.
The motive of Carl Webb is still unknown.
He was charged with arson on Wednesday.
The judge questioned Tomas Berg about the fire on Thursday.
He said the ovens had been left on.
The cause of the blaze puzzled Marta Lind.
She said Lind had seen smoke at noon.
"""


def _tied() -> dict[str, str]:
    return ties_in(_TEXT)


def test_the_one_person_named_before_is_tied():
    assert _tied().get("He was charged with ") == "Carl Webb"


@pytest.mark.parametrize("opening", [
    "He said the ovens ha",      # the judge may be the one who said it
    "She said Lind had se",      # names the person after the pronoun: 'she' is someone else
])
def test_a_pronoun_with_another_person_about_stays(opening):
    assert opening not in _tied()
