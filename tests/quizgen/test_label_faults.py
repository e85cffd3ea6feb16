"""Faults of a timeline label on its own line (wellformed.label_faults): longer than a headline (judged
bad 50 times in 53 on the unseen sets 1-19), or ending on a verb of saying with nothing of what was
said (24 in 28) (issue 11)."""
from __future__ import annotations

import pytest

from quizgen.wellformed import label_faults


@pytest.mark.parametrize("label, fault", [
    ("The harbour master of the old port town on the coast closed the docks to ferries", "over a headline's length"),
    ("The harbour master told", "saying at the end"),
    ("The harbour master says Ferrybank", "saying at the end"),
])
def test_a_faulty_label_is_flagged(label: str, fault: str) -> None:
    assert fault in label_faults(label)


@pytest.mark.parametrize("label", [
    "The harbour master closed the docks to ferries",
    "The harbour master said the docks would close",
])
def test_a_headline_is_not_flagged(label: str) -> None:
    assert label_faults(label) == []
