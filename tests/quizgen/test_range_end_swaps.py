"""A false statement never moves one end of a range of figures the article states ('between $40 and $60'
made '... $70', '200 to 250 homes' made '100 to 250'): a hair-split or an absurd range, never a test."""
from __future__ import annotations

from false_versions import false_versions

PUBLISHED = "1989-10-20"


def test_a_money_range_end_is_not_moved(context_of):
    ctx = context_of("The facility will be marketed toward families, and room rates will be between $40 and "
                     "$60 a night, Harbor Resorts said. It opens in 1991.", PUBLISHED)
    assert not any("between $40 and" in p and "$60" not in p for p in false_versions(ctx))


def test_a_count_range_start_is_not_moved(context_of):
    ctx = context_of("Officials said 200 to 250 homes were destroyed in Marlow County on Monday. "
                     "Crews cleared roads on Tuesday.", PUBLISHED)
    assert not any("to 250 homes" in p and "200 to" not in p for p in false_versions(ctx))


def test_a_change_and_its_level_is_no_range(context_of):
    from quizgen.questions.range_ends import moves_a_range_end
    ctx = context_of("Shares of Brightwell rose 15 pence to 362 pence in London on Friday. Its bonds rose 12 percent "
                     "to $38.50. The council vote was six to one.", PUBLISHED)
    figures = [m for m in ctx.index.mentions if m.kind in ("MONEY", "NUMBER", "PERCENT")]
    assert figures and not any(moves_a_range_end(ctx.doc, m) for m in figures)
