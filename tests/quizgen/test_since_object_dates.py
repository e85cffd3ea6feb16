"""A date inside a 'since' phrase whose object is a thing ('since that of Captain Morgan in 1954', 'since
the June 3, 2011 riots') dates that thing's happening, so it neither dates the main clause nor keys a
"when" question about it."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _lesson(body: str):
    return build_lesson("Title: A short story\nPublished: 2019-03-14\n\n" + body)


@pytest.mark.parametrize("body, wrong", [
    # 1954 is when Captain Morgan's cave was mapped, not when the new cave held its paintings
    ("Scientists announced a find in Chile on Friday. The first new cave to be mapped in the park since "
     "that of Captain Morgan in 1954 held ancient paintings. The cave is 300 metres long.", "1954"),
    # 2011 dates the riots, not the governor's thanks
    ("The governor thanked state police for their work since the June 3, 2011 riots. Crews cleared the "
     "streets on Sunday night.", "2011"),
])
def test_date_of_a_since_object_does_not_date_the_clause(body, wrong):
    lesson = _lesson(body)
    assert [e.label for e in lesson.events if e.date.isoformat().startswith(wrong)] == []
    assert not any(str(q.answer).startswith(wrong) for q in lesson.questions if q.type == "when")
    assert lesson.events, "the sentence's other happenings keep their dates"


@pytest.mark.parametrize("body, kept", [
    # the last time before the first one keeps its own date ('King Harald abdicated')
    ("The law gives the king three years to become the first monarch to abdicate since King Harald in "
     "1851, experts said.", ("1851-01-01", "King Harald abdicated")),
    # a clause of its own inside the 'since' phrase keeps its date
    ("It is the largest failure since the steelmaker sought refuge from its creditors in 1987. Shares fell "
     "on Monday.", ("1987-01-01", "The steelmaker sought refuge from its creditors")),
])
def test_since_clauses_and_last_times_keep_their_dates(body, kept):
    assert kept in [(e.date.isoformat(), e.label) for e in _lesson(body).events]
