"""Answers about an article kept for that article (its text, or its parsed document): the checks ask the same
whole-article question of every candidate, and asking it anew each time made a long article's cost grow with
its square."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def per_article(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn(text, *args)` computed once per text and arguments, for the last few texts seen (a worker builds
    one lesson at a time; older articles' answers are let go)."""
    @functools.lru_cache(maxsize=4)
    def answers(text: str) -> dict:
        return {}

    @functools.wraps(fn)
    def kept(text: str, *args):
        known = answers(text)
        if args not in known:
            known[args] = fn(text, *args)
        return known[args]
    return kept


def per_document(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """`fn(doc)` computed once per parsed document and kept with it (in `doc.user_data`, so it goes when the
    document goes)."""
    name = f"quizgen_{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def kept(doc):
        got = doc.user_data.get(name)
        if got is None:
            got = doc.user_data[name] = fn(doc)
        return got
    return kept
