"""Number options that could also be right: one within a hedged answer's reach, one the article gives for the same measure."""
from __future__ import annotations

import pytest

from quizgen.questions.distractors import _num_of, within_hedge


def _mention(ctx, text, kind=None):
    return next(m for m in ctx.index.mentions if m.text == text and (kind is None or m.kind == kind))


@pytest.mark.parametrize("option, answer, near", [
    ("95%", "96%", True),          # 'about 96%' may well be 95%
    ("94%", "96%", True),
    ("93%", "96%", False),         # three points off: plainly another share
    ("$3.20", "$3.28", True),      # within 5 per cent of the figure
    ("$3.50", "$3.28", False),
    ("1,950", "2,000", True),
    ("1,800", "2,000", False),
])
def test_an_option_within_a_hedged_answers_reach(option, answer, near):
    assert within_hedge(option, answer) is near


@pytest.mark.slow
def test_a_hedged_share_gets_no_option_within_its_hedge(context_of):
    ctx = context_of("About 81% of the town's voters backed the new library in March, the clerk said. "
                     "In the next county 80% of drivers owned a car and 83% owned a bike. "
                     "Turnout was 62% in the town.")
    answer = _mention(ctx, "81%")
    dis = ctx.picker.values(answer, 3)
    assert dis, "the answer still gets options"
    assert all(abs(_num_of(d) - 81) >= 3 for d in dis)


@pytest.mark.slow
def test_an_unhedged_share_may_take_a_close_option(context_of):
    ctx = context_of("Exactly 81% of the town's voters backed the new library in March, the clerk said. "
                     "In the next county 80% of drivers owned a car and 83% owned a bike. "
                     "Turnout was 62% in the town.")
    dis = ctx.picker.values(_mention(ctx, "81%"), 3)
    assert any(abs(_num_of(d) - 81) < 3 for d in dis)


@pytest.mark.slow
def test_a_figure_given_for_the_same_measure_at_another_time_is_no_option(context_of):
    ctx = context_of("Diesel averaged $4.12 a gallon in the state on Friday, the auto club said. "
                     "A month ago the average price of diesel was $3.87 a gallon. "
                     "A car wash costs $9.50 and a sandwich costs $5.25 at the station.")
    answer = _mention(ctx, "4.12")
    dis = ctx.picker.values(answer, 3)
    assert dis, "the answer still gets options"
    assert "3.87" not in dis


@pytest.mark.slow
def test_a_change_of_another_measure_with_the_same_verb_stays_an_option(context_of):
    ctx = context_of("Car production in the region fell 8.4% from a year ago, a spokesman said. "
                     "In the nine months, the group's net income fell 6.6% to $486 million.")
    dis = ctx.picker.values(_mention(ctx, "8.4%"), 3)
    assert "6.6%" in dis       # production and net income are different measures
