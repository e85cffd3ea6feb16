"""A comment set off by one dash at the end of a sentence ('Five pilots perished -- a terrible loss
for the country') is no part of what a question asks: the stem ends before it, and a stem without it
is complete."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.completeness import missing_part
from quizgen.questions.marks import tidy_marks


@pytest.mark.parametrize("prompt, expected", [
    ("How many pilots perished -- a terrible loss for a country already hurt by war?",
     "How many pilots perished?"),
    ("How many boats sank in the harbour \u2014 the worst storm in a decade?",
     "How many boats sank in the harbour?"),
    # a pair of dashes around a phrase inside the stem stays
    ("How many boats -- the old ones -- sank in the harbour?",
     "How many boats -- the old ones -- sank in the harbour?"),
    # not a noun phrase after the dash
    ("How many boats sank -- and why did the harbour stay open?",
     "How many boats sank -- and why did the harbour stay open?"),
])
def test_a_closing_dash_aside_leaves_the_stem(prompt, expected):
    assert tidy_marks(prompt) == expected


@pytest.mark.parametrize("source, text", [
    ("Five pilots perished -- a terrible loss for a country already hurt by a long war.",
     "How many pilots perished?"),
    ("Seven miners died \u2014 the worst accident in the valley in forty years.", "How many miners died?"),
])
def test_a_stem_without_the_dash_aside_is_complete(source, text):
    assert missing_part(next(iter(nlp.parse(source).sents)), text) is None
