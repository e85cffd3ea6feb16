"""A stem naming someone only as 'Mr. Reupke' takes the full name the article gave ('Peter Reupke'):
the courtesy title says only the sex (issue 12, JUDGING.md rule 8); a role title, a quotation and a
surname two people share stay as written."""
from __future__ import annotations

import functools

import pytest
from settled_stems import settled

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context

_TEXT = """Title: Harbour board picks a new chief
Published: 2024-03-12

Peter Reupke, a longtime shipping executive, was named general manager of the harbour board on Tuesday.
Mr. Reupke replaces Alan Brook, who retired in March after a long illness.
Analysts said Mr. Reupke would cut costs at the board over the next two years.
Mayor Ingrid Solvang and her deputy, Karl Solvang, welcomed the choice.
Ms. Solvang said "Mr. Reupke knows every quay in this town" at a meeting on Wednesday.
"""


@functools.lru_cache(maxsize=1)
def _ctx():
    return make_context(analyse(parse_article(_TEXT)))


@pytest.mark.parametrize("kind, prompt, answer, words, expected", [
    ("fill_blank", "Mr. Reupke replaces _____, who retired in March after a long illness.", "Alan Brook",
     "replaces Alan", "Peter Reupke replaces _____, who retired in March after a long illness."),
    ("true_false", "Analysts said Mr. Reupke would cut costs at the board.", "True", "cut costs",
     "Analysts said Peter Reupke would cut costs at the harbour board."),
])
def test_a_courtesy_title_and_surname_take_the_full_name(kind, prompt, answer, words, expected):
    assert settled(_ctx(), kind, prompt, answer, words) == expected


def test_a_name_two_people_share_stays_as_written():
    prompt = "Ms. Solvang spoke at a meeting on _____."
    assert settled(_ctx(), "fill_blank", prompt, "Wednesday", "every quay") == prompt


def test_a_name_inside_a_quotation_stays_as_written():
    prompt = "Who said \"Mr. Reupke knows every quay in this town\"?"
    assert "Peter" not in settled(_ctx(), "who_said", prompt, "Ingrid Solvang", "every quay")



def test_a_role_title_stays_as_written():
    prompt = "Mayor Solvang welcomed the choice of _____."
    assert settled(_ctx(), "fill_blank", prompt, "Peter Reupke", "welcomed the choice") == prompt
