"""A teacher can set any precision quizgen gives a date; the stored date is the period's first day."""
import datetime as dt

import pytest

from classroom.authoring import _start_of
from classroom.teacher_forms import PRECISIONS
from quizgen.model import PRECISIONS as ENGINE_PRECISIONS, format_date

D = dt.date


@pytest.mark.parametrize("given, precision, stored", [
    (D(2022, 3, 24), "day", D(2022, 3, 24)),
    (D(2022, 3, 24), "week", D(2022, 3, 21)),          # the Monday of that week
    (D(2022, 3, 24), "month", D(2022, 3, 1)),
    (D(2022, 8, 14), "season", D(2022, 6, 1)),         # summer starts in June
    (D(2023, 1, 20), "season", D(2022, 12, 1)),        # winter starts the December before
    (D(2022, 8, 14), "quarter", D(2022, 7, 1)),
    (D(2022, 8, 14), "half", D(2022, 7, 1)),
    (D(2022, 8, 14), "year", D(2022, 1, 1)),
    (D(1987, 8, 14), "decade", D(1980, 1, 1)),
])
def test_a_period_is_stored_as_its_first_day(given, precision, stored):
    assert _start_of(given, precision) == stored


def test_the_edit_form_offers_every_engine_precision():
    assert [c.value for c in PRECISIONS] == list(ENGINE_PRECISIONS)
    assert format_date(_start_of(D(2022, 8, 14), "season"), "season") == "summer 2022"
