"""The result of the temporal tagger: one TIMEX3 expression with its offsets, type and value."""
from __future__ import annotations

from dataclasses import asdict, dataclass

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    """A temporal expression: `text[start:end]`, its TIMEX3 type and value ('2013-03-22', 'P3D', 'PRESENT_REF')."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""

    def to_dict(self) -> dict:
        return asdict(self)
