"""The document text and entities are read once per parse (spaCy rebuilds them on every access)."""
from __future__ import annotations

import pytest

from quizgen.nlp import ents_of, parse, text_of

pytestmark = pytest.mark.slow


def test_text_and_entities_are_the_documents_and_built_once():
    doc = parse("Ana Ruiz opened the bridge in Lisbon on Monday. The mayor of Porto attended.")
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
    assert [(e.text, e.label_) for e in ents_of(doc)] == [(e.text, e.label_) for e in doc.ents]
    assert ents_of(doc) is ents_of(doc)
