"""Dated events: one per happening the article reports, with a short headline label."""
from __future__ import annotations

from .model import Event


def extract_events(parsed) -> list[Event]:
    """Events from sentences that report something happening at a resolved time, sorted by date."""
    return []
