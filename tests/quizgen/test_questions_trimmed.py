"""Whole-sentence blanks on a long sentence trimmed to its main clause (questions/trimmed.py): side parts
set off by commas, dashes or brackets are cut, what the main clause needs stays, the evidence is the
whole sentence."""
from __future__ import annotations

import pytest

from quizgen.questions import trimmed
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.fill_blank import BLANK

TRIMS = [
    # a description after a name and a 'which' remark, each between commas, before the verb
    ("Maria Olsen, the harbour master of the small fishing port, said on Monday that the ferry Nordlys, "
     "which had left the island early in the morning with its crew of nine, reached Bergen after a "
     "crossing of eleven hours.",
     "Maria Olsen said on Monday that the ferry Nordlys reached Bergen after a crossing of eleven hours."),
    # a trailing participle phrase and a bracketed aside
    ("The storm cut power to about 40,000 homes (most of them in the valley towns) across the northern "
     "county of Harwick on Sunday night, forcing schools and shops in at least a dozen villages to stay "
     "closed until Tuesday.",
     "The storm cut power to about 40,000 homes across the northern county of Harwick on Sunday night."),
    # a list of examples set off at the end
    ("The new rules approved by the city council of Dunmore last week will ban cars from several streets "
     "of the old town centre from next spring, including the market square, the river walk and the "
     "lanes around the cathedral.",
     "The new rules approved by the city council of Dunmore last week will ban cars from several streets "
     "of the old town centre from next spring."),
]

KEPT = [
    # a restrictive 'that' clause says which ones: nothing is cut
    ("The council closed the three bridges that had been damaged by the floods in the spring of last "
    "year and the two roads that run along the river between the old mill and the railway station near "
    "the town.", "the three bridges that had been damaged"),
    # a comma pair that closes a list item, not a remark on the subject: the commas stay, nothing is cut
    # a description that heads a list going on after it ('..., a facility ..., and a small parcel'): cut,
    # the statement would name one property of three
    ("The remaining properties to be acquired by the company are the Blue Lake Country Club & Golf Course, a "
     "facility jointly owned by Harlow Inc., of Denver, and the Smith family, and a small parcel owned by "
     "company director James Brown.", "and a small parcel owned by company director James Brown"),
    ("The remaining properties to be acquired are the Blue Lake Country Club & Golf Course, a facility jointly "
     "owned by Harlow Inc., of Denver, Colo., and the Smith family, and a small parcel owned by company "
     "director James B. Brown.", "and a small parcel owned by company director James B. Brown"),
    ("The company opened offices in Leeds, a city in the north of England, and in Cardiff and Belfast "
    "during the same busy year, hiring more than two hundred people in the three cities to run them "
    "for it.", "Leeds, a city in the north of England, and in Cardiff"),
]


@pytest.mark.slow
@pytest.mark.parametrize("body, expected", TRIMS)
def test_a_long_sentence_is_trimmed_to_its_main_clause(parsed_of, body, expected):
    span = parsed_of(body).spans[0]
    kept = trimmed.trimmed_tokens(span)
    assert kept is not None
    assert trimmed.trimmed_text(span, kept)[0] == expected


@pytest.mark.slow
@pytest.mark.parametrize("body, stays", KEPT)
def test_what_the_clause_needs_is_not_cut(parsed_of, body, stays):
    span = parsed_of(body).spans[0]
    kept = trimmed.trimmed_tokens(span)
    assert kept is None or stays in trimmed.trimmed_text(span, kept)[0]


# too long for a true-false statement even when trimmed: a blank is the only question on it
_UNSTATED = ("Maria Olsen, the harbour master of the small fishing port, said on Monday that the ferry Nordlys, "
             "which had left the island early in the morning with its crew of nine, reached the old harbour of "
             "Bergen late in the evening after a slow and stormy crossing of eleven hours across the North Sea.")


@pytest.mark.slow
def test_blanks_on_the_trimmed_sentence_keep_the_whole_sentence_as_evidence(context_of):
    ctx = context_of(_UNSTATED)
    qs = [q for q in trimmed.generate(ctx) if answer_key_problem(q, ctx.parsed.spans[q.sentence_id]) is None]
    assert qs
    assert all(q.type == "fill_blank" and q.sentence_id == 0 and q.prompt.count(BLANK) == 1 for q in qs)
    assert all(q.prompt.replace(BLANK, q.answer) ==
               "Maria Olsen said on Monday that the ferry Nordlys reached the old harbour of Bergen late in the "
               "evening after a slow and stormy crossing of eleven hours across the North Sea." for q in qs)
    assert "Maria Olsen" in {q.answer for q in qs}


@pytest.mark.slow
def test_a_sentence_a_true_false_statement_states_gets_no_second_question(context_of):
    ctx = context_of("The ferry Nordlys, which had left the island of Vesteroy early in the morning with its crew "
                     "of nine and forty passengers, reached the harbour of Bergen on Monday after a crossing of "
                     "eleven hours.")
    assert trimmed.trimmed_tokens(ctx.parsed.spans[0]) is not None
    assert trimmed.generate(ctx) == []
