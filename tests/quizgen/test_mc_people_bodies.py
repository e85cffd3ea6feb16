"""Multiple choice on people and bodies: a 'who' stem whose own 'his' or 'her' speaks of the one asked for
offers no one of the other sex; a body is not asked as the venue where something happened."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice

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
