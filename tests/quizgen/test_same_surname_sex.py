"""A bare surname two people of different sex share goes to the one its courtesy title ('Mr') or its
'he'/'she' subject tells, not to the nearest full name of the other sex (issues 11/12)."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.pipeline import analyse

_COURTESY = """Title: Leaders meet at the palace

LONDON (AP) — President Arthur Penhallow met the prime minister at the palace on Monday.

First Lady Mary Penhallow toured a children's hospital in the city on the same day.

Mr Penhallow said the talks had been useful and that trade would grow.
"""

_PRONOUN = """Title: Leaders meet at the palace

LONDON (AP) — President Arthur Penhallow met the prime minister at the palace on Monday.

While they talked, First Lady Mary Penhallow toured a children's hospital in the city.

On Tuesday, Penhallow told reporters that he wants the trade talks to end by June.
"""


@functools.lru_cache(maxsize=4)
def _bare_surnames(text: str) -> list[str]:
    index = analyse(parse_article(text)).index
    return [m.full for m in index.mentions if m.kind == "PERSON" and m.text.split()[-1] == "Penhallow"
            and len(m.text.split()) == 1]


def test_mr_before_a_shared_surname_picks_the_man():
    assert _bare_surnames(_COURTESY) == ["Arthur Penhallow"]


def test_he_after_a_shared_surname_picks_the_man():
    assert _bare_surnames(_PRONOUN) == ["Arthur Penhallow"]
