"""A one-word organisation name is left out of the article index (too often a ship, a product or a
nickname), unless it opens a longer organisation name the same article gives: 'Norvale' after
'Norvale Corp.' is the company's short name, a mention a statement can be anchored by (issue 12)."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.pipeline import analyse

_TEXT = """Title: Norvale Corp. cuts jobs
Published: 2024-03-08

Norvale Corp., the maker of farm machines, said on Monday it would close two of its five plants in Ohio.
The company employs about 3,000 people.
Norvale won a contract from the state of Texas last year.
Norvale bought the trucking unit from Hollis Freight Inc. in March.
Shares of Norvale fell 4% on the news.
"""


@functools.lru_cache(maxsize=1)
def _index():
    return analyse(parse_article(_TEXT)).index


def test_a_lone_word_opening_a_longer_body_name_is_that_body():
    found = [m for ms in _index().by_sentence.values() for m in ms if m.text == "Norvale"]
    assert found, "the short name is a mention where the tagger calls it an organisation"
    assert all(m.kind == "ORG" and m.full == "Norvale Corp." for m in found)


def test_a_lone_word_with_no_longer_name_stays_out():
    parsed = analyse(parse_article("""Title: Ferry
Published: 2024-03-08

Harbourline carried 40 cars across the bay on Monday, the port said.
The port said Harbourline would sail again on Friday.
"""))
    assert not any(m.text == "Harbourline" for m in parsed.index.mentions)
