"""Answer keys the text backs alone (issue 12): a range the tagger cut after its near end ('between
miles 7' of 'between miles 7 and 8') is no answer and no swap, as a blank of it splits the range."""
from __future__ import annotations

import pytest

from quizgen.index import build_index

pytestmark = pytest.mark.slow

RACE = ("The annual harbor marathon drew 4,000 runners on Sunday, organisers said.\n\n"
        "The leader stumbled between miles 7 and 8 of the course, the race director said.\n\n"
        "Tickets for the closing dinner will cost between $35 a head and $55 a head, the club said.")


def test_the_near_end_of_a_cut_range_is_no_mention(parsed_of) -> None:
    texts = [m.text.lower() for m in build_index(parsed_of(RACE)).mentions]
    assert not [t for t in texts if t.startswith("between")], texts


def test_no_blank_splits_a_range() -> None:
    from quizgen import build_lesson
    lesson = build_lesson(f"Title: Race day\nPublished: 2013-05-12\n\n{RACE}\n")
    made = list(lesson.questions) + [q.twin for q in lesson.questions if q.twin is not None]
    for q in made:
        assert not str(q.answer).lower().startswith("between"), (q.prompt, q.answer)
        assert "_____ and" not in q.prompt, q.prompt
