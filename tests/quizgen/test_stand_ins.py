"""Stems that lean on a sentence the learner does not see (JUDGING.md rule 8) and asides left open
(rule 1): 'the other N', 'the smaller N', 'X follows with' and 'the N' of two named N are refused, a
subject 'the country' is the one country named, an aside between commas gets its closing comma."""
from __future__ import annotations

import functools

import pytest

from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references

pytestmark = pytest.mark.slow

_TEXT = """Title: Markets shaken as two lenders fail
Published: 2024-03-11

Two big lenders, Harrow Bank and Pellworth Trust, ran out of cash on Sunday.
Harrow Bank closed its doors on Monday.
The other lender was sold to a rival for $2 billion on Tuesday.
Crowds gathered on the other side of the river on Monday.
Two volcanoes erupted in the Kestrel Islands on Monday.
The smaller eruption sent ash over the capital.
The ash cloud was smaller than the one in 2019.
Cold weather closed 40 schools in the region on Friday.
Barrow County had the most closures with 12.
Lenham County follows with eight closures and Fane County with five.
Most schools followed the advice of the health board on Friday.
"""

_FIRES = """Title: Wildfires burn across the region
Published: 2024-07-21

Firefighters battled two wildfires across the region on Sunday.
The Pine Creek Fire near Redding has burned 40,000 acres.
The Oak Ridge Fire near Fresno destroyed 40 homes on Saturday.
The fire was 43 percent contained on Sunday evening.
"""

_ONE_FIRE = """Title: Wildfire burns homes in the hills
Published: 2024-07-21

Firefighters battled the Pine Creek Fire near Redding on Sunday.
The fire destroyed 40 homes on Saturday.
"""

_COUNTRY = """Title: Leader steps down after protests
Published: 2024-05-02

Malian President Aro Tembely resigned on Friday after weeks of protests.
The country is now ruled by a military council.
Protesters celebrated in the capital on Friday night.
"""

_TWO_COUNTRIES = """Title: Talks between two neighbours
Published: 2024-05-02

Leaders of Mali and Peru met on Friday to settle a border quarrel.
The country is now ruled by a military council.
"""


@functools.lru_cache(maxsize=None)
def _ctx(text: str):
    return make_context(analyse(parse_article(text)))


def _settled(text: str, prompt: str, words: str) -> list[str]:
    ctx = _ctx(text)
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    return [x.prompt for x in settle_references(ctx, [q])]


@pytest.mark.parametrize("prompt, words", [
    ("The other lender was sold to a rival for $2 billion on Tuesday.", "The other lender"),
    ("The smaller eruption sent ash over the capital.", "The smaller eruption"),
    ("Lenham County follows with eight closures and Fane County with five.", "Lenham County follows"),
])
def test_a_stem_pointing_at_one_told_before_is_refused(prompt, words):
    assert _settled(_TEXT, prompt, words) == []


@pytest.mark.parametrize("prompt, words", [
    ("Harrow Bank closed its doors on Monday.", "closed its doors"),
    ("Crowds gathered on the other side of the river on Monday.", "other side"),   # a place, no thing told
    ("The ash cloud was smaller than the one in 2019.", "smaller than"),      # says smaller than what
    ("Most schools followed the advice of the health board on Friday.", "followed the advice"),
])
def test_a_stem_that_says_which_is_kept(prompt, words):
    assert _settled(_TEXT, prompt, words) == [prompt]


def test_the_noun_of_two_named_things_is_refused():
    assert _settled(_FIRES, "The fire was 43 percent contained on Sunday evening.", "43 percent") == []


def test_the_noun_of_one_named_thing_is_named():
    assert _settled(_ONE_FIRE, "The fire destroyed 40 homes on Saturday.", "40 homes") == \
        ["The Pine Creek Fire destroyed 40 homes on Saturday."]


def test_the_country_is_the_one_named_before():
    assert _settled(_COUNTRY, "The country is now ruled by a military council.", "military council") == \
        ["Mali is now ruled by a military council."]


def test_the_country_of_two_named_stays():
    prompt = "The country is now ruled by a military council."
    assert _settled(_TWO_COUNTRIES, prompt, "military council") == [prompt]


_ASIDES = """Title: Airline refits its jets
Published: 2024-04-02

The refurbishment of the three jets, made by Acme Aircraft Corp., will cost $40 million.
Mr. Lee, 52 years old and a 27-year company veteran, has been the division's manager since 1998.
Shoppers bought red apples, green pears, ripe plums and figs on Monday.
Fruit from Spain, Italy, Greece, and Turkey, all of it picked by hand, sold out on Monday.
"""


@pytest.mark.parametrize("prompt, words, closed", [
    ("How much will the refurbishment of the three jets, made by Acme Aircraft Corp. cost?", "refurbishment",
     "How much will the refurbishment of the three jets, made by Acme Aircraft Corp., cost?"),
    ("How long had Mr. Lee, 52 years old and a 27-year company veteran been the division's manager?", "Mr. Lee",
     "How long had Mr. Lee, 52 years old and a 27-year company veteran, been the division's manager?"),
    ("How much will the refurbishment of the three jets, made by Acme Aircraft Corp., cost?", "refurbishment",
     "How much will the refurbishment of the three jets, made by Acme Aircraft Corp., cost?"),     # closed already
    ("Who bought red apples, green pears and figs on Monday?", "Shoppers",
     "Who bought red apples, green pears and figs on Monday?"),                                    # a list, no aside
    ("When did fruit from Spain, Italy, Greece, and Turkey sell out?", "Fruit from",
     "When did fruit from Spain, Italy, Greece, and Turkey sell out?"),              # the list's last item
])
def test_an_aside_set_off_by_commas_is_closed(prompt, words, closed):
    ctx = _ctx(_ASIDES)
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "multiple_choice", prompt, "$40 million", sid, choices=("$40 million", "$4 million", "$14 million"))
    assert [x.prompt for x in settle_references(ctx, [q])] == [closed]


_FUNDS = """Title: Junk funds lose cash
Published: 1989-10-20

Investors pulled $1.6 billion out of junk bond funds last week. The Acme High Income Fund lost $60 million in \
the week, its managers said. The fund, with a cash cushion of more than $1 billion, has met all the redemptions \
without selling bonds. The fund with the most cash has met all the redemptions, analysts said.
"""


@pytest.mark.parametrize("prompt, words, settled", [
    ("The fund, with a cash cushion of more than _____, has met all the redemptions without selling bonds.",
     "cash cushion",
     "The Acme High Income Fund, with a cash cushion of more than _____, has met all the redemptions without "
     "selling bonds."),
    ("The fund with the most cash has met all the redemptions, _____ said.", "most cash",
     "The fund with the most cash has met all the redemptions, _____ said."),      # 'with the most cash' says which
])
def test_an_aside_after_the_noun_does_not_say_which(prompt, words, settled):
    ctx = _ctx(_FUNDS)
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "fill_blank", prompt, "$1 billion", sid, choices=("$1 billion", "$2 billion", "$60 million"))
    assert [x.prompt for x in settle_references(ctx, [q])] == [settled]
