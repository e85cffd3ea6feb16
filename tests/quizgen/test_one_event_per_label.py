"""A happening worded the same twice on the timeline (the lead dated by its week, the same clause by its
day) is one event with its finest date (events._one_per_label)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.events import _one_per_label


def _event(label: str, date: str, precision: str):
    return SimpleNamespace(label=label, time=SimpleNamespace(date=date, precision=precision))


@pytest.mark.parametrize("events, kept", [
    ([("Otieno won her second world title", "2026-08-10", "week"),
      ("Otieno won her second world title", "2026-08-16", "day")], [("2026-08-16", "day")]),
    ([("Otieno won her second world title", "2026-08-16", "day"),
      ("otieno won her second world title", "2026-08-10", "week")], [("2026-08-16", "day")]),
    ([("Otieno won her second world title", "2026-08-16", "day"),
      ("Silva took silver", "2026-08-16", "day")], [("2026-08-16", "day"), ("2026-08-16", "day")]),
])
def test_one_event_per_label_keeps_the_finest_date(events, kept):
    out = _one_per_label([_event(*e) for e in events])
    assert [(c.time.date, c.time.precision) for c in out] == kept
