"""Anchors of relative and yearless dates: a lapse of several years back is a time the story goes back
to and a later lapse counts from; 'put' moves a date only as 'put off'."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse

_HEAD = "Title: Italy win the final\nSource: Test Wire (http://example.com/t)\nPublished: 2006-07-10\n\n"


@pytest.mark.parametrize("before, sentence, text, expected", [
    ("The final was played in the rebuilt 1936 stadium.",
     "Eight years ago he scored two goals in the final, and two years later he won the European title.",
     "two years later", "2000"),
    ("The club was founded in 1950.",
     "Ten years ago the club won its first cup, and three years later it won the league.",
     "three years later", "1999"),
])
def test_a_later_lapse_counts_from_the_years_ago_before_it(before: str, sentence: str, text: str, expected: str):
    parsed = analyse(parse_article(_HEAD + before + "\n\n" + sentence + "\n"))
    found = [t for t in parsed.times if t.text == text]
    assert found and found[0].date.isoformat().startswith(expected), [(t.text, t.date) for t in parsed.times]


@pytest.mark.parametrize("sentence, expected", [
    ("But the November 7 elections put Garcia and her party in control of the assembly for the first time in 12 years.",
     "2006-11-07"),
    ("The council put off the vote until November 7 to hear more residents.", "2007-11-07"),
])
def test_put_moves_a_date_only_with_its_particle(sentence: str, expected: str):
    head = _HEAD.replace("2006-07-10", "2007-01-04")
    parsed = analyse(parse_article(head + "Ana Garcia became speaker of the assembly on Thursday.\n\n" + sentence + "\n"))
    found = [t for t in parsed.times if t.text == "November 7"]
    assert found and found[0].date.isoformat() == expected, [(t.text, t.date) for t in parsed.times]
