"""Stems with a dangling reference (JUDGING.md rule 8): 'the wage' restored to 'the minimum wage' from the
sentences before; 'the move', 'this area', 'a similar incident', an object 'her' with nothing to restore refused."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.references import settle_references

_TEXT = """Title: Town council votes on pay and parking
Published: 2024-05-14

Lawmakers in Harlow voted on Tuesday to raise the state minimum wage over three years.
The wage would go up to $15 an hour by 2027.
The council also voted to close Elm Street to cars on weekends.
The move has been met with resistance from shop owners.
A storm hit the Kettle Bay harbour area on Sunday.
About 400 boats were moored in this area when the storm arrived.
A crane fell on a fishing boat in the harbour on Monday.
Two other workers were hurt in a similar incident in 2019.
The senate confirmed Dana Reyes as treasurer on Friday.
Six senators from the minority joined the majority to approve her.
Governor Lina Park praised the vote on Friday.
Park said the senators had chosen well.
The junior team won its race on Saturday.
The senior team lost its race on Sunday.
The team flew home on Monday.
Auditors questioned the Harbor Tower apartment valuation on Monday.
The value of the apartment fell from $30 million to $12 million.
In Harlow, Mia Lund, a nurse, said her patients kept asking her for masks.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


def _sid(words: str) -> int:
    return next(s.id for s in _ctx().parsed.sentences if words in s.text)


def _question(kind: str, prompt: str, answer: str, words: str) -> Question:
    choices = ("True", "False") if kind == "true_false" else (answer, "two", "nine")
    return Question("q", kind, prompt, answer, _sid(words), choices=choices)


def _settled(q: Question) -> list[str]:
    return [x.prompt for x in settle_references(_ctx(), [q])]


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("fill_blank", "The wage would go up to _____ by 2027.", "$15 an hour", "would go up",
     "The state minimum wage would go up to _____ by 2027."),
    ("fill_blank", "About _____ boats were moored in this area when the storm arrived.", "400", "were moored",
     "About _____ boats were moored in the Kettle Bay harbour area when the storm arrived."),
    ("fill_blank", "The value of the apartment fell from _____ to $12 million.", "$30 million", "value of the",
     "The value of the Harbor Tower apartment fell from _____ to $12 million."),
])
def test_a_bare_noun_takes_its_fuller_form_from_the_sentences_before(kind, prompt, answer, words, expected):
    assert _settled(_question(kind, prompt, answer, words)) == [expected]


@pytest.mark.parametrize("kind, prompt, answer, words", [
    ("true_false", "The move has been met with resistance from shop owners.", "True", "met with resistance"),
    ("when", "In which year were two other workers hurt in a similar incident?", "2019", "similar incident"),
])
def test_a_reference_nothing_restores_is_refused(kind, prompt, answer, words):
    assert _settled(_question(kind, prompt, answer, words)) == []


@pytest.mark.parametrize("kind, prompt, answer, words", [
    ("true_false", "Governor Lina Park praised the vote on Friday.", "True", "praised the vote"),
    ("true_false", "The senate confirmed Dana Reyes as treasurer on Friday.", "True", "confirmed Dana Reyes"),
    ("true_false", "The team flew home on Monday.", "True", "flew home"),       # two teams: which is not said
    ("fill_blank", "In Harlow, _____, a nurse, said her patients kept asking her for masks.", "Mia Lund",
     "asking her for masks"),
])
def test_a_stem_that_names_what_it_means_is_kept(kind, prompt, answer, words):
    assert _settled(_question(kind, prompt, answer, words)) == [prompt]


_NAMES_TEXT = """Title: Rovers sign a new striker
Published: 2024-03-04

Rovers signed the striker Tomas Ekholm from Vardo City on Monday.
Ekholm scored twice in his first match for Rovers on Saturday.
Mr. Ekholm said the fans had made him feel at home.
Rovers is run by Kara Lind and her brother Mikael Lind.
Lind said Rovers would sign two more players in March.
Police arrested Daniel Rourke and Mark Tilley outside the ground on Sunday.
The two men were charged with assault on Monday.
Officers Ana Ruiz, Ben Cole and Tim Shaw were praised for the arrests.
Both officers were given awards.
"""


