"""'the eighth day of Desert Shield', 'the last year of his term': a unit counted within a happening.

Such a phrase is no stretch of time back from now ('the last day' is not 'the past day', 'the last year
of his term' not last year): it names a day of the happening, which only a copula ties to a date
('Today is the eighth day of ...', 'Monday was the third day of ...'); TimeBank tags those two as that
day ('It's the second day of an offensive' = the broadcast's day), and AQUAINT tags 'his first day in
office' as a day it cannot place. Elsewhere the phrase gives no value, so it is left untagged.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import anchoring as a

if TYPE_CHECKING:                     # the rules (patterns) import this module: no cycle at run time
    from .candidates import Candidate
    from .normalise import Context

# the count: 'the eighth', 'the 100th', 'the last', 'the final' (then 'straight', 'full' ...)
ORDINAL_UNIT = r"the\s+(?P<ord>{ord}|\d{{1,3}}(?:st|nd|rd|th)|last|final)\s+" \
               r"(?:(?:full|straight|consecutive)\s+)?(?P<unit>day|week|month|year|night)\b(?=\s+of\b)"
# 'Today is', 'It's', 'This is' right before: the day the text is at
_NOW_IS = re.compile(r"(?:\b(?:today|it|this)\s+is|\bit['\u2019]s)\s+$", re.I)
# what joins a date named just before to the counted day: 'Monday was', 'Friday marks'
_DATE_IS = re.compile(r"\s+(?:is|was|marks|marked)\s+", re.I)


def ordinal_day(c: Candidate, ctx: Context, text: str) -> a.Point | None:
    """The day 'the Nth day of ...' is, when a copula ties it to a date: the date named right before it
    ('Monday was the third day'), or the text's own day ('Today is', 'It's'); else None."""
    if c.match.group("unit").lower() != "day":        # no copula gives 'the last year of his term' a year
        return None
    ref = ctx.ref("day")
    if ref is not None and ctx.last_end and _DATE_IS.fullmatch(text, ctx.last_end, c.start):
        return a.day(ref.day)
    if ctx.dct is not None and _NOW_IS.search(text[max(0, c.start - 20):c.start]):
        return a.day(ctx.dct)
    return None
