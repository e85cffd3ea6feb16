"""Multiple choice on people and bodies: options of the sex a 'who' stem's own 'his'/'her' gives, no body
asked as a venue ('Which organization did shares close on?'), no option cut from a longer name."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice
from quizgen.questions.distractors import name_fragment

AWARDS = ("The film guild gave its prizes in Denver on Sunday. Mrs. Nadia Lorne, a painter, said she was "
          "delighted. Mr. Victor Ames won the top prize for his role as a tired sailor. Mrs. Clara Boyce praised the jury, "
          "and she thanked her family. Mr. Oskar Pell, the host, said he enjoyed the night. "
          "Mr. Hugo Tamm, a critic, said he was unsurprised. Mrs. Wanda Reyes, a singer, said she would return. "
          "Mr. Len Ostrow, a juror, said he voted early.")


@pytest.mark.slow
def test_his_role_keeps_out_women_as_options(context_of):
    ctx = context_of(AWARDS)
    qs = [q for q in multiple_choice.generate(ctx) if q.answer == "Victor Ames" and " his " in q.prompt]
    assert qs
    for q in qs:
        assert not {"Nadia Lorne", "Clara Boyce", "Wanda Reyes"} & set(q.choices)


@pytest.mark.slow
def test_stem_sex_needs_agreeing_pronouns(context_of):
    ctx = context_of(AWARDS)
    ames = next(m for m in ctx.index.mentions if m.text == "Victor Ames")
    assert multiple_choice.stem_sex(ctx, ames, "Who won for his role?") == "male"
    assert multiple_choice.stem_sex(ctx, ames, "Who told her he would win?") is None
    assert multiple_choice.stem_sex(ctx, ames, "Who praised her work?") is None   # she is someone else


MARKET = ("Harlow Tools Inc. said its profit fell 12% in the third quarter. Harlow Tools shares fell 50 cents "
          "to $14.25 on the New York Stock Exchange. Rival Benton Steel Corp. said its profit rose. Analysts at "
          "Kessler Research Inc. cut their estimates. Bexley Partners bought a stake in Benton Steel. "
          "The meeting was held at the Dorset Civic Society on Monday.")


@pytest.mark.slow
def test_a_body_where_something_happened_is_not_asked_as_an_organization(context_of):
    qs = multiple_choice.generate(context_of(MARKET))
    assert any(q.answer == "Bexley Partners" for q in qs)          # a body that acts is still asked
    assert not [q for q in qs if q.answer in ("New York Stock Exchange", "Dorset Civic Society")]


FRAGMENTS = ("The Commission to Strengthen Social Security met on Monday. Workers at Orbiter Processing Facility-1 "
             "cheered. According to Amnesty International, the plan was fair. He will succeed Dan Davison Feb. 1. "
             "Market leaders Hershey Corp. and Mars Inc. sell sweets. Apple Inc. Shares rose.")


@pytest.mark.parametrize("name,piece", [("Strengthen Social Security", True), ("Orbiter Processing", True),
                                        ("Amnesty International", False), ("Dan Davison", False),
                                        ("Mars Inc.", False), ("Apple Inc.", False)])
def test_a_name_only_ever_written_inside_a_longer_one_is_a_piece(name, piece):
    assert bool(name_fragment(FRAGMENTS, name)) is piece
