"""A hyphenated name ('Lee Sun-hee') is split by the tokenizer into 'Sun', '-', 'hee': those words are
the person's own, not another person's name standing before the pronoun, so her 'she' is written as
her name (issue 12; JUDGING.md rule 8)."""
from __future__ import annotations

from subject_ties import ties_in

_TEXT = """Title: Mayor opens new bridge
Published: 2021-04-12

The new river bridge in the port city opened to traffic on Monday after three years of work.
City mayor Lee Sun-hee cut the ribbon when she arrived at the bridge with the building crews.
Thousands of residents walked across it in the afternoon.
"""


def test_a_hyphenated_name_ties_her_pronoun():
    assert ties_in(_TEXT).get("City mayor Lee Sun-h") == "Lee Sun-hee"
