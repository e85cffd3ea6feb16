"""A definite role holder as a main clause's subject ('The mayor of Porto has spent her life ...')
is someone the article has not named: a 'her'/'she' after it does not mean the queen named before
(teachers marked 'spent nearly Benedict XVI's entire career' a wrong key)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

STRANGER = ("Queen Mara Velde opened the new harbour in Porto on Monday. "
            "The mayor of Porto has spent most of her life in the port. "
            "She was elected in 2015.")
TITLED = ("Mayor Ada Lind opened the new harbour in Porto on Monday. "
          "The mayor of Porto has spent most of her life in the port. "
          "She was elected in 2015.")


@pytest.mark.parametrize("word", ["her", "She"])
def test_a_pronoun_after_an_unnamed_role_holder_is_left_as_written(resolved, word):
    assert resolved(STRANGER, word) is None


@pytest.mark.parametrize("word", ["her", "She"])
def test_a_role_the_article_gave_a_named_person_still_means_them(resolved, word):
    assert resolved(TITLED, word) == "Ada Lind"


def test_the_default_quiz_does_not_give_the_queen_the_mayors_life():
    from quizgen import build_lesson

    lesson = build_lesson(STRANGER).to_dict()
    prompts = " ".join(q["prompt"] for q in lesson["questions"])
    assert "Velde\u2019s life" not in prompts and "Velde's life" not in prompts
