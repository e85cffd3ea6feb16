"""A bare 'the board', 'the fire' is written as the one name the article built on it before."""
from __future__ import annotations

import pytest

from quizgen import build_lesson

HEAD = "Title: Local news\nSource: Test\nPublished: 2018-10-31\n\n"


def _labels(body: str) -> list[str]:
    return [e.label for e in build_lesson(HEAD + body).events]


@pytest.mark.parametrize("body, label", [
    ("Firefighters battled the Cedar Creek Fire for a third day. On Sunday, the fire forced the evacuation "
     "of 200 homes.", "The Cedar Creek Fire forced the evacuation of 200 homes"),
    ("The Harlow County Council met in closed session. On Monday, the council approved a new bus depot.",
     "The Harlow County Council approved a new bus depot"),
])
def test_the_one_named_institution_is_named(body: str, label: str) -> None:
    assert label in _labels(body), _labels(body)


def test_two_named_institutions_leave_the_bare_noun() -> None:
    """After the Harlow and the Denby councils, 'the council' may be either: it is not guessed."""
    labels = _labels("The Harlow County Council and the Denby City Council shared the cost. On Monday, "
                     "the council approved a new bus depot.")
    assert not any("Harlow" in x or "Denby" in x for x in labels if "approved" in x), labels
