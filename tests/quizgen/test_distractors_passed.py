"""Options that a sentence makes true too: a figure the answer's quantity passed through, a place that is a body's campus."""
from __future__ import annotations

import pytest

from quizgen.questions.distractors import _num_of, near_twin


def _mention(ctx, text, kind=None):
    return next(m for m in ctx.index.mentions if m.text == text and (kind is None or m.kind == kind))


@pytest.mark.slow
def test_a_figure_between_the_answer_and_the_sentences_other_figure_is_no_option(context_of):
    ctx = context_of("Shares of Northwind Foods fell 31% in early trading on Tuesday, with the slide later "
                     "passing 35% before a partial rebound. The company's sales rose 33% last year and "
                     "its costs rose 26%. Profit grew 40% and debt fell 12%.")
    answer = _mention(ctx, "31%")
    dis = ctx.picker.values(answer, 3)
    assert dis, "the answer still gets options"
    # 33% lies between 31% and 35%: the slide passed it, so it is true too
    assert all(not 31 < _num_of(d) < 35 for d in dis)


@pytest.mark.slow
def test_a_figure_outside_the_sentences_span_stays_an_option(context_of):
    ctx = context_of("Shares of Northwind Foods fell 31% on Tuesday. The company's sales rose 33% last year "
                     "and its costs rose 26%. Profit grew 40% and debt fell 12%.")
    dis = ctx.picker.values(_mention(ctx, "31%"), 3)
    assert any(31 < _num_of(d) < 35 for d in dis)      # without a second figure nothing is passed through


@pytest.mark.slow
def test_a_campus_of_a_university_is_neither_asked_nor_offered_as_a_place(context_of):
    ctx = context_of("The gallery at the University of Texas at Austin drew 4,000 visitors in 2019, its curator "
                     "said. A similar show opened in Dallas and another in Houston. Critics in El Paso "
                     "praised both shows.")
    assert ctx.picker.names(_mention(ctx, "Austin"), 3) == []          # 'at which place?' misreads the name
    assert "Austin" not in ctx.picker.names(_mention(ctx, "Dallas"), 3, sentence_id=-1)
    assert "Austin" not in ctx.picker.names(_mention(ctx, "El Paso"), 3, sentence_id=-1)


@pytest.mark.parametrize("option, answer, twin", [
    ("133 million", "132.8 million", True),      # the answer rounded
    ("$17.99 billion", "$18 billion", True),     # the answer is the option rounded
    ("148 million", "132.8 million", False),
    ("25%", "24.6%", True),
    ("30%", "24.6%", False),
])
def test_a_figure_that_is_the_answer_rounded_is_its_near_twin(option, answer, twin):
    assert near_twin(option, answer) is twin


@pytest.mark.slow
def test_number_options_leave_out_the_answer_rounded(context_of):
    ctx = context_of("Trading volume on Friday totaled 132.8 million shares. The average daily volume was "
                     "133 million shares last year, and 148 million shares the year before. In 2019 it was "
                     "157.8 million shares and in 2018 107.8 million shares.")
    dis = ctx.picker.values(_mention(ctx, "132.8 million"), 3)
    assert dis and "133 million" not in dis


@pytest.mark.slow
def test_a_second_measure_of_the_sentence_passes_nothing(context_of):
    ctx = context_of("Profit at Northwind Foods rose 31% in the quarter while its costs rose 35%. The "
                     "company's sales rose 33% last year and its debt rose 26%. Wages grew 40% and rents "
                     "fell 12%.")
    dis = ctx.picker.values(_mention(ctx, "31%"), 3)
    assert "33%" in dis          # the costs' 35% is another measure, not a figure the profit went on to
