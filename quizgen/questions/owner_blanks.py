"""A blank on the owner of a possessive ('On Friday, _____'s parliament passed ...' = Japan): the default quiz
takes it only as a spare, behind its kind's others (JUDGING.md rules 6 and 7)."""
from __future__ import annotations

import re

from ..model import Question
from ..ranker import FOCUS_GROUPS, ArticleView

# the blank right before a possessive ending: '_____'s parliament', '_____’s stores'
_OWNER = re.compile(r"_____['’]s\b")
# a person or a time as the owner ('_____'s header', '_____'s figure') is left to the other checks: of the
# judged person owners teachers kept 4 of 11, and a weekday owner has its own check
_OTHER_OWNERS = frozenset({"person", "time", "number"})


def owner_blank(q: Question, view: ArticleView) -> bool:
    """The blank is the owner in a possessive and names a place or a body. The noun after it points
    to the owner ('_____'s parliament', '_____'s foreign minister'), which is most often the country or
    the company the whole story is about, named in the other questions too: a learner fills it in
    without reading (rule 7), or it is a side detail of the sentence ('Macy's and _____'s stores',
    rule 6). Teachers edited or rejected 40 of 55 judged such blanks (73 %; 18 by rule 6, 16 by rule 7):
    enough to ask them only when the quiz would otherwise fall short, too few to leave them out of a quiz
    that has nothing better."""
    if q.type != "fill_blank" or not isinstance(q.answer, str) or not _OWNER.search(q.prompt):
        return False
    if FOCUS_GROUPS.get(q.focus.split(":")[0].strip().lower(), "other") in _OTHER_OWNERS:
        return False
    return not _a_persons_name(q.answer, view)


def _a_persons_name(answer: str, view: ArticleView) -> bool:
    """The answer is the last word of a person's name the article gives ('Phoenix' of 'Joaquin
    Phoenix'): a focus may take a surname for a place."""
    last = answer.split()[-1:]
    return any(m.kind == "PERSON" and (m.full or m.text).split()[-1:] == last for m in view.mentions)
