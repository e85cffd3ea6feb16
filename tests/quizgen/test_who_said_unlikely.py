"""Who said it: no option named only in the distant past or as a work's maker; options in one form of name."""
from __future__ import annotations

import pytest

from quizgen.questions import who_said
from quizgen.questions.distractors import even_name_forms, even_titles, untitled

PAST_BODY = ("The city pension fund turns 80 this week. It was founded by Mayor Harold Quimby on May 2, 1931.\n\n"
             "\"We will keep every promise the fund made,\" said Dana Welk, the fund's director, on Tuesday.\n\n"
             "Visitors to the fund's hall see a portrait by Edgar Vollmer above the stairs.\n\n"
             "\"The accounts are healthy for another decade,\" said Omar Reyes, an actuary.\n\n"
             "\"Retirees should not worry,\" said council member Tina Grove.")


@pytest.mark.slow
def test_the_long_dead_and_makers_of_works_are_no_options(context_of):
    qs = who_said.generate(context_of(PAST_BODY, "2011-08-10"))
    assert qs
    for q in qs:
        assert not {"Harold Quimby", "Edgar Vollmer"} & set(q.choices), q.choices


def test_a_title_of_several_words_goes_when_other_options_have_none():
    assert untitled("House Minority Leader Ann Brook") == "Ann Brook"
    assert untitled("Secretary of State Ann Brook") == "Ann Brook"
    assert untitled("Ann Brook") == "Ann Brook"
    assert even_titles(["Minority Leader Ann Brook", "Tom Ellery", "Sara Lind"]) == ["Ann Brook", "Tom Ellery",
                                                                                       "Sara Lind"]


def test_a_family_name_alone_puts_every_option_in_that_form():
    assert even_name_forms(["Brook", "Tom Ellery", "Sara Lind Jr."]) == ["Brook", "Ellery", "Lind"]
    assert even_name_forms(["Tom Ellery", "Sara Lind"]) == ["Tom Ellery", "Sara Lind"]
    assert even_name_forms(["Lind", "Tom Lind", "Sara Brook"]) == ["Lind", "Tom Lind", "Sara Brook"]   # no two alike


@pytest.mark.slow
def test_who_is_unlikely_as_a_speaker(context_of):
    from quizgen.questions.unlikely_speakers import unlikely_speakers
    found = unlikely_speakers(context_of(PAST_BODY, "2011-08-10"))
    assert {"harold quimby", "edgar vollmer"} <= found
    assert not {"dana welk", "omar reyes", "tina grove"} & found
