"""A false statement never moves a bounded figure a step ('at least five killed' is not shown false by
'at least four killed') nor rounds a figure ('$38' for '$38.23' is true as rounded): JUDGING.md rules 3-4."""
from __future__ import annotations

import re

import pytest
from false_versions import false_versions

from quizgen.questions.distractors import clear_of_bound, rounds_answer


PROTESTS = ("Thousands of people joined the protests across the country on Sunday. "
            "At least four people have been killed in violence linked to the protests.")
FIRE = ("Fire crews fought the blaze in Pine Creek for two days. "
        "More than 40 homes were destroyed by the fire in Pine Creek.")
SHARES = ("Harbor Foods sold 90 million shares at $36 each on Thursday. "
          "The new stock closed barely higher than its opening price at $36.40.")
VOTE = ("The commission declared Ana Ruiz the winner on Sunday. "
        "Ruiz won 50.7 percent of the votes cast, the commission said.")


@pytest.mark.parametrize("body, true_as_well", [
    (PROTESTS, r"At least (five|six|seven) people"),     # a step past a bound
    (FIRE, r"More than (4[1-9]|50|60|70) homes"),
    (SHARES, r".*at \$36\.$"),                          # the figure rounded
    (VOTE, r".*\b(50|51) percent"),
])
def test_no_false_version_may_be_true_as_well(context_of, body, true_as_well):
    versions = false_versions(context_of(body))
    assert not any(re.match(true_as_well, p) for p in versions), versions


def test_a_figure_far_past_its_bound_still_makes_a_false_version(context_of):
    assert any(re.match(r"More than (100|200) homes", p) for p in false_versions(context_of(FIRE)))


@pytest.mark.parametrize("option, answer, qualifier, clear", [
    ("five", "four", "at least", False),
    ("45", "40", "more than", False),
    ("250,000", "150,000", "more than", False),
    ("400,000", "150,000", "more than", True),
    ("10 million", "23 million", "up to", True),
    ("20", "23", "up to", False),
    ("2 percent", "5 percent", "less than", False),
    ("20 percent", "5 percent", "less than", False),
    ("nine", "four", "at least", True),
    ("200 percent", "79 percent", "more than", False),
    ("200%", "79%", "more than", False),
    ("200 percent", "90 percent", "", True),
    ("five", "four", "", True),
])
def test_clear_of_bound(option, answer, qualifier, clear):
    assert clear_of_bound(option, answer, qualifier) is clear


@pytest.mark.parametrize("option, answer, rounding", [
    ("38", "38.23", True),
    ("50 percent", "50.7 percent", True),
    ("1.5 billion", "1.52 billion", True),
    ("42.05", "38.23", False),
    ("48.23", "38.23", False),
    ("5", "4", False),
])
def test_rounds_answer(option, answer, rounding):
    assert rounds_answer(option, answer) is rounding


def test_a_name_its_short_form_follows_is_not_swapped(context_of):
    """'shifted to Lehman Brothers, or AIG': the short form left behind gives the false version away."""
    ctx = context_of("Lehman Brothers filed for bankruptcy on Monday. Focus on Wall Street has shifted to "
                     "American International Group, or AIG, the world's largest insurer.")
    assert not any("Lehman Brothers, or AIG" in p for p in false_versions(ctx))
