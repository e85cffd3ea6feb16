"""A possessive or object pronoun a learner cannot place (JUDGING.md rule 8), read on a timeline label
or a quiz stem alone: a 'his'/'her' that only a person of the other sex stands before ('Kellyanne
Conway became his campaign manager') is named by the one person of its sex the article means, or left
as it was when that is unsure."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

PUBLISHED = "2016-08-19"


def _labels(parsed_of, text: str) -> list[str]:
    return [e.label for e in parsed_of(text).events]


def test_his_after_a_woman_names_the_man_of_the_sentence_before(parsed_of):
    labels = _labels(parsed_of, "Donald Trump shook up his presidential campaign on Tuesday, his aides said. "
                                "Maria Lopez became his campaign manager on Wednesday, replacing a longtime adviser.")
    assert "Maria Lopez became Donald Trump’s campaign manager" in labels, labels


def test_her_after_a_man_names_the_woman_of_the_sentence_before(parsed_of):
    labels = _labels(parsed_of, "Julia Hart was sworn in as the state's first female premier on Thursday. "
                                "Mr. Tom Baxter was sworn in as her deputy on Thursday, and he thanked the party.")
    assert "Tom Baxter was sworn in as Julia Hart’s deputy" in labels, labels


def test_her_with_two_women_before_stays_as_it_was(parsed_of):
    """Two women may own 'her': neither is guessed, and the label is kept as before."""
    labels = _labels(parsed_of, "Prime Minister Mary Hart met her rival, Anna Cole, on Wednesday. "
                                "Mr. Tom Baxter was sworn in as her deputy on Thursday, and he thanked the party.")
    assert "Tom Baxter was sworn in as her deputy" in labels, labels


def test_his_owned_by_the_labels_own_man_stays(parsed_of):
    """'Obama said his ...': the label's own subject owns it; nothing is put in."""
    labels = _labels(parsed_of, "Maria Lopez met the senator in March. "
                                "On Tuesday, Tom Baxter sold his farm near Dover, and he moved to Leeds.")
    assert "Tom Baxter sold his farm near Dover" in labels, labels


_TEXT = """Title: Cabinet sworn in
Published: 2010-06-24

Julia Hart was sworn in as the state's first female premier on Thursday.
Mr. Tom Baxter was sworn in as her deputy, and he thanked the party.
Prime Minister Mary Hart met her rival, Anna Cole, on Wednesday.
Mr. Sam Reed was named as her adviser, and he spoke to reporters.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _settled(prompt: str, words: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    return [x.prompt for x in settle_references(_ctx(), [q])]


def test_a_statements_her_after_a_man_is_named():
    assert _settled("Mr. Tom Baxter was sworn in as her deputy.", "her deputy") == \
        ["Mr. Tom Baxter was sworn in as Julia Hart’s deputy."]


def test_a_statements_her_with_two_women_before_stays():
    assert _settled("Mr. Sam Reed was named as her adviser.", "her adviser") == \
        ["Mr. Sam Reed was named as her adviser."]
