"""A false statement swaps a figure or a date before a name (judged: 34 of 57 figure swaps kept, 32 of
110 name swaps), and a swap the answer-key check rejects gives way to the clause's next one
(questions.true_false.false_twin)."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates, checks, true_false
from quizgen.questions.context import make_context

_MILL = """Title: Harbor town sells its old mill to a baker
Published: 2024-05-10

The town of Portwell sold its old grain mill on Tuesday, ending a long search for a buyer.
Nora Quill bought the old mill from the town for $2.4 million.
Quill plans to open a bakery and a small museum in the building next spring.
Council member Peter Vance said the sale would bring new jobs to the harbor.
Vance had argued for years that the mill should not be torn down.
Local builder Sam Ortiz will restore the roof, which was damaged in a storm in 2019.
"""


def _false_forms(text: str, needle: str) -> list[str]:
    out = []
    for q in candidates(make_context(analyse(parse_article(text)))):
        for s in (q, q.twin):
            if s is not None and s.type == "true_false" and s.answer == "False" and needle in s.prompt:
                out.append(s.prompt)
    return out


def test_a_figure_is_swapped_before_a_name():
    forms = _false_forms(_MILL, "the old mill from")
    assert forms, "the statement on the sale has a false version"
    # the buyer stays; the price changes
    assert all("Nora Quill" in p and "$2.4 million" not in p for p in forms)


def test_a_rejected_swap_gives_way_to_the_next(monkeypatch):
    real, refused = checks.answer_key_problem, []

    def refuses_the_first_price(q, sentence, **kw):
        # the check refuses the first wrong price it sees: the statement keeps a false version all the same
        if q.answer == "False" and "the old mill from" in q.prompt and not refused:
            refused.append(q.prompt)
            return "refused"
        return real(q, sentence, **kw)
    monkeypatch.setattr(checks, "answer_key_problem", refuses_the_first_price)
    forms = _false_forms(_MILL, "the old mill from")
    assert refused and forms and refused[0] not in forms


class _M:
    def __init__(self, k, text="Feb. 24"):
        self.kind, self.text = k, text


@pytest.mark.parametrize("kind, first", [("MONEY", True), ("PERSON", False), ("DATE", True)])
def test_figures_first_order(kind, first):
    ments = [_M("CITY"), _M(kind)]
    assert (true_false._figures_first(ments)[0].kind == kind) is first


def test_a_bare_year_comes_after_other_figures_but_before_names():
    ments = [_M("CITY", "Oslo"), _M("DATE", "2019"), _M("MONEY", "$5 million")]
    assert [m.text for m in true_false._figures_first(ments)] == ["$5 million", "2019", "Oslo"]
