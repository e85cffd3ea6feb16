"""Timeline labels that keep where an act sends its object ('to send men | to the moon'): a long label
is fitted by whole phrases beside its subject, and the goal phrase is no adjunct to leave out."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


def test_reduced_passive_keeps_the_goal_of_its_purpose():
    """'the same pad used by the army 40 years ago to send troops to the front': the label does not end
    cut after 'send troops' (the cap cut 'to the front' off)."""
    labels = _labels("The Titan rocket rose Tuesday from the same Texas launch pad used by the army nearly "
                     "40 years ago to send troops to the front.", "2018-02-06")
    assert "The same Texas launch pad was used to send troops to the front" in labels, labels

