"""Answers about an article's text kept for that article: the checks ask the same whole-text question of every
candidate, and asking it anew each time made a long article's cost grow with its square."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

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
