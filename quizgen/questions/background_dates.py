"""Blanks on dates a teacher does not test: a year that only labels a noun ('the _____ election'), or
a date in the article's later half, where stories tell background and side happenings."""
from __future__ import annotations

import re

from ..model import Question
from ..wordlists import pattern

# the blank between a determiner and a lower-case noun it labels; a blank after 'in' or 'since' dates a
# happening and stays (a capitalised noun after it is a name: worth._YEAR_IN_NAME)
_LABEL_SLOT = re.compile(pattern("year_label_slot"))
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
LATER_HALF = 0.5        # share of the article's sentences before the part a date blank is background in
SHORTEST_STORY = 8      # sentences of an article long enough to have a background part (a brief has none)


def date_blank_doubt(q: Question, sentences: int, lead: int) -> str | None:
    """Why a fill-in-the-blank on a date stays out of the default quiz, or None; `sentences`: how many
    sentences the article has; `lead`: the last sentence id of its lead."""
    if q.type != "fill_blank" or not isinstance(q.answer, str):
        return None
    if _YEAR.fullmatch(q.answer.strip()) and _LABEL_SLOT.search(q.prompt):
        # judged: 8 rows of 3 stems ('the _____ election' = the year the article is about, 'the _____
        # tsunami', 'its _____ restoration' of a sponsor's past), all 8 edited or rejected by rule 6
        return "the blank is a year that only says which event a noun means, not when a happening took place"
    if q.focus == "date" and sentences >= SHORTEST_STORY and q.sentence_id > lead and \
            q.sentence_id >= LATER_HALF * sentences:
        # judged on the dev lessons: 25 rows of date blanks in an article's later half, 23 edited or
        # rejected (92 %): a sponsor's past, a record kept since, a quarter compared with
        return "the blank is a date in the article's later part, background rather than its news"
    return None
