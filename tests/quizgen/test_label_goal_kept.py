"""Timeline labels that keep where an act sends its object ('start loading fuel | into the plant'): a
long label does not give up the goal phrase as if it were an adjunct."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


def test_long_label_keeps_the_goal_of_its_object():
    """'will start loading fuel into Chile's first and only power plant': leaving out 'into ...' would
    end the label cut after 'loading fuel'."""
    labels = _labels("Paris announced on Friday it will start loading fuel into Chile's first and only power "
                     "plant.", "2010-08-13")
    assert labels == ["Paris announced it will start loading fuel into Chile's first and only power plant"], labels
