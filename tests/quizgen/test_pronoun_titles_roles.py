"""A 'he' is printed as a name only when the name agrees (quizgen.pronoun_agreement): a courtesy title's
sex, and a role-noun subject of the clause before ('The candidate hailed X's letter, but he ...')."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# 'Mr Penhallow' after the only full name with the surname is a woman's: not her
COURTESY = ("Mr Penhallow met the prime minister at the palace on Monday. "
            "First Lady Mary Penhallow toured a children's hospital in the city on the same day. "
            "Mr Penhallow yesterday admitted he has some differences with the prime minister.")
# the clause before has a person by role, whom the article does not name, as its subject; the name
# inside that clause is only an owner
ROLE = ("Polls moved after Tom Birch wrote to Congress about the new files. "
        "Birch then met Ann Roe and Dale Ferrow in Ohio. "
        "The Republican candidate hailed Birch's original letter, but yesterday he blasted the agency.")
# no role noun: the plain case reads as before
PLAIN = ("Tom Birch wrote a letter about the new files on Monday. "
         "Birch hailed the review, but yesterday he blasted the agency.")


def test_courtesy_title_rules_out_the_woman(resolved):
    assert resolved(COURTESY, "Penhallow", 1) == "Mary Penhallow"
    assert resolved(COURTESY, "Penhallow", 2) != "Mary Penhallow"


def test_role_subject_comes_before_an_owner_named_in_its_clause(resolved):
    assert resolved(ROLE, "he") is None


def test_plain_he_still_named(resolved):
    assert resolved(PLAIN, "he") == "Tom Birch"
