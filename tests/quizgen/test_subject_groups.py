"""A subject 'they' is written as its group in a stem (issue 12) only when the antecedent is certain: the
'they' of what a plural group says in the same sentence, or an opening 'they' after a sentence whose main
subject is one plural group and which names no other plural thing; a rival group, a joined or counted
subject, a quotation or a contracted 'they're' leaves it as written (JUDGING.md rule 8)."""
from __future__ import annotations

import pytest

from quizgen.questions import candidates
from subject_ties import article_context, ties_in

_TEXT = """Title: Flood rescue reaches cut-off valley
Published: 2023-05-10

Rescuers from the fire service reached the flooded village on Monday.
They found 200 residents sheltering in the school gym.
Port officials said on Tuesday they would reopen the harbour in June.
Volunteers met the farmers at the bridge on Wednesday.
They carried 50 sacks of grain to the hall.
Anna Berg and her brothers drove to the dam on Thursday.
They saw water pouring over the wall.
Two pilots flew over the valley on Friday.
They counted 30 stranded cars.
"Engineers checked the dam," the mayor said.
They found a crack 10 metres long.
Soldiers built a dam of sandbags near the bridge.
They're planning to stay until July.
"""


def _ctx():
    return article_context(_TEXT)


def _tied() -> dict[str, str]:
    return ties_in(_TEXT)


@pytest.mark.parametrize("opening, group", [
    ("They found 200 resid", "Rescuers from the fire service"),
    ("Port officials said ", "Port officials"),
])
def test_a_they_with_one_plural_group_before_it_is_tied(opening, group):
    assert _tied().get(opening) == group


@pytest.mark.parametrize("opening", [
    "They carried 50 sack",      # the volunteers or the farmers
    "They saw water pouri",      # Anna Berg and her brothers: a joined subject
    "They counted 30 stra",      # 'two pilots': a counted group
    "They found a crack 1",      # the sentence before is a quotation
    "They're planning to ",      # contracted: 'Soldiers're' would not read
])
def test_a_they_with_any_doubt_stays_as_written(opening):
    assert opening not in _tied()


def test_the_tied_they_is_written_as_the_group():
    sid = next(s.id for s in _ctx().parsed.sentences if s.text.startswith("They found 200"))
    asked = [q.prompt for q in candidates(_ctx()) if q.sentence_id == sid]
    assert asked and all("Rescuers from the fire service found" in p for p in asked), asked
