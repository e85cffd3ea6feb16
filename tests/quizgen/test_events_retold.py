"""One happening told in two sentences is one timeline entry, at its best date; two happenings that
read alike (two actors, two objects, two years, 'again') stay two."""
from __future__ import annotations

import re

import pytest

from quizgen import build_lesson
from quizgen.retold import same_act, same_noun, same_words, told


def _timeline(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.time_text, e.label) for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, published, expected", [
    # the same act by the same actor on the same thing; the finer date is kept
    ("The rebels seized the airport in March. After a long battle, the rebels seized the airport on "
     "March 3, officials said.", "2015-06-10", [("March 3", "The rebels seized the airport")]),
    # a label that only names the happening ('the earthquake ... was') beside the label that tells it
    ("A powerful earthquake struck the island on Monday, destroying hundreds of homes. The earthquake "
     "in May was the strongest in a decade.", "2024-05-08",
     [("Monday", "A powerful earthquake struck the island")]),
    # 'the bombing took place' beside 'a bomb exploded': the noun's verb is a noun of the other label
    ("A bomb exploded at a clinic in the city on Jan. 29, wounding a nurse. The bombing at the clinic "
     "took place in January, police said.", "1998-02-02",
     [("Jan. 29", "A bomb exploded at a clinic in the city")]),
    # the same figure of the same thing at a coarser date: one death toll
    ("Over the Thanksgiving weekend last year, 350 drivers died on the roads. The agency expects "
     "traffic to rise this Thanksgiving weekend, when 350 drivers died a year ago.", "2013-11-20",
     [("Thanksgiving weekend last year", "350 drivers died on the roads"),
      ("this Thanksgiving weekend", "Traffic is expected to rise")]),
    # the period, not a year at its end
    ("Atypical contracts declined by 16.1% from 2011 to 2018, the report found. In 2018, atypical "
     "contracts declined by 16.1%, the union said.", "2019-12-12",
     [("2011 to 2018", "Atypical contracts declined by 16.1%")]),
    # two sentences running, two relative days a day apart: one darkening misread once
    ("The sky above the city went dark on Monday afternoon. The sky went really dark yesterday, a "
     "resident said.", "2019-08-21", [("Monday afternoon", "The sky above the city went dark")]),
    ("The FBI joined local police last week to investigate a series of fires. The FBI joined local "
     "police this week to investigate a series of fires at farms.", "2016-05-12",
     [("last week", "The FBI joined local police to investigate a series of fires")]),
    # a year that names one of the clause's nouns is not the clause's date
    ("Last year, a 2011 petition by two farmers was approved by the council.", "2014-03-12",
     [("Last year", "A petition by two farmers was approved by the council")]),
])
def test_one_happening_told_twice_is_one_event(text, published, expected):
    assert _timeline(text, published) == expected


@pytest.mark.parametrize("text, published, count", [
    # one actor, one verb, two objects on one day: two arrests
    ("Police arrested a man in Leeds on Monday. Police arrested a woman in York on Monday.", "2024-05-08", 2),
    # the false merges the rules above must not make
    ("Maria Lopez won the national title in 2018. Maria Lopez won the national title in 2019.", "2020-06-10", 2),
    ("The company reported a loss in March. The company reported a loss in April.", "2024-05-08", 2),
    ("Tom Jones spoke at the Harbor Safety Forum on Monday. Anna Brown spoke at the Harbor Safety Forum on Monday.",
     "2024-05-08", 2),
    ("Anna Smith will visit Paris next year. Anna Smith visited Paris last year.", "2024-05-08", 2),
    ("A shooting at a mall killed two people in March. The shooting at the school took place this year.",
     "2024-09-06", 2),
    ("A storm hit the coast on Monday. Another storm took place on Tuesday.", "2024-05-08", 2),
])
def test_happenings_that_read_alike_stay_apart(text, published, count):
    assert len(build_lesson(text, published=published).events) == count


@pytest.mark.parametrize("a, b, same", [
    ("The telescope detected dozens of radio bursts", "The telescope detected dozens of radio bursts", True),
    ("The rebels seized the airport", "The rebels seized the airport after a battle", True),
    ("The sky went really dark", "The sky above the city went dark", True),
    # figures both give tell two happenings; so does a word of repetition
    ("Maria Lopez won the 2019 title", "Maria Lopez won the 2020 title", False),
    ("The team won the cup", "The team won the cup again", False),
    # two actors, two objects, a pronoun that may be anyone
    ("Tom Jones spoke at a news conference", "Anna Brown spoke at a news conference", False),
    ("Police arrested a man", "Police arrested a woman", False),
    ("He resigned", "He resigned from the board", False),
])
def test_labels_that_tell_one_act(a, b, same):
    assert (same_words(told(a), told(b)) or same_act(told(a), told(b))) is same


@pytest.mark.parametrize("bare, other, other_sentence, same", [
    ("The earthquake took place", "The plant was damaged in the earthquake",
     "The plant was damaged in the earthquake last month.", True),
    ("The bombing at the clinic took place", "A bomb exploded at a clinic",
     "A bomb exploded at a clinic on Jan. 29.", True),
    ("The shooting at the school took place", "A shooting at a mall killed two people",
     "A shooting at a mall killed two people in March.", False),
    ("Another storm took place", "A storm hit the coast", "A storm hit the coast on Monday.", False),
])
def test_a_bare_happening_beside_the_label_that_tells_it(bare, other, other_sentence, same):
    words = {w.lower() for w in re.findall(r"\w+", other_sentence)}
    assert same_noun(told(bare), told(other), set(), words) is same


# One act told in both voices: 'was convicted last summer' beside 'a jury convicted him in June'.
@pytest.mark.parametrize("text, published, expected", [
    ("Tom Hale was convicted last summer of stealing from the county. A jury convicted him in June "
     "after a two-week trial.", "2023-03-14", [("June", "A jury convicted Tom Hale after a two-week trial")]),
])
def test_one_act_told_in_both_voices_is_one_event(text, published, expected):
    assert _timeline(text, published) == expected


@pytest.mark.parametrize("active, passive, same", [
    ("A jury convicted Tom Hale", "Tom Hale was convicted", True),
    ("Police arrested a driver", "A driver was arrested by police", True),
    # another patient, or another doer the passive names: two acts
    ("Police arrested a driver", "A passenger was arrested", False),
    ("A court fined the club", "The club was fined by the league", False),
    ("A jury convicted Tom Hale", "Tom Hale was sentenced", False),
])
def test_same_act_across_voices(active, passive, same):
    assert same_act(told(active), told(passive)) is same
    assert same_act(told(passive), told(active)) is same
