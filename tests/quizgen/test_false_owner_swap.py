"""A false statement never puts the owner in its thing's place ("NASA" for "NASA's probe"): what the probe
does, its owner does too, so the statement is not plainly false (questions.true_false, JUDGING.md rule 4)."""
from __future__ import annotations

import re

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates
from quizgen.questions.context import make_context

_PROBE = """Title: ESA sets date for Ariane launch with Comet Hopper Probe
Published: 2024-03-06

ESA's Comet Hopper Probe, first scheduled to launch May 3, has been moved to a May 9 launch on an Ariane 6 rocket from Kourou.
An exact launch time is still being set, but a window should open around 4 a.m. that morning, according to ESA.
The Comet Hopper Probe will end a two-year gap in Ariane 6 launches, which are the biggest rockets in Arianespace's fleet.
A second launch for the rocket is planned for the fall with a payload for Eumetsat, according to the French space agency CNES.
"""


def _statements(text: str) -> list[tuple[str, str]]:
    out = []
    for q in candidates(make_context(analyse(parse_article(text)))):
        for s in (q, q.twin):
            if s is not None and s.type == "true_false":
                out.append((s.prompt, s.answer))
    return out


@pytest.mark.parametrize("text, owner, verb", [(_PROBE, "ESA", "will end")])
def test_the_owner_is_not_swapped_in_for_its_thing(text, owner, verb):
    statements = _statements(text)
    assert any(verb in p for p, _ in statements)
    assert not [p for p, a in statements if a == "False" and re.search(rf"\b{owner}\b(?!['’]s)[^.]*{verb}", p)]
