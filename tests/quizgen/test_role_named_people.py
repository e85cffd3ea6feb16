"""A name right after a person's role ('Hungarian astronaut Bertalan Farkas') is a person's, even when
the tagger reads it as an organisation: teachers rejected 'Which organization is leaving for the
United States?' keyed with the astronaut's name (rule 5)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.index import _named_like_person

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ("The crew was led by astronaut Imre Valtor of the air force.", "Imre Valtor"),
    ("The letter was signed by governor Tamas Ledo on Friday.", "Tamas Ledo"),
    ("The talks were opened by ambassador Kalman Feher in May.", "Kalman Feher"),
])
def test_a_name_after_a_lowercase_role_is_a_persons(text, name):
    doc = nlp.parse(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    ent = doc[start:start + len(name.split())]
    assert _named_like_person(ent, name)
