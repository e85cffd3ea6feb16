"""Labels keep what completes their verb (an amount, a score, a narrowed adverb) and a forecast's hedge."""
from __future__ import annotations

from quizgen import build_lesson

PUBLISHED = "2021-05-12"


def _events(text: str) -> dict[str, bool]:
    return {e.label: e.future for e in build_lesson(text, published=PUBLISHED).events}


def test_change_keeps_its_amount():
    """'has fallen 4.5% this year': the amount is what happened; the time phrase goes."""
    labels = _events("The city's bond fund has fallen 4.5% this year, its managers said.")
    assert "The city's bond fund has fallen 4.5%" in labels


def test_win_keeps_the_named_loser_and_score():
    """'defeated debutants Malta 3 - 0' never ends at 'defeated debutants'."""
    labels = _events("On Tuesday, Porto defeated debutants Malta 3 – 0.")
    assert "Porto defeated debutants Malta 3 – 0" in labels


def test_narrowed_adverb_stays():
    """'had lost only once': without 'once' the label says the opposite."""
    labels = _events("Before the final on Sunday, the Harbor Hawks had lost only once in the 2020 season.")
    assert "The Harbor Hawks lost only once" in labels


def test_forecast_keeps_its_hedge():
    """'Officials expect the bridge to reopen next month' is a forecast, not 'The bridge will reopen'."""
    labels = _events("Officials expect the ferry link to reopen next month.")
    assert labels == {"The ferry link is expected to reopen": True}
