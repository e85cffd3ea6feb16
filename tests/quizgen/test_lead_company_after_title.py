"""Far from any name, 'the company' is the one the story's first sentence names and names most; a body
that repeats its title (set aside, blanked) still has that first sentence (JUDGING.md rule 8, issue 12)."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.referents import the_company_named

_BODY = """Harlow Mills Inc. plans a new line of wool coats for the winter.
Harlow Mills executives showed the coats at a fair in the town last week.
The coats use a new kind of yarn.
The yarn is spun from recycled bottles.
Buyers from shops across the region tried them on.
The company will open a second factory next year.
"""

_WITH_TITLE_LINE = """Title: Mill shows off new coats
Published: 2021-03-04

Mill shows off new coats
""" + _BODY

_WITHOUT = """Title: Mill shows off new coats
Published: 2021-03-04

""" + _BODY


@pytest.mark.parametrize("text", [_WITH_TITLE_LINE, _WITHOUT])
def test_the_company_far_from_names_is_the_lead_company(text):
    doc = analyse(parse_article(text)).doc
    company = next(t for t in doc if t.lower_ == "company")
    assert the_company_named(company) == "Harlow Mills"
