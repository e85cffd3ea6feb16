"""A count asked by one question and printed with its noun in another stem ('ten officers' beside
'How many officers ...? 10'): the figure may be spelled in words in one and in digits in the other."""
from __future__ import annotations

import re

from ..index import wordnum
from ..model import Question
from .context import norm
from .fill_blank import BLANK

# a counted noun may stand this many words after its figure ('33 missing passengers')
_NOUN_REACH = 3
HOW_MANY = re.compile(r"\bhow many ([a-z]+)")      # the noun a stem counts


def _value(token: str) -> int | None:
    """A whole number written in digits or in words ('11', 'eleven')."""
    if token.isdigit():
        return int(token)
    return wordnum(token)


def _counted(q: Question) -> tuple[int, str] | None:
    """The count `q` asks and the stem of its noun: 'How many officers ...?' keyed '10' gives (10,
    'offic'); a blank before its noun ('had _____ wildfires') keyed 'three' gives (3, 'wildf')."""
    if q.type not in ("multiple_choice", "fill_blank") or not isinstance(q.answer, str):
        return None
    figures = [v for v in map(_value, norm(q.answer).split()) if v is not None]
    noun = _counted_noun(q.prompt)
    return (figures[0], noun[:5]) if len(figures) == 1 and noun else None


def _counted_noun(prompt: str) -> str | None:
    """The noun a stem counts: after 'how many', or right after the blank."""
    m = HOW_MANY.search(norm(prompt))
    if m:
        return m.group(1)
    after = prompt.split(BLANK, 1)[1].split() if BLANK in prompt else []
    noun = norm(after[0]) if after else ""
    return noun if noun.isalpha() and len(noun) > 3 else None


def shows_count(shown: Question, asked: Question) -> bool:
    """`shown`'s stem prints the count `asked` asks, with its noun close after the figure."""
    counted = _counted(asked)
    if counted is None:
        return False
    value, noun = counted
    toks = norm(shown.prompt).split()
    return any(_value(t) == value and any(w.startswith(noun) for w in toks[i + 1:i + 1 + _NOUN_REACH])
               for i, t in enumerate(toks))
