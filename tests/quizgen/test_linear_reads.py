"""spaCy's `doc.text` joins every token anew on each read: read once per question or option, it made long
articles quadratic (twice so far). Engine code reads the document's text through `nlp.text_of`."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quizgen

QUIZGEN = Path(quizgen.__file__).parent


def _doc_text_reads(source: str) -> list[int]:
    """Lines that read `.text` straight off a spaCy document (`doc.text`, `verb.doc.text`)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "text":
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "doc":
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("source, caught", [
    ("x = doc.text[a:b]", True),
    ("x = verb.doc.text[a:b]", True),
    ("x = text_of(doc)[a:b]", False),
    ("x = token.text", False),
    ("x = span.text", False),
])
def test_doc_text_reads_are_found(source, caught):
    assert bool(_doc_text_reads(source)) is caught


@pytest.mark.parametrize("path", sorted(p for p in QUIZGEN.rglob("*.py") if p.name != "nlp.py"),
                         ids=lambda p: str(p.relative_to(QUIZGEN)))
def test_engine_reads_the_document_text_once(path):
    assert _doc_text_reads(path.read_text(encoding="utf-8")) == [], f"{path}: read nlp.text_of(doc) instead"
