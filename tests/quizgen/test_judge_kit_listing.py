"""The judges' timeline listing shows a date as the app does: a span of years ends in its last year."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.append(str(BENCH))          # last, so bench/queue.py does not hide the standard library's
_PATH = list(sys.path)

import judge_kit  # noqa: E402

sys.path[:] = _PATH


def test_a_span_of_years_reads_as_its_years():
    # '2015-01-01 to 2016-01-01, year' alone was read by a judge as a span ending on New Year's Day
    lesson = {"title": "T", "sentences": [{"id": 0, "text": "Ridership grew in 2015/16."}],
              "events": [{"date": "2015-01-01", "date_end": "2016-01-01", "precision": "year", "future": False,
                          "label": "Ridership grew", "time_text": "2015/16", "sentence_id": 0}]}
    listing = judge_kit.timeline_listing(lesson)
    assert '(written: "2015/16") = 2015 to 2016' in listing
