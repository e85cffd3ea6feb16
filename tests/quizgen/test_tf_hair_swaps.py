"""A false statement's figure is plainly false: never a count of 2-10 moved by one ('four cases' made
'five cases') nor a figure moved by under 10 % ('46 percent' made '50 percent'); JUDGING.md rule 5."""
from __future__ import annotations

import re

import pytest
from false_versions import false_versions

from quizgen.questions.true_false import a_hair_off


CASES = ("Health officials in Dunmore reported a small outbreak of stomach illness on Monday. "
         "The clinic in Dunmore has treated four patients since the weekend.")
SHARE = ("Farm researchers in Ohio studied soybean losses for ten years. "
         "Dry weather caused 46 percent of the losses in the study.")


@pytest.mark.parametrize("body, a_hair", [
    (CASES, r".*\b(three|five|3|5) patients"),
    (SHARE, r".*\b(4[2-9]|50) percent"),
])
def test_no_false_figure_a_hair_off(context_of, body, a_hair):
    versions = false_versions(context_of(body))
    assert not any(re.match(a_hair, p) for p in versions), versions


@pytest.mark.parametrize("kind, value, wrong, near", [
    ("NUMBER", "four", "five", True),
    ("NUMBER", "ten", "eleven", True),
    ("PERCENT", "46 percent", "50 percent", True),
    ("NUMBER", "twenty", "nineteen", True),
    ("MONEY", "$17.50", "$22.50", False),
    ("NUMBER", "one", "two", False),             # the double, plainly false
    ("NUMBER", "six million", "seven million", False),
    ("NUMBER", "four", "eight", False),
    ("PERCENT", "55 percent", "65 percent", False),
    ("DATE", "March 9", "March 10", False),      # dates are not figures here
])
def test_a_hair_off(kind, value, wrong, near):
    assert a_hair_off(kind, value, wrong) is near
