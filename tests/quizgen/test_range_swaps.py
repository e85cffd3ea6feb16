"""A false statement never narrows a range the article states: 'each month between January and August'
made '... and June' is still true."""
from __future__ import annotations

import re

import pytest

from quizgen.questions import true_false

pytestmark = pytest.mark.slow

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _month_ends(prompts: list[str]) -> list[tuple[int, int]]:
    out = []
    for p in prompts:
        m = re.search(r"between (\w+) and (\w+)", p)
        if m and m.group(1) in MONTHS and m.group(2) in MONTHS:
            out.append((MONTHS.index(m.group(1)), MONTHS.index(m.group(2))))
    return out


def test_a_false_range_end_lies_outside_the_range(context_of):
    ctx = context_of("Port Dalton recorded its warmest year on record in 2016, the weather service said. "
                     "New records were set for each month between January and August.")
    false = [q.prompt for q in true_false.generate(ctx) if q.answer == "False"]
    ends = _month_ends(false)
    assert ends, false
    # January..August is months 0..7: a false range must reach outside it
    assert all(start < 0 or end > 7 for start, end in ends), false
