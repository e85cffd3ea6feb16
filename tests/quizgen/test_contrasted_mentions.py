"""A bare 'the N' is not named after an earlier mention that sets another thing of its kind beside the
article's own ('the next-largest telescope, the Kelby Dish'): that name is the other thing's (rule 8)."""
from __future__ import annotations

import pytest

from quizgen.fuller import antecedent
from quizgen.nlp import load

_TEXT = ("The Harlow Array in the desert is the largest radio telescope on the continent. "
         "It collects radio waves from an area twice the size of the next-largest telescope, the Kelby Dish in Chile. "
         "Since testing began in 2019, only local teams have studied the telescope's data.")

_NAMED = ("Engineers in Nevada built the radio telescope, the Harlow Array, in 2019. "
          "Since testing began in 2019, only local teams have studied the telescope's data.")


def _last_telescope(text: str):
    doc = load()(text)
    return [t for t in doc if t.lower_ == "telescope"][-1]


def test_a_contrasted_mention_does_not_name_the_bare_noun():
    assert antecedent(_last_telescope(_TEXT)) is None


@pytest.mark.parametrize("word", ["other", "second-biggest"])
def test_other_contrasts_do_not_name_it_either(word):
    text = _TEXT.replace("next-largest", word)
    assert "Kelby" not in (antecedent(_last_telescope(text)) or "")


def test_a_plain_apposed_mention_still_names_it():
    assert antecedent(_last_telescope(_NAMED)) == "the telescope the Harlow Array"
