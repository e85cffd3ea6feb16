"""Nothing falls by more than all of it: a false statement or an option never has a fall of more than
100 percent ('shares fell 105 percent' beside 'fell 85 percent' gives the key away; judged rule 5).
And a stem opening 'The company's shares' is given its company's name without a crash."""
from __future__ import annotations

import re

import pytest

import quizgen

pytestmark = pytest.mark.slow

SLIDE = """Title: Energy trader collapses after deal fails
Published: 2001-11-29

Westcott Power, once the nation's largest energy trader, slid toward bankruptcy on Wednesday after rival Norland Energy withdrew its offer to buy the company for $9 billion.

Norland Energy, based in Denver, said Westcott had not told it the full size of its debts.

Westcott shares fell 85 percent to 61 cents in New York trading.

Westcott employs about 21,000 people, most of them in Denver and Houston.
"""

RISE = """Title: Chip maker's profit soars
Published: 2021-07-29

Orbis Semiconductor said on Thursday its quarterly profit rose 85 percent to $2 billion as demand for chips grew.

The company's shares rose 4 percent in early trading in New York.

Orbis expects sales to keep growing through the end of the year, chief executive Mara Lind said.
"""


def _percents(questions: list[dict]) -> list[float]:
    words = [q["prompt"] for q in questions] + [q.get("explanation") or "" for q in questions] + \
        [str(o) for q in questions for o in q.get("choices") or ()]
    return [float(n) for w in words for n in re.findall(r"(\d+(?:\.\d+)?) percent", w)]


def test_a_fall_is_never_swapped_past_100_percent():
    questions = quizgen.build_lesson(SLIDE).to_dict()["questions"]
    percents = _percents(questions)
    assert 85 in percents and len(percents) > 1
    assert all(p <= 100 for p in percents)


def test_the_company_owning_a_stem_s_opening_subject_is_named():
    """'The company's shares rose ...' once crashed the stem's owner ('the company' -> its name)."""
    questions = quizgen.build_lesson(RISE).to_dict()["questions"]
    assert any("Orbis Semiconductor's shares" in q["prompt"] for q in questions)
