"""The subjects the engine tied to a name ('they', 'he', 'it'), read the same way by the pronoun tests."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.subject_names import SUBJECT_NAMES


@functools.lru_cache(maxsize=None)
def article_context(text: str):
    """The question context of an article written in a test (built once per text)."""
    return make_context(analyse(parse_article(text)))


def ties_in(text: str) -> dict[str, str]:
    """The first 20 characters of each sentence whose subject was tied, mapped to the name it got."""
    doc = article_context(text).doc
    return {doc[i].sent.text[:20]: name for i, name in doc.user_data[SUBJECT_NAMES].items()}
