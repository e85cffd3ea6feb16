"""Checks written once and shared: a phrase set off by a comma, a person brought in as a spokesperson, and
the text of a date rule's named group."""
from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from quizgen.person_names import introduced_as_spokesperson
from quizgen.syntax import after_comma
from quizgen.timex.candidates import Candidate


def _doc(parse, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(parse("x").vocab, words=words, heads=heads, deps=deps)


def test_a_phrase_right_after_a_comma_is_set_off(parse):
    # 'By noon , the old ferry left .': the subject phrase 'the old ferry' starts after the comma
    doc = _doc(parse, ["By", "noon", ",", "the", "old", "ferry", "left", "."], [6, 0, 6, 5, 5, 6, 6, 6],
               ["prep", "pobj", "punct", "det", "amod", "nsubj", "ROOT", "punct"])
    assert after_comma(doc[5])
    assert not after_comma(doc[0])          # the first word: nothing before it


def test_a_phrase_after_a_word_is_not_set_off(parse):
    doc = _doc(parse, ["The", "old", "ferry", "left", "by", "noon", "."], [2, 2, 3, 3, 3, 4, 3],
               ["det", "amod", "nsubj", "ROOT", "prep", "pobj", "punct"])
    assert not after_comma(doc[2]) and not after_comma(doc[4])


@pytest.mark.parametrize("text, name", [
    ("Lena Marsh, a spokeswoman for the port authority, said the cranes were idle.", "Lena Marsh"),
    ("The plan was confirmed by press secretary Omar Quill on Friday.", "Omar Quill"),
    ("Spokesman Lt. Dario Venn said two boats were searched.", "Dario Venn"),
])
def test_a_person_brought_in_as_a_spokesperson(text, name):
    assert introduced_as_spokesperson(text, name)


def test_a_person_who_only_speaks_is_no_spokesperson():
    assert not introduced_as_spokesperson("Lena Marsh said the cranes were idle, and a spokesman agreed.",
                                          "Lena Marsh")


def test_a_rule_group_reads_as_its_text_or_nothing():
    m = re.match(r"(?P<day>\d+)(?:\s+(?P<month>[A-Z][a-z]+))?", "12")
    c = Candidate("day_month", 0, 2, m)
    assert c.group("day") == "12"
    assert c.group("month") == ""           # a group that matched nothing
    assert c.group("year") == ""            # a group the rule does not have
