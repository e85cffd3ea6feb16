"""Options from the answer's own world: a name the article uses only as a film, a show or a character
is no person who can say or do anything."""
from __future__ import annotations

import pytest

from quizgen.questions.distractors import only_as_title

TITLES = ("The studio is known for films such as Frozen Tide, Nora Bell and Lucky Star. "
          "\"Sales will slow,\" Dana Pruitt said. Fans loved \"Jack Ormond\". Her hit single Kay Moss sold well. "
          "Polls show Paul Kent ahead. It was a hit, Ruth Bell said. Flights left Owen T. Marsh International "
          "Airport. Tom Ode Bridge was shut. Tom Ode said it was fine.")


@pytest.mark.parametrize("name,title", [("Nora Bell", True), ("Lucky Star", True), ("Jack Ormond", True),
                                        ("Kay Moss", True), ("Dana Pruitt", False), ("Paul Kent", False),
                                        ("Ruth Bell", False), ("Owen T. Marsh", True), ("Tom Ode", False)])
def test_a_name_written_only_as_a_title_is_no_person(name, title):
    assert only_as_title(TITLES, name) is title


@pytest.mark.slow
def test_a_film_title_is_never_a_speaker_option(context_of):
    ctx = context_of("Streaming firms cut prices on Monday. \"We will see the market settle,\" said Alan Mercer, "
                     "a media analyst. Rival Jane Ostrow, who runs a studio, said margins were thin. "
                     "The studio owns films such as Mary Poppins and Toy Town. Carl Vinter, an investor, "
                     "said he was selling.")
    mercer = next(m for m in ctx.index.mentions if m.text == "Alan Mercer")
    dis = ctx.picker.names(mercer, 3)
    assert dis and "Mary Poppins" not in dis


GROUP = ("Officials freed three rebels on Friday, including Omar Faizal and Karim Nadiri. "
         "Envoy Dale Hutchins said the deal was fair. Aid worker Lena Brandt, a hostage, was still held. "
         "Saeed Wardak, another rebel, stayed in jail.")


@pytest.mark.slow
def test_a_member_of_a_named_group_is_swapped_only_for_another_member(context_of):
    ctx = context_of(GROUP)
    omar = next(m for m in ctx.index.mentions if m.text == "Omar Faizal")
    dis = ctx.picker.names(omar, 3)
    assert "Dale Hutchins" not in dis and "Lena Brandt" not in dis
    assert dis == ["Saeed Wardak"]


@pytest.mark.slow
def test_a_list_of_other_networks_takes_only_networks(context_of):
    ctx = context_of("Losses hit NBC, Fox News and other cable networks this year. "
                     "Paramount Pictures, a film studio, made money. Ostra TV, a cable network, lost viewers. "
                     "Bellway Studios also gained.")
    nbc = next(m for m in ctx.index.mentions if m.text == "NBC")
    dis = ctx.picker.names(nbc, 3, article_only=True)
    assert "Paramount Pictures" not in dis and "Bellway Studios" not in dis


@pytest.mark.slow
@pytest.mark.parametrize("city,asked", [("Beijing", False), ("Tokyo", False), ("Seoul", True)])
def test_a_capital_acting_as_a_government_is_not_asked_as_a_city(context_of, city, asked):
    ctx = context_of("Beijing moved to rein in solar subsidies at the end of May. Factories in Shenzhen and "
                     "Guangzhou slowed. Seoul hosted a trade fair in June. Tokyo warned of a glut.")
    m = next(m for m in ctx.index.mentions if m.text == city)
    assert bool(ctx.picker.names(m, 3)) is asked
