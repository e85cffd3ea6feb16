"""Temporal expressions in the article, resolved to calendar dates against the publication date."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from .model import Sentence, TimeExpression, Unresolved


def find_times(doc: Doc, sentences: list[Sentence], spans: list[Span],
               published: dt.date | None) -> tuple[list[TimeExpression], list[Unresolved]]:
    """Every temporal expression, resolved when possible; the others listed as unresolved."""
    return [], []
