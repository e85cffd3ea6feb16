"""A happening dated without words of its own (the lead placed in the week of publication) is one event with
the same label dated by the article's words (events._one_per_label); two written dates both stay."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.events import _one_per_label


def _event(label: str, date: str, written: str):
    return SimpleNamespace(label=label, time=SimpleNamespace(date=date, text=written))


@pytest.mark.parametrize("events, kept", [
    ([("Otieno won her second world title", "2026-08-10", ""),
      ("Otieno won her second world title", "2026-08-16", "Sunday")], ["2026-08-16"]),
    ([("Otieno won her second world title", "2026-08-16", "Sunday"),
      ("otieno won her second world title", "2026-08-10", "")], ["2026-08-16"]),
    ([("Rates averaged 2 percent", "1991-01-01", "1991"),
      ("Rates averaged 2 percent", "2001-01-01", "2001")], ["1991-01-01", "2001-01-01"]),
    ([("Otieno won her second world title", "2026-08-10", ""),
      ("Silva took silver", "2026-08-16", "Sunday")], ["2026-08-10", "2026-08-16"]),
])
def test_an_unwritten_date_gives_way_to_the_written_one(events, kept):
    assert [c.time.date for c in _one_per_label([_event(*e) for e in events])] == kept
