"""Fill in the blank on a stated cause ('closed because of _____'): the cause noun blanked in the
article's sentence, never one a learner cannot type or would guess from the story's subject."""
from __future__ import annotations

import pytest

from quizgen.questions import cause_blank

# other sentences of the article, so that no cause word is used three times
_REST = ("Engineers inspected the old crossing in March. The mayor opened a new library in the east district. "
         "Farmers sold their apples at the Saturday market.")


def _blanks(context_of, first: str) -> list[tuple[str, str]]:
    qs = cause_blank.generate(context_of(first + " " + _REST))
    return [(q.prompt, q.answer) for q in qs if q.sentence_id == 0]


@pytest.mark.parametrize("first, prompt, answer", [
    ("The harbour ferry was cancelled on Tuesday because of thick fog.",
     "The harbour ferry was cancelled on Tuesday because of _____.", "thick fog"),
    ("The village school closed early on Friday due to a power cut.",
     "The village school closed early on Friday due to a _____.", "power cut"),
    ("Coal profits fell sharply last year as a result of the miners' strike.",
     "Coal profits fell sharply last year as a result of the miners' _____.", "strike"),
])
def test_a_stated_cause_is_blanked(context_of, first, prompt, answer):
    assert _blanks(context_of, first) == [(prompt, answer)]


@pytest.mark.parametrize("first", [
    "The harbour ferry was cancelled on Tuesday because of fog and high winds.",      # which one to type?
    "The ratings agency downgraded the bank's bonds because of its weak results.",    # 'its': whose?
    "The crew stayed at the station for months due to the change of plans.",         # 'the _____ of plans'
    "Is the council really closing the baths because of the cost?",                  # asks, states nothing
    '"The ferry was cancelled because of thick fog," the captain said.',             # a quotation
])
def test_a_cause_the_learner_cannot_type_or_read_is_not_blanked(context_of, first):
    assert _blanks(context_of, first) == []


def test_the_happening_the_story_is_about_is_not_blanked(context_of):
    """'due to the floods' of a flood report: the story's own subject is a guess, not a reading."""
    body = ("Heavy floods hit the northern valley on Monday. The floods cut the main road. "
            "Officials evacuated 300 people due to the floods. " + _REST)
    assert [q for q in cause_blank.generate(context_of(body)) if q.sentence_id == 2] == []
