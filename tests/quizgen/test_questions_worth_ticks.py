"""Worth asking (JUDGING.md rule 6): one stock's bare tick in a market report ('Lark Foods slipped 3/4 to
21 1/2') and the body in front of a capitalised title and a person's name ('_____ Deputy Chief Ann Lee')
are asides, kept out of the default quiz; a company's result with its units is still asked."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_MARKET = ["Stocks drifted lower on Tuesday as traders waited for the trade figures.",
           "The broad index fell 2.15 to 310.40, and trading volume was light.",
           "Lark Foods slipped 3/4 to 21 1/2 after a cautious forecast.",
           "Mendel Tools rose 2 to 44.",
           "Lark Foods said quarterly profit fell 12% to $41 million."]
MARKET = ArticleView("Stocks drift lower as traders wait", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_MARKET)])


@pytest.mark.parametrize("kind, prompt, answer, sid, focus", [
    ("true_false", "Lark Foods slipped 3/4 to 21 1/2 after a cautious forecast.", "True", 2, "fact"),
    ("true_false", "Mendel Tools rose 2 to 48.", "False", 3, "fact"),
    ("fill_blank", "The broad index fell about _____, or 2.15, to 310.40.", "0.7%", 1, "number"),
    ("multiple_choice", "Which company rose 2 to 44?", "Mendel Tools", 3, "which organisation"),
])
def test_a_bare_tick_of_a_market_report_stays_out(kind, prompt, answer, sid, focus):
    q = Question("q", kind, prompt, answer, sid, focus=focus,
                 choices=("True", "False") if kind == "true_false" else None if kind == "fill_blank" else
                 (answer, "Lark Foods", "Orr Mills"))
    assert "market table" in (quiz_doubt(q, MARKET) or "")


def test_a_result_with_its_units_is_still_asked():
    q = Question("q", "true_false", "Lark Foods said quarterly profit fell 12% to $41 million.", "True", 4,
                 choices=("True", "False"), focus="fact")
    assert "market table" not in (quiz_doubt(q, MARKET) or "")


def test_a_count_outside_a_market_report_is_still_asked():
    text = ["Two new cases were reported in the valley this week.", "The count of patients rose 3 to 19 on Monday."]
    view = ArticleView("Valley clinic sees more patients", [Sentence(i, t, 0, 0, i) for i, t in enumerate(text)])
    q = Question("q", "true_false", "The count of patients rose 3 to 19 on Monday.", "True", 1,
                 choices=("True", "False"), focus="fact")
    assert "market table" not in (quiz_doubt(q, view) or "")


_CITY = ["Harbour City opened a new ferry terminal on Friday.",
         "Port Authority Deputy Chief Ann Lee said the terminal would double the number of crossings.",
         "Lee said the first ferries would sail next week."]
CITY = ArticleView("Harbour City opens ferry terminal", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_CITY)])


def test_the_body_before_a_capitalised_title_and_a_name_stays_out():
    q = Question("q", "fill_blank", "_____ Deputy Chief Ann Lee said the terminal would double the number of crossings.",
                 "Port Authority", 1, focus="organisation")
    assert "where a source works" in (quiz_doubt(q, CITY) or "")


def test_a_body_that_acts_is_still_asked():
    q = Question("q", "fill_blank", "_____ opened a new ferry terminal on Friday.", "Harbour City", 0,
                 focus="organisation")
    assert "where a source works" not in (quiz_doubt(q, CITY) or "")