@functools.lru_cache(maxsize=1)
def _names_ctx():
    return make_context(analyse(parse_article(_NAMES_TEXT)))


def _names_question(kind: str, prompt: str, answer: str, words: str) -> Question:
    sid = next(s.id for s in _names_ctx().parsed.sentences if words in s.text)
    choices = ("True", "False") if kind == "true_false" else None
    return Question("q", kind, prompt, answer, sid, choices=choices)


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    # a family name alone: the full name the article gave first
    ("true_false", "Ekholm scored twice in his first match for Rovers on Saturday.", "True", "scored twice",
     "Tomas Ekholm scored twice in his first match for Rovers on Saturday."),
    ("fill_blank", "Ekholm scored _____ in his first match for Rovers on Saturday.", "twice", "scored twice",
     "Tomas Ekholm scored _____ in his first match for Rovers on Saturday."),
    # a name inside a compound stays as it is
    ("true_false", "Ekholm-Lind talks went well.", "True", "scored twice", "Ekholm-Lind talks went well."),
    # a courtesy title says only the sex: the full name replaces it with the surname (issue 12)
    ("true_false", "Mr. Ekholm said the fans had made him feel at home.", "True", "Mr. Ekholm",
     "Tomas Ekholm said the fans had made him feel at home."),
    # two people share the name: which one the stem cannot say, so it is left alone
    ("fill_blank", "Lind said Rovers would sign _____ more players in March.", "two", "Lind said",
     "Lind said Rovers would sign _____ more players in March."),
])
def test_a_family_name_alone_takes_the_full_name(kind, prompt, answer, words, expected):
    settled = settle_references(_names_ctx(), [_names_question(kind, prompt, answer, words)])
    assert [q.prompt for q in settled] == [expected]


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    # two people named just before: 'the two men' are they
    ("true_false", "The two men were charged with assault on Monday.", "True", "The two men",
     "Daniel Rourke and Mark Tilley were charged with assault on Monday."),
    ("fill_blank", "The two men were charged with _____ on Monday.", "assault", "The two men",
     "Daniel Rourke and Mark Tilley were charged with _____ on Monday."),
    # three were named, 'both' counts two: which two the stem cannot say
    ("true_false", "Both officers were given awards.", "True", "Both officers", "Both officers were given awards."),
])
def test_a_counted_group_is_the_people_named_before(kind, prompt, answer, words, expected):
    settled = settle_references(_names_ctx(), [_names_question(kind, prompt, answer, words)])
    assert [q.prompt for q in settled] == [expected]


@pytest.mark.parametrize("kind, prompt, answer, words", [
    ("true_false", "Ekholm scored twice in his first match for Rovers on Saturday.", "True", "scored twice"),
    ("true_false", "The two men were charged with assault on Monday.", "True", "The two men"),
])
def test_names_written_in_pass_the_answer_key_check(kind, prompt, answer, words):
    ctx = _names_ctx()
    settled = settle_references(ctx, [_names_question(kind, prompt, answer, words)])
    assert settled[0].prompt != prompt
    assert answer_key_problem(settled[0], ctx.parsed.spans[settled[0].sentence_id]) is None


_QUOTED_NAME_TEXT = """Title: Facebook to buy Zapp
Published: 2024-03-04

Facebook is planning to buy the messaging start-up Zapp for $2 billion, it was revealed on Monday.
Analysts said the price was high for a company with few sales.
"People are calling them 'Facebook Nevers,'" one analyst said.
"""


def test_a_name_met_only_inside_a_quotation_is_no_full_name_to_write_in():
    """'Facebook Nevers' (a phrase of a quote the tagger took for a person) never turns the company
    'Facebook' into that person: the true statement would read false."""
    ctx = make_context(analyse(parse_article(_QUOTED_NAME_TEXT)))
    sid = next(s.id for s in ctx.parsed.sentences if "planning" in s.text)
    prompt = "Facebook is planning to buy the messaging start-up Zapp for $2 billion."
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    assert [x.prompt for x in settle_references(ctx, [q])] == [prompt]
