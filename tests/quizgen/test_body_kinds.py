"""'Which organization ...?' only for a name that is an organisation: not a train that derailed, a pier, a law
or a school among bodies of other kinds, and no train offered beside a body."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice
from quizgen.questions.body_kinds import not_a_body

RAIL = ("The Kesra Express derailed near Molna on Tuesday, injuring 20 passengers, railway officials said. "
        "The train was travelling from Pardi to Venna when it left the tracks at about 2 a.m., the Tarvian "
        "Railways Board said. Rescue teams from the National Relief Force reached the site within an hour, "
        "the Northern Press Agency reported. The Tarvian Railways Board ordered an inquiry into the accident. "
        "The Union Bank of Tarvia gave money to the injured.")

NEWSPAPER = ("The Morning Express said on Monday that the Harlan Water Board raised its prices. The Harlan Water "
             "Board said the rise was needed. The Civic Consumers Council and the Harlan Chamber of Commerce "
             "criticised the rise, and the Regional Audit Office began a review.")

SCHOOL = ("Brookfield High School has about 1,900 students, the Dunmore Bureau of Investigation said. "
          "The Federal Bureau of Investigation sent agents to the area on Wednesday. The Hollin Relief Society "
          "opened a shelter. The Dunmore County Sheriff's Office said a student was arrested.")

PIER = ("Scientists of the Marlow Ocean Institute tested the plastic at the Calden Memorial Pier on Monday. "
        "The Westbrook Science Foundation paid for the work, and the Coastal Research Council and the Marine "
        "Studies Society backed it.")


def _orgs(ctx) -> dict[str, object]:
    return {m.text: m for m in ctx.index.mentions if m.kind == "ORG"}


@pytest.mark.slow
def test_a_train_that_derailed_is_no_organization(context_of):
    ctx = context_of(RAIL)
    assert not_a_body(ctx, _orgs(ctx)["Kesra Express"]) == "train"
    qs = multiple_choice.generate(ctx)
    assert not [q for q in qs if q.answer == "Kesra Express"]
    assert not [q for q in qs if "Kesra Express" in (q.choices or ())]     # nor offered beside bodies


@pytest.mark.slow
def test_a_paper_named_express_is_still_a_body(context_of):
    ctx = context_of(NEWSPAPER)
    orgs = _orgs(ctx)
    assert "Morning Express" in orgs and not not_a_body(ctx, orgs["Morning Express"])


@pytest.mark.slow
def test_a_school_among_other_bodies_is_not_asked_as_an_organization(context_of):
    qs = multiple_choice.generate(context_of(SCHOOL))
    assert not [q for q in qs if q.answer == "Brookfield High School"]


@pytest.mark.slow
def test_a_pier_is_not_asked_as_an_organization(context_of):
    ctx = context_of(PIER)
    assert not_a_body(ctx, _orgs(ctx)["Calden Memorial Pier"]) == "thing"
    assert not [q for q in multiple_choice.generate(ctx) if q.answer == "Calden Memorial Pier"]
