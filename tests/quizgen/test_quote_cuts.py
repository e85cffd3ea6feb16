"""Quotations as asked in 'Who said ...?': a long one is cut where a clause ends, and a phrase lifted
from the reporter's sentence is not asked as something said."""
from __future__ import annotations

import pytest

from quizgen.questions import who_said

pytestmark = pytest.mark.slow

SPEAKERS = ("\n\n\"We will open the doors again next month,\" said Anna Berg, the clinic's director. "
            "\"The town deserves a better building,\" said Carl Nyberg, a council member.")


@pytest.mark.parametrize("quote, kept, lost", [
    # no boundary before the 14th word: the whole comparison is kept, not '... as they …'
    ("Our parks will be cleaned just as carefully in the poor districts as they are in the rich ones, "
     "and nobody will be left behind this time",
     "as they are in the rich ones \u2026", "as they \u2026"),
    # a subordinate clause waits for its main clause: the cut comes after the main clause's object
    ("Because the river floods every spring and the bridges are old, we must repair them before the "
     "summer rains arrive next year",
     "we must repair them \u2026", "we must repair \u2026"),
    # a form of 'be' waits for what they are: no cut after it
    ("If I were choosing the builders of tomorrow, I would have chosen the people who are now on the "
     "council and in the town hall",
     "chosen the people \u2026", "who are \u2026"),
    # a semicolon ends the first clause
    ("The budget is fair to every district in the town; it gives every district the same share of the "
     "money for parks and schools over the next five years",
     "The budget is fair to every district in the town \u2026", "the same share of \u2026"),
])
def test_a_long_quotation_is_cut_where_a_clause_ends(context_of, quote, kept, lost):
    ctx = context_of(f"The council approved a new budget on Monday.\n\n\"{quote},\" said Mayor Helen Storm."
                     + SPEAKERS)
    said = [q for _, sp, q in ctx.attributions if sp.full == "Helen Storm"]
    assert said and said[0].endswith(kept) and not said[0].endswith(lost)


@pytest.mark.parametrize("report, fragment", [
    ("Mayor Helen Storm said the town had helped the clinic \"for more than fifty years without any break "
     "at all.\"", "for more than fifty"),
    ("Nurse Paul Adler said the new rule was \"a plain mistake and sure to be overturned by the higher "
     "court.\"", "a plain mistake"),
    ("Doctor Rita Olsen said the clinic would close \"to fully focus on caring for the sick patients in its "
     "wards.\"", "to fully focus"),
])
def test_a_phrase_without_its_subject_is_not_asked_as_a_quotation(context_of, report, fragment):
    ctx = context_of("The Lakeside Clinic closed its doors to visitors on Tuesday.\n\n" + report +
                     "\n\nDoctor Jan Lee said \"the wards are full and the staff are tired after a long week.\""
                     + SPEAKERS)
    prompts = " ".join(q.prompt for q in who_said.generate(ctx))
    assert fragment not in prompts
    assert "the wards are full" in prompts       # a quotation opening in lower case but whole is asked
