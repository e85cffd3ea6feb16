"""A pronoun is named only with a person or thing it agrees with (quizgen.referents): sex, number, animacy."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# the one in focus (the appointer) is of a sex the text does not tell; the appointee is surely a woman
APPOINTED = ("Governor Dale Ferrow appointed Mary Kane to the state court in 2015. "
             "She got her law degree in 1995 from a small college.")
# a common English given name tells the appointer is a man: 'she' is the appointee
GIVEN_NAME = ("Governor Jay Ferrow appointed Robin Kane to the state court in 2015. "
              "She got her law degree in 1995 from a small college.")
# 'it' is one thing: never the plural people who spoke just before
PLURAL = ("Acme Corp agreed on Friday to buy half of Delta Audio Co. But analysts remain cautious. "
          "It expects to post a loss of 6 billion yen this year.")
# the plain case still reads as before
ONE_PERSON = "Dale Ferrow was arrested on Monday. He was released on bail on Tuesday."


def test_no_name_when_a_surer_person_of_the_sex_stands_before(resolved):
    assert resolved(APPOINTED, "She") is None


def test_a_given_name_tells_the_sex(resolved):
    assert resolved(GIVEN_NAME, "She") == "Robin Kane"


def test_it_never_means_plural_people(resolved):
    assert resolved(PLURAL, "It") is None


def test_plain_pronoun_still_named(resolved):
    assert resolved(ONE_PERSON, "He") == "Dale Ferrow"
