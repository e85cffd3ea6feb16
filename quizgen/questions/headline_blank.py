"""Blanks the headline fills in (issue 12, JUDGING rule 7): the learner reads the answer above the
article, so a blank on a name or word the title prints is a giveaway."""
from __future__ import annotations

import re

from ..model import Question

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def _plain(text: str) -> str:
    """Lower case, straight apostrophes, no possessive ending, one space between words."""
    text = text.translate(_APOSTROPHES).lower()
    return " ".join(re.sub(r"'s?(?!\w)", "", text).split())


def headline_answer(q: Question, title: str) -> str | None:
    """The blank's answer when the article's title prints it whole ('Japan' under 'Japan's Diet passes
    law ...'), else None. A figure is left alone: a headline's figure ('profit rises 19%') is the story's
    main number, and judges kept such blanks (4 of 9 judged) far more often than the blanks on a
    name or word the title prints (2 of 36 judged kept)."""
    if q.type != "fill_blank" or not title or any(ch.isdigit() for ch in q.answer):
        return None
    answer = _plain(q.answer)
    if len(answer) < 2:
        return None
    found = re.search(rf"(?<![\w.$-]){re.escape(answer)}(?![\w-])", _plain(title))
    return q.answer if found else None
