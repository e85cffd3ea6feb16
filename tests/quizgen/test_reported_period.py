"""A quarter or half named in what a report or a forecast gives ('reported fourth-quarter earnings',
'had forecast 40 cents a share for the quarter') is the period the figures cover, not the day of the
report or forecast; a result told with its own verb ('revenue rose in the quarter') keeps the quarter."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list:
    return analyse(parse_article(f"Title: Brindle Foods shares climb\nPublished: 2022-05-13\n\n{text}")).events


TEXT = ("Shares of Brindle Foods climbed 9 percent on Friday. The snack maker reported stronger first-quarter "
        "earnings. Analysts had forecast 40 cents a share for the quarter. Sales of crackers rose 14 percent in "
        "the first quarter, the company said.")


def test_report_or_forecast_is_not_dated_to_the_period_it_covers() -> None:
    quarterly = [e for e in _events(TEXT) if e.precision == "quarter"]
    labels = [e.label for e in quarterly]
    assert not any("reported" in x or "forecast" in x for x in labels), labels


def test_result_keeps_its_quarter() -> None:
    quarterly = [e for e in _events(TEXT) if e.precision == "quarter"]
    assert any("rose" in e.label for e in quarterly), [(e.label, e.precision) for e in _events(TEXT)]
