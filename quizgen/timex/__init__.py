"""The temporal tagger: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values, from plain English text."""
from __future__ import annotations

from .model import Timex
from .tagger import find_times
from .timeml import to_timeml

__all__ = ["Timex", "find_times", "to_timeml"]
