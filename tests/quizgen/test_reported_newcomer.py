"""A reported 'he' after an unnamed person came in ('a man walked in ... Reed said he sat') is left unnamed."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SHOP = ("A man walked into a bakery in Halden and asked for water, owner Lars Dahl said. "
        "Dahl said he sat in the back room on Tuesday. Dahl said he then broke a window.")
NO_NEWCOMER = ("Lars Dahl opened a bakery in Halden last year. "
               "Dahl said he sat in the back room on Tuesday.")
WOMAN = ("A woman walked into a bakery in Halden and asked for water, owner Lars Dahl said. "
         "Dahl said he called a doctor on Tuesday.")


@pytest.mark.parametrize("body, n", [(SHOP, 0), (SHOP, 1)])
def test_reported_he_after_an_unnamed_man_is_not_the_speaker(resolved, body, n):
    assert resolved(body, "he", n) is None


@pytest.mark.parametrize("body", [NO_NEWCOMER, WOMAN])
def test_reported_he_is_the_speaker_when_nobody_else_may_be_meant(resolved, body):
    assert resolved(body, "he") == "Lars Dahl"
