"""A plural possessive written with a curly mark ('the Cubs’ third homer') gets the straight apostrophe
the parser reads as a possessive: read as a closing quotation mark, it is dropped from every stem."""
from __future__ import annotations

import re

# a closing mark glued to a word ending in 's' before a lower-case word or a figure: 'Davis’ two-run
# homer', 'the victims’ identities'. Before a capital it stays: the parser then reads a name owning a name
# ('Zeus’ Gwen') or a name's own mark ('Employers’ Association') as one longer name.
_GLUED = re.compile(r"(?<=[A-Za-z][sS])\u2019(?= [a-z0-9$\u00a3\u20ac])")
_OPEN = "\u2018"


def straighten_possessives(text: str) -> str:
    """The text with each plural possessive's curly mark written "'" (same length: offsets hold).
    A mark that may close a single-quoted phrase opened earlier on its line stays as written."""
    return _GLUED.sub(lambda m: m.group(0) if _in_single_quote(text, m.start()) else "'", text)


def _in_single_quote(text: str, at: int) -> bool:
    """An opening '‘' earlier on the line with no closing mark (a '’' not inside a word) after it."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = text.rfind(_OPEN, line_start, at)
    if opened < 0:
        return False
    between = text[opened + 1:at]
    return not re.search(r"\u2019(?![A-Za-z])", between)
