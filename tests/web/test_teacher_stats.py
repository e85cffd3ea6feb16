"""Item statistics as Moodle computes them: facility, discrimination (item vs rest of test), flags."""
from __future__ import annotations

import math

import pytest

from classroom.itemstats import AttemptMarks, correlation, first_attempts, flags, item_statistics


def marks(*rows: dict[int, float]) -> list[AttemptMarks]:
    return [AttemptMarks(i, row) for i, row in enumerate(rows)]


def test_facility_is_the_share_of_right_answers():
    """Facility index = mean mark on the question."""
    stats = item_statistics(marks({1: 1, 2: 0}, {1: 1, 2: 0}, {1: 0, 2: 0}, {1: 1, 2: 1}))
    assert stats[1].facility == pytest.approx(0.75)
    assert stats[2].facility == pytest.approx(0.25)
    assert stats[1].attempts == 4


def test_discrimination_correlates_the_item_with_the_rest_of_the_test():
    """Discrimination index = r(item mark, total minus the item), worked by hand."""
    stats = item_statistics(marks({1: 1, 2: 1, 3: 1}, {1: 1, 2: 0, 3: 1}, {1: 0, 2: 1, 3: 0}, {1: 0, 2: 0, 3: 0}))
    assert stats[1].discrimination == pytest.approx(1 / math.sqrt(2))    # rest = 2, 1, 1, 0
    assert stats[2].discrimination == pytest.approx(0.0)                # rest = 2, 2, 0, 0
    assert not stats[1].flags and not stats[2].flags         # 4 answers: too few to flag anything
    doubled = item_statistics(marks(*(m.marks for m in marks({1: 1, 2: 1, 3: 1}, {1: 1, 2: 0, 3: 1},
                                                             {1: 0, 2: 1, 3: 0}, {1: 0, 2: 0, 3: 0}) * 2)))
    assert "low discrimination" in doubled[2].flags and not doubled[1].flags


def test_discrimination_is_undefined_without_variation():
    """Everyone right (or one attempt) gives no discrimination, not a division by zero."""
    stats = item_statistics(marks({1: 1, 2: 1}, {1: 1, 2: 0}))
    assert stats[1].discrimination is None
    assert stats[1].flags == [] and stats[1].note == "too few answers to judge (2 of the 5 needed)"
    assert correlation([1.0], [2.0]) is None


def test_questions_are_flagged_only_with_enough_answers():
    """One student's answer makes facility 0 or 1: no flag until 5 have answered, and the page says so."""
    one = item_statistics(marks({1: 1, 2: 0}))
    assert one[1].flags == [] and one[2].flags == [] and not one[1].enough_answers
    assert "too few answers" in one[2].note
    five = item_statistics(marks(*[{1: 1, 2: 0}] * 5))
    assert five[1].flags == ["very easy"] and five[2].flags == ["very hard"]
    assert five[1].enough_answers and five[1].note == "very easy"


def test_questions_asked_only_in_some_attempts_use_those_attempts():
    """A question added after some students finished is computed on the attempts that asked it."""
    stats = item_statistics(marks({1: 1}, {1: 0, 9: 1}, {1: 1, 9: 0}))
    assert stats[9].attempts == 2 and stats[9].facility == pytest.approx(0.5)


@pytest.mark.parametrize("facility, discrimination, expected", [
    (0.95, 0.5, ["very easy"]),
    (0.9, 0.5, []),
    (0.1, 0.5, ["very hard"]),
    (0.2, 0.2, []),
    (0.5, 0.19, ["low discrimination"]),
    (0.5, None, []),
    (0.05, -0.3, ["very hard", "low discrimination"]),
])
def test_flags(facility, discrimination, expected):
    """Flag facility above 0.9 or below 0.2, and discrimination below 0.2."""
    assert flags(facility, discrimination) == expected


def test_first_attempts_keeps_each_learners_first():
    """Moodle's 'first attempt' option: later tries by the same learner are ignored."""
    assert first_attempts([(1, "a"), (2, "b"), (1, "c"), (3, "d"), (2, "e")]) == ["a", "b", "d"]
