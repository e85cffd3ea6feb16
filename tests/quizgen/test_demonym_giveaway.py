"""A country's people named in one stem give away the country a blank of another asks for."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _gives_away


def _blank(answer: str) -> Question:
    return Question("b1", "fill_blank", 'The minister said: "_____ and Spain are united in grief."', answer, 7)


def _who_said(prompt: str) -> Question:
    return Question("w1", "who_said", prompt, "Ana Ruiz", 5, choices=("Ana Ruiz", "Ivo Brandt", "Tom Hale"))


@pytest.mark.parametrize("other, gives", [
    ('Who said, "I have telephoned [German] Chancellor Lena Vogt and sent our condolences"?', True),
    ('Who said, "I have telephoned the Italian prime minister and sent our condolences"?', False),
])
def test_a_demonym_in_another_stem_gives_the_country_away(other: str, gives: bool):
    assert _gives_away(_blank("Germany"), [_who_said(other)]) is gives
    assert _gives_away(_who_said(other), [_blank("Germany")]) is gives
