"""A stem's bare 'the judge', 'the secretary's' is written as the one person the article gave that
title ('U.S. District Judge Ann Roe', 'Tom Baxter, the coach,'), never a guess between two (JUDGING.md
rule 8)."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references, unplaced_description
from quizgen.questions.stated import _cut_phrase_start, _pronoun_guess

_TEXT = """Title: Farmers sentenced for cattle fraud
Published: 2021-03-04

A federal court in Ohio convicted two farmers of fraud on Monday.
U.S. District Judge Ann Roe heard the case in Columbus.
Agriculture Secretary Mark Fenwick visited the farms in April.
The club's new manager is Tom Baxter, the coach of the school team.
The judge scheduled sentencing for June 12, but allowed both men to remain free until then.
The secretary told reporters that the case involved 40 cows.
The coach's team won 12 games last year.
Inspector Lee Park and Inspector Dan Moss found the cattle in May.
The inspector wrote 30 reports.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _settled(kind: str, prompt: str, answer: str, words: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if words in s.text)
    q = Question("q", kind, prompt, answer, sid, choices=None if kind == "fill_blank" else (answer, "7", "90"))
    return [x.prompt for x in settle_references(_ctx(), [q])]


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("fill_blank", "The judge scheduled sentencing for _____, but allowed both men to remain free until then.",
     "June 12", "scheduled sentencing",
     "Judge Ann Roe scheduled sentencing for _____, but allowed both men to remain free until then."),
    ("multiple_choice", "How many cows did the secretary tell reporters the case involved?", "40",
     "told reporters", "How many cows did Secretary Mark Fenwick tell reporters the case involved?"),
    ("fill_blank", "The coach's team won _____ games last year.", "12", "games last year",
     "Tom Baxter's team won _____ games in 2020."),       # 'last year' dated too
])
def test_the_one_titled_person_is_written_in(kind, prompt, answer, words, expected):
    assert _settled(kind, prompt, answer, words) == [expected]


@pytest.mark.parametrize("kind, prompt, answer, words", [
    # the name is the answer: writing it in would give it away
    ("multiple_choice", "Who did the secretary tell reporters about?", "Mark Fenwick", "told reporters"),
    # two inspectors named: which one, the article does not settle
    ("fill_blank", "The inspector wrote _____ reports.", "30", "wrote 30"),
])
def test_the_answer_or_a_title_of_two_is_left_as_written(kind, prompt, answer, words):
    assert _settled(kind, prompt, answer, words) == [prompt]


@pytest.mark.parametrize("kind, prompt, phrase", [
    ("true_false", "The mayor has lived abroad since then with his family.", "since then"),
    ("multiple_choice", "How many other houses were flooded?", "How many other"),
    ("fill_blank", "An additional 300 others are _____ in shelters.", "An additional 300 others"),
])
def test_a_stem_leaning_on_what_came_before_is_ranked_below(kind, prompt, phrase):
    sentence = _ctx().parsed.spans[0]
    q = Question("q", kind, prompt, "x", 0, choices=None if kind != "multiple_choice" else ("x", "7", "90"))
    assert unplaced_description(q, sentence) == phrase


@pytest.mark.parametrize("prompt", ["How many houses were flooded since March?", "Four died and 20 others were hurt."])
def test_a_stem_saying_what_it_counts_is_not(prompt):
    q = Question("q", "fill_blank", prompt, "x", 0)
    assert unplaced_description(q, _ctx().parsed.spans[0]) is None


@pytest.mark.parametrize("prompt, cut", [
    ("Judge Ann Roe scheduled sentencing for _____, but allowed both men to remain free until then.", False),
    ("Judge scheduled sentencing for _____, but allowed both men to remain free until then.", True),
])
def test_a_title_written_on_a_name_is_no_cut_phrase(prompt, cut):
    sentence = next(s for s in _ctx().parsed.spans if "scheduled sentencing" in s.text)
    q = Question("q", "fill_blank", prompt, "June 12", 0)
    assert (_cut_phrase_start(q, sentence) is not None) == cut


def test_a_title_written_on_a_name_is_no_other_person_guessed():
    text = """Title: Board rejects bid
Published: 2021-03-04

Harbor Mills Chairman Leo Brandt said on Monday that his board rejected the bid.
The chairman said his directors hold nearly 40% of the shares.
"""
    ctx = make_context(analyse(parse_article(text)))
    sentence = next(s for s in ctx.parsed.spans if "directors hold" in s.text)
    q = Question("q", "fill_blank", "Chairman Leo Brandt said his directors hold nearly _____ of the shares.", "40%",
                 sentence.id if hasattr(sentence, "id") else 2)
    assert _pronoun_guess(q, sentence) is None
